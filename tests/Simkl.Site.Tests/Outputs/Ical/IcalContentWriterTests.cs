using System.Text;
using Simkl.Site.Outputs.Ical;

namespace Simkl.Site.Tests.Outputs.Ical;

/// <summary>The content-line writer on its own: escaping and folding as data, then a sweep of folds.</summary>
public sealed class IcalContentWriterTests
{
    private static string Write(Action<IcalContentWriter> write)
    {
        using var w = new IcalContentWriter(initialCapacity: 16);
        write(w);
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(w.WrittenSpan);
    }

    [Theory]
    [InlineData("plain", "X:plain")]
    [InlineData("a,b;c\\d", "X:a\\,b\\;c\\\\d")]
    [InlineData("one\ntwo", "X:one\\ntwo")]
    [InlineData("crlf\r\nonce", "X:crlf\\nonce")]
    [InlineData("cr\ralone", "X:cr\\nalone")]
    [InlineData("lf-cr\n\rtwice", "X:lf-cr\\n\\ntwice")]
    [InlineData("tab\tkept", "X:tab\tkept")]
    [InlineData("nul\0bel\u0007esc\u001bdel\u007fc1\u0085\u009b.", "X:nulbelescdelc1.")]
    [InlineData("BEGIN:VEVENT\r\nUID:forged", "X:BEGIN:VEVENT\\nUID:forged")]
    [InlineData("colon: stays", "X:colon: stays")]
    [InlineData("ünï 日本 😀", "X:ünï 日本 😀")]
    [InlineData("", "X:")]
    public void Text_values_are_escaped(string value, string expected) =>
        Assert.Equal(expected + "\r\n", Write(w => w.Text("X", value)));

    [Theory]
    [InlineData("https://simkl.com/tv/1/a,b;c/", "URL:https://simkl.com/tv/1/a,b;c/")]
    [InlineData("https://x/\r\nBEGIN:VEVENT", "URL:https://x/BEGIN:VEVENT")]
    [InlineData("tab\tand\0nul", "URL:tabandnul")]
    public void Other_values_are_not_escaped_but_cannot_break_the_line(string value, string expected) =>
        Assert.Equal(expected + "\r\n", Write(w => w.Value("URL", value)));

    /// <summary>
    /// "X:" is 2 octets. Each case: value, then the physical lines (without CRLF) joined by '|'.
    /// A continuation line starts with a space that counts towards its 75 octets.
    /// </summary>
    [Theory]
    [InlineData("a*73", "X:a*73")]                                  // exactly 75: no fold
    [InlineData("a*74", "X:a*73|.a")]                               // 76: one octet moves on
    [InlineData("a*73+a*74", "X:a*73|.a*74")]                      // a full continuation line is 75 too
    [InlineData("a*73+a*75", "X:a*73|.a*74|.a")]
    [InlineData("a*72+é", "X:a*72|.é")]                             // é (2 octets) would make 76
    [InlineData("a*71+é", "X:a*71+é")]                              // é ends exactly at 75
    [InlineData("a*71+日", "X:a*71|.日")]                           // 3 octets, 77: not split
    [InlineData("a*70+日", "X:a*70+日")]
    [InlineData("a*70+😀", "X:a*70|.😀")]                          // 4 octets: the pair stays whole
    [InlineData("a*69+😀", "X:a*69+😀")]
    [InlineData("a*72+,", "X:a*72+\\|.,")]                          // an escape may be folded between its two octets, as Ical.Net does
    [InlineData("a*73+\n", "X:a*73|.\\n")]
    public void Lines_fold_at_75_octets_without_splitting_a_character(string value, string expectedLines)
    {
        var written = Write(w => w.Text("X", Expand(value)));
        var expected = string.Join("\r\n", expectedLines.Split('|').Select(l => Expand(l.StartsWith('.') ? " " + l[1..] : l))) + "\r\n";
        Assert.Equal(expected, written);
    }

    [Fact]
    public void Any_mix_of_widths_folds_within_75_octets_and_unfolds_to_the_escaped_value()
    {
        // Every start offset against every width: 1, 2, 3 and 4-octet characters and 2-octet escapes.
        string[] pieces = ["a", "é", "日", "😀", ",", "\n"];
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (var offset = 0; offset < 80; offset++)
        {
            foreach (var piece in pieces)
            {
                var value = new string('a', offset) + string.Concat(Enumerable.Repeat(piece, 60)) + "z";
                using var w = new IcalContentWriter(initialCapacity: 16);
                w.Text("SUMMARY", value);
                var bytes = w.WrittenSpan.ToArray();
                var text = strict.GetString(bytes);
                Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
                foreach (var line in SplitBytes(bytes))
                {
                    Assert.InRange(line.Length, 1, IcalContentWriter.MaxLineOctets);
                    strict.GetString(line); // each physical line is whole UTF-8 by itself
                }

                var unfolded = text[..^2].Replace("\r\n ", "", StringComparison.Ordinal);
                var escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
                Assert.Equal("SUMMARY:" + escaped, unfolded);
            }
        }
    }

    [Fact]
    public void Dates_times_and_integers()
    {
        var text = Write(w =>
        {
            w.UtcDateTime("DTSTART", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));
            w.Date("DTEND", new DateOnly(987, 6, 5));
            w.Integer("SEQUENCE", 12);
            w.Begin("VEVENT");
        });
        Assert.Equal("DTSTART:20260102T030405Z\r\nDTEND;VALUE=DATE:09870605\r\nSEQUENCE:12\r\nBEGIN:VEVENT\r\n", text);
    }

    [Fact]
    public void The_buffer_grows_past_its_initial_size_and_to_array_copies_it()
    {
        using var w = new IcalContentWriter(initialCapacity: 16);
        var long1 = new string('x', 10_000) + "😀";
        w.Text("DESCRIPTION", long1);
        var bytes = w.ToArray();
        Assert.Equal(w.Length, bytes.Length);
        Assert.Equal("DESCRIPTION:" + long1, Encoding.UTF8.GetString(bytes)[..^2].Replace("\r\n ", "", StringComparison.Ordinal));
    }

    /// <summary>"X:a*3+é" → "X:aaaé": the character before '*' repeated, parts joined by '+'.</summary>
    private static string Expand(string pattern)
    {
        var sb = new StringBuilder();
        foreach (var part in pattern.Split('+'))
        {
            var star = part.LastIndexOf('*');
            if (star > 0 && int.TryParse(part[(star + 1)..], out var count))
            {
                sb.Append(part[..(star - 1)]).Append(part[star - 1], count);
            }
            else
            {
                sb.Append(part);
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<byte[]> SplitBytes(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                yield return bytes[start..i];
                start = i + 2;
                i++;
            }
        }
    }

    // Both variants of a feed from one serialisation: the all-day event is what serialising it
    // on its own writes, folds, escapes and non-ASCII text included.
    [Fact]
    public void An_event_written_for_both_variants_equals_each_variant_written_alone()
    {
        var ev = new IcalEvent
        {
            Uid = "tv-1-s1e2@cal.example.org",
            Summary = "Sōsō no Frieren – S1E2; \"Départ\", ⚔",
            Description = string.Concat(Enumerable.Repeat("Network: 日本テレビ; a line, with\nbreaks and commas. ", 12)),
            Url = "https://simkl.com/tv/1/x/season-1/episode-2/",
            Start = IcalTime.At(new DateTime(2026, 11, 28, 1, 30, 0, DateTimeKind.Utc)),
            End = IcalTime.At(new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc)),
            Stamp = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc),
            Sequence = 2,
            Categories = ["TV", "Premiere", "Season finale, mid; part"],
        };
        var (start, end) = (IcalTime.On(new DateOnly(2026, 11, 28)), IcalTime.On(new DateOnly(2026, 11, 29)));
        using var timed = new IcalContentWriter();
        using var allDay = new IcalContentWriter();
        timed.Value("X-BEFORE", "1");
        allDay.Value("X-BEFORE", "1");

        IcalSerializer.Event(timed, allDay, ev, start, end);

        using var timedAlone = new IcalContentWriter();
        using var allDayAlone = new IcalContentWriter();
        timedAlone.Value("X-BEFORE", "1");
        allDayAlone.Value("X-BEFORE", "1");
        IcalSerializer.Event(timedAlone, ev);
        IcalSerializer.Event(allDayAlone, ev with { Start = start, End = end });
        Assert.Equal(timedAlone.ToArray(), timed.ToArray());
        Assert.Equal(allDayAlone.ToArray(), allDay.ToArray());
        Assert.Contains("DTSTART;VALUE=DATE:20261128\r\n", Encoding.UTF8.GetString(allDay.ToArray()), StringComparison.Ordinal);
    }
}
