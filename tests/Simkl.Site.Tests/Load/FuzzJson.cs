using System.Globalization;
using System.Text;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// A seeded generator of Simkl-shaped JSON with random and extreme values: dates far outside any
/// calendar, numbers at and beyond every integer limit, huge texts, control characters, NUL, lone
/// surrogates, nulls, wrong types and deep nesting. The same seed always gives the same bytes, so
/// a failing case is reproduced by its seed.
/// </summary>
internal sealed class FuzzJson
{
    /// <summary>Dates as written in JSON string literals: extremes, edges and near-misses.</summary>
    private static readonly string[] Dates =
    [
        "9999-12-31T20:00:00Z", "9999-12-31", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00Z", "0001-01-01",
        "0001-01-01T00:00:00+14:00", "1899-12-31T23:59:59Z", "1900-01-01T00:00:00+14:00", "2100-12-31T23:59:59-14:00",
        "2101-01-01", "2026-10-07T01:00:00Z", "2026-10-07", "2026-10-07T00:00:00-04:00", "2026-11-01T04:00:00Z",
        "2026-02-30", "2026-13-01", "2026-10-07T24:00:00Z", "2026-10-07T01:00:00+99:99", "2026-10-07T01:00:00.12345678901234567890Z",
        "2026-10-07T01:00", "12/31/9999", "1/1/0001", "02/30/2026", "10/07/2026", "0000-00-00", "-2026-10-07", "+2026-10-07",
        "2026-10-07T01:00:00Z\\u0000", "\\u00002026-10-07", "2026-10-07T01:00:00 Z", "",
    ];

    /// <summary>Numbers as raw JSON number text.</summary>
    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "3", "10", "11", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
        "1e308", "-1e308", "1E400", "1e-308", "4.9e-324", "1.5", "0.0000001", "99999", "100000", "100001", "1e15", "9e15",
    ];

    /// <summary>Texts as the inside of JSON string literals (escapes already applied).</summary>
    private static readonly string[] Texts =
    [
        "", " ", "\\u0000", "a\\u0000b", "\\u0001\\u001b[2J\\r\\nFAKE", "\\ud800", "\\udc00x", "\\ud83d\\ude00", "\\u202eesrever",
        "null", "NaN", "Infinity", "-1", "1e400", "25m", "1h 40m", "99999999h", "7.1%", "100.5%", "-5%",
        "<script>alert(1)</script>", "javascript:alert(1)", "https://simkl.com/../../etc/passwd", "/tv/1/x/season-1/episode-1",
        "https://evil.example/x", "%00", "../..", "a/b\\\\c", "tt0000001", "\\\"quoted\\\"", "Ep; one, \\\\two",
        "\\u05E9\\u05DC\\u05D5\\u05DD", "🎬", "title", "Good Title",
    ];

    private static readonly string[] TitleFields =
    [
        "title", "title_romaji", "url", "poster", "fanart", "ids", "rank", "ratings", "genres", "network", "country", "status",
        "anime_type", "overview", "trailer", "runtime", "year", "total_episodes", "release_date",
    ];

    private static readonly string[] RowFields = ["date", "episode", "finale_type", "watched", "plan_to_watch", "votes", "voted", "drop_rate"];

    private readonly Random _random;
    private readonly int _hugeLength;

    /// <param name="seed">Fixes every choice.</param>
    /// <param name="hugeLength">Length of the occasional huge text (kept modest so the suite stays quick).</param>
    public FuzzJson(int seed, int hugeLength = 40_000)
    {
        _random = new Random(seed);
        _hugeLength = hugeLength;
    }

    /// <summary>
    /// A body of the right top-level shape for <paramref name="type"/> (v1 calendars and lists an
    /// array of items, v2 calendars an object with calendar and metadata), every value random.
    /// </summary>
    public string Document(SourceType type)
    {
        var sb = new StringBuilder();
        var rows = _random.Next(0, 12);
        if (type == SourceType.CalendarV2)
        {
            sb.Append("{\"calendar\":[");
            for (var i = 0; i < rows; i++)
            {
                Comma(sb, i);
                Row(sb, v2: true);
            }

            sb.Append("],\"metadata\":{");
            var entries = _random.Next(0, 8);
            for (var i = 0; i < entries; i++)
            {
                Comma(sb, i);
                sb.Append('"').Append(Chance(0.8) ? Id() : Pick(Texts)).Append("\":");
                if (Chance(0.9))
                {
                    Item(sb, TitleFields);
                }
                else
                {
                    Value(sb, 0);
                }
            }

            sb.Append("}}");
        }
        else
        {
            sb.Append('[');
            for (var i = 0; i < rows; i++)
            {
                Comma(sb, i);
                Row(sb, v2: false);
            }

            sb.Append(']');
        }

        return sb.ToString();
    }

    /// <summary>Any JSON value at all, opening with <paramref name="first"/> ('[' or '{') so every parser sees it.</summary>
    public string Anything(char first)
    {
        var sb = new StringBuilder();
        sb.Append(first);
        var n = _random.Next(0, 6);
        for (var i = 0; i < n; i++)
        {
            Comma(sb, i);
            if (first == '{')
            {
                sb.Append('"').Append(Chance(0.5) ? Pick(["calendar", "metadata", .. TitleFields, .. RowFields]) : Pick(Texts)).Append("\":");
            }

            Value(sb, 0);
        }

        sb.Append(first == '[' ? ']' : '}');
        return sb.ToString();
    }

    private void Row(StringBuilder sb, bool v2)
    {
        if (Chance(0.05))
        {
            Value(sb, 0);
            return;
        }

        sb.Append('{');
        var first = true;
        void Field(string name, Action write)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            sb.Append('"').Append(name).Append("\":");
            write();
        }

        if (v2)
        {
            if (Chance(0.95))
            {
                Field("simkl_id", () => sb.Append(Chance(0.85) ? Id() : Pick(Numbers)));
            }
        }
        else
        {
            foreach (var name in TitleFields.Where(_ => Chance(0.5)))
            {
                Field(name, () => FieldValue(sb, name));
            }

            if (Chance(0.9))
            {
                Field("ids", () => Ids(sb));
            }
        }

        foreach (var name in RowFields.Where(_ => Chance(0.6)))
        {
            Field(name, () => FieldValue(sb, name));
        }

        sb.Append('}');
    }

    private void Item(StringBuilder sb, string[] fields)
    {
        sb.Append('{');
        var i = 0;
        foreach (var name in fields.Where(_ => Chance(0.6)))
        {
            Comma(sb, i++);
            sb.Append('"').Append(name).Append("\":");
            FieldValue(sb, name);
        }

        Comma(sb, i);
        sb.Append("\"ids\":");
        Ids(sb);
        sb.Append('}');
    }

    private void Ids(StringBuilder sb)
    {
        sb.Append("{\"simkl_id\":").Append(Chance(0.85) ? Id() : Pick(Numbers));
        foreach (var name in new[] { "slug", "imdb", "tmdb", "mal", "simkl" }.Where(_ => Chance(0.4)))
        {
            sb.Append(",\"").Append(name).Append("\":");
            if (Chance(0.5))
            {
                String(sb);
            }
            else
            {
                Value(sb, 0);
            }
        }

        sb.Append('}');
    }

    /// <summary>A plausible value for the field half the time, else anything.</summary>
    private void FieldValue(StringBuilder sb, string name)
    {
        if (Chance(0.5))
        {
            Value(sb, 0);
            return;
        }

        switch (name)
        {
            case "date" or "release_date":
                sb.Append('"').Append(Pick(Dates)).Append('"');
                break;
            case "episode":
                sb.Append("{\"season\":").Append(Pick(Numbers)).Append(",\"episode\":").Append(Pick(Numbers));
                if (Chance(0.5))
                {
                    sb.Append(",\"title\":");
                    String(sb);
                }

                if (Chance(0.5))
                {
                    sb.Append(",\"url\":");
                    String(sb);
                }

                sb.Append('}');
                break;
            case "ratings":
                sb.Append("{\"simkl\":{\"rating\":").Append(Pick(Numbers)).Append(",\"votes\":").Append(Pick(Numbers))
                    .Append("},\"imdb\":").Append(Pick(Numbers)).Append('}');
                break;
            case "genres":
                sb.Append('[');
                var n = _random.Next(0, 5);
                for (var i = 0; i < n; i++)
                {
                    Comma(sb, i);
                    String(sb);
                }

                sb.Append(']');
                break;
            case "rank" or "year" or "total_episodes" or "finale_type" or "watched" or "plan_to_watch" or "votes" or "voted" or "runtime":
                sb.Append(Pick(Numbers));
                break;
            default:
                String(sb);
                break;
        }
    }

    private void Value(StringBuilder sb, int depth)
    {
        switch (_random.Next(depth > 3 ? 5 : 8))
        {
            case 0:
                sb.Append("null");
                break;
            case 1:
                sb.Append(Chance(0.5) ? "true" : "false");
                break;
            case 2:
                sb.Append(Pick(Numbers));
                break;
            case 3:
                String(sb);
                break;
            case 4:
                sb.Append('"').Append(Pick(Dates)).Append('"');
                break;
            case 5 or 6:
                var open = Chance(0.5);
                sb.Append(open ? '[' : '{');
                var n = _random.Next(0, 4);
                for (var i = 0; i < n; i++)
                {
                    Comma(sb, i);
                    if (!open)
                    {
                        sb.Append('"').Append(Pick([.. TitleFields, .. RowFields, "season", "episode", "simkl_id", "rating"])).Append("\":");
                    }

                    Value(sb, depth + 1);
                }

                sb.Append(open ? ']' : '}');
                break;
            default:
                // Deep nesting, below the reader's depth limit so the document stays valid.
                var deep = _random.Next(10, 40);
                sb.Append('[', deep).Append(Pick(Numbers)).Append(']', deep);
                break;
        }
    }

    private void String(StringBuilder sb)
    {
        sb.Append('"');
        if (Chance(0.03))
        {
            var unit = Pick(["N", "\\u0000", "😀", "ab"]);
            for (var i = 0; i < _hugeLength / unit.Length; i++)
            {
                sb.Append(unit);
            }
        }
        else
        {
            sb.Append(Pick(Texts));
        }

        sb.Append('"');
    }

    private string Id() => _random.Next(1, 20).ToString(CultureInfo.InvariantCulture);

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static void Comma(StringBuilder sb, int i)
    {
        if (i > 0)
        {
            sb.Append(',');
        }
    }
}
