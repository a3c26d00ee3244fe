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
        var c = result.Context;
        var r = new Utf8JsonReader(json, SourceReader.Options);
        r.Read();
        if (r.TokenType != JsonTokenType.StartArray)
        {
            result.Fail(WarningCodes.WrongShape, "expected a JSON array of items; the file was skipped");
            return;
        }

        var titles = new Dictionary<long, TitleDraft>();
        var row = new TitleDraft();
        Span<char> nameBuffer = stackalloc char[32];
        Span<byte> dateBuffer = stackalloc byte[64];
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            c.NextRow();
            if (r.TokenType != JsonTokenType.StartObject)
            {
                var what = SourceReader.Describe(r.TokenType);
                r.Skip();
                c.Warnings.Drop(WarningCodes.RowBadShape, $"{c.Where}: {what}, not an object");
                continue;
            }

            row.Reset(c.Kind, c.File);
            WrittenDate? date = null;
            string? badDate = null;
            var dateNull = false;
            var dateOutOfRange = false;
            var episode = default(EpisodeFields);
            int? watched = null, planToWatch = null, votes = null;
            double? dropRate = null;
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonValues.Name(in r, nameBuffer);
                r.Read();
                switch (name)
                {
                    case "date":
                        dateNull = r.TokenType == JsonTokenType.Null;
                        date = SourceReader.ReadTimestamp(ref r, dateBuffer, out badDate, out dateOutOfRange);
                        break;
                    case "episode":
                        episode = EpisodeFields.Read(ref r, c);
                        break;
                    case "watched":
                        watched = JsonValues.Int(ref r, c, "watched");
                        break;
                    case "plan_to_watch":
                        planToWatch = JsonValues.Int(ref r, c, "plan_to_watch");
                        break;
                    case "votes" or "voted":
                        votes = JsonValues.Int(ref r, c, name.ToString());
                        break;
                    case "drop_rate":
                        dropRate = ReadDropRate(ref r, c);
                        break;
                    default:
                        if (!TitleFields.TryRead(name, ref r, c, row))
                        {
                            r.Skip();
                        }

                        break;
                }

                c.RowId = row.SimklId;
            }

            if (row.SimklId <= 0)
            {
                c.Warnings.Drop(WarningCodes.RowNoId, $"{c.Where}: no usable ids.simkl_id");
                continue;
            }

            if (row.Name is null)
            {
                c.Warnings.Drop(WarningCodes.RowNoTitle, $"{c.Where}: no title");
                continue;
            }

            if (dateOutOfRange)
            {
                c.Repair(WarningCodes.DateOutOfRange, "date");
            }
            else if (date is null && badDate is not null)
            {
                c.Repair(WarningCodes.DateInvalid, "date");
            }
            else if (dateNull)
            {
                // Simkl's own /anime/airing example has one: kept and shown as "date to be announced".
                c.Repair(WarningCodes.DateMissing, "date");
            }

            episode.Normalise(c);
            result.Entries.Add(new ListEntry
            {
                SimklId = row.SimklId,
                Kind = c.Kind,
                Position = 0,
                When = date is { } d ? AiringDates.Read(d, c.Kind, episode.Number is not null) : null,
                Season = episode.Season,
                Episode = episode.Number,
                EpisodeUrl = episode.Url,
                Watched = JsonValues.InRange(watched, 0, int.MaxValue, c, "watched"),
                PlanToWatch = JsonValues.InRange(planToWatch, 0, int.MaxValue, c, "plan_to_watch"),
                Votes = JsonValues.InRange(votes, 0, int.MaxValue, c, "votes"),
                DropRate = dropRate,
            });

            if (titles.TryGetValue(row.SimklId, out var known))
            {
                known.FillFrom(row);
            }
            else
            {
                var draft = row.Clone();
                titles[row.SimklId] = draft;
                result.Titles.Add(draft);
            }
        }

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
}
