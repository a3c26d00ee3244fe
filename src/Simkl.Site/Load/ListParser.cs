using System.Runtime.CompilerServices;
using System.Text.Json;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// Reads a list file: trending (CDN file or API fallback), premieres, airing or best. All are a
/// JSON array of title items carrying their own title data plus list fields (date, episode,
/// watched, plan_to_watch, drop_rate, votes). Items become list entries and title drafts.
/// </summary>
internal static class ListParser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse(ReadOnlySpan<byte> json, ParsedSource result)
    {
        var r = new Utf8JsonReader(json, SourceReader.Options);
        r.Read();
        if (r.TokenType != JsonTokenType.StartArray)
        {
            result.Fail(WarningCodes.WrongShape, "expected a JSON array of items; the file was skipped");
            return;
        }

        RowReader.ReadAll<Row>(ref r, result);
        SourceReader.ExpectEnd(ref r);
        result.Usable = true;
    }

    private static double? ReadDropRate(ref Utf8JsonReader r, ParseContext c)
    {
        string? text;
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                text = JsonValues.PooledString(ref r, c, "drop_rate");
                break;
            case JsonTokenType.Number:
                text = r.TryGetDouble(out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                break;
            default:
                JsonValues.WrongType(ref r, c, "drop_rate");
                return null;
        }

        var rate = RuntimeText.ParsePercent(text);
        if (rate is null && !string.IsNullOrWhiteSpace(text))
        {
            c.Repair(WarningCodes.DropRateInvalid, "drop_rate");
        }

        return rate;
    }

    /// <summary>A list item: title data plus the list's own fields; kept with a repair when its date is missing or bad.</summary>
    private struct Row : IRowFormat<Row>
    {
        private int? watched;
        private int? planToWatch;
        private int? votes;
        private double? dropRate;

        public static bool RowsCarryTitles => true;

        public static bool TryReadField(scoped ReadOnlySpan<char> name, ref Utf8JsonReader r, ParseContext c, ref Row own, ref RowFields row)
        {
            switch (name)
            {
                case "watched":
                    own.watched = JsonValues.Int(ref r, c, "watched");
                    return true;
                case "plan_to_watch":
                    own.planToWatch = JsonValues.Int(ref r, c, "plan_to_watch");
                    return true;
                case "votes" or "voted":
                    own.votes = JsonValues.Int(ref r, c, name.ToString());
                    return true;
                case "drop_rate":
                    own.dropRate = ReadDropRate(ref r, c);
                    return true;
                default:
                    return false;
            }
        }

        public static bool Keep(in Row own, in RowFields row, TitleDraft? title, ParseContext c)
        {
            if (row.DateOutOfRange)
            {
                c.Repair(WarningCodes.DateOutOfRange, "date");
            }
            else if (row.Date is null && row.BadDate is not null)
            {
                c.Repair(WarningCodes.DateInvalid, "date");
            }
            else if (row.DateNull)
            {
                // Simkl's own /anime/airing example has one: kept and shown as "date to be announced".
                c.Repair(WarningCodes.DateMissing, "date");
            }

            return true;
        }

        public static void Add(in Row own, in RowFields row, TitleDraft? title, ParseContext c, ParsedSource result)
        {
            result.Entries.Add(new ListEntry
            {
                SimklId = row.SimklId,
                Kind = c.Kind,
                Position = 0,
                When = row.Date is { } d ? AiringDates.Read(d, c.Kind, row.HasEpisode) : null,
                Season = row.Episode.Season,
                Episode = row.Episode.Number,
                EpisodeUrl = row.Episode.Url,
                Watched = JsonValues.InRange(own.watched, 0, int.MaxValue, c, "watched"),
                PlanToWatch = JsonValues.InRange(own.planToWatch, 0, int.MaxValue, c, "plan_to_watch"),
                Votes = JsonValues.InRange(own.votes, 0, int.MaxValue, c, "votes"),
                DropRate = own.dropRate,
            });
        }
    }
}
