using System.Runtime.CompilerServices;
using System.Text.Json;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// Reads a v1 calendar file: a bare array of self-contained items (title data repeated on every
/// row, <c>date</c> with a local offset, optional <c>episode</c>). The first row of a title
/// creates its draft; later rows only fill gaps.
/// </summary>
internal static class CalendarV1Parser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse(ReadOnlySpan<byte> json, ParsedSource result)
    {
        var c = result.Context;
        var r = new Utf8JsonReader(json, SourceReader.Options);
        r.Read();
        if (r.TokenType != JsonTokenType.StartArray)
        {
            result.Fail(WarningCodes.WrongShape, "expected a v1 calendar array; the file was skipped");
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
            var dateOutOfRange = false;
            var episode = default(EpisodeFields);
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonValues.Name(in r, nameBuffer);
                r.Read();
                switch (name)
                {
                    case "date":
                        date = SourceReader.ReadTimestamp(ref r, dateBuffer, out badDate, out dateOutOfRange);
                        break;
                    case "episode":
                        episode = EpisodeFields.Read(ref r, c);
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

            episode.Normalise(c);
            AiringTime when;
            if (c.Kind == MediaKind.Movie)
            {
                // Movies are dates: the release date, else the New York date of `date`.
                if (row.ReleaseDate is { } release)
                {
                    when = AiringTime.On(release);
                }
                else if (date is { } d)
                {
                    when = AiringDates.Read(d, c.Kind, hasEpisode: false);
                }
                else if (dateOutOfRange)
                {
                    c.Warnings.Drop(WarningCodes.RowDateOutOfRange, $"{c.Where}: no release_date and date {ParseContext.Quote(badDate)} is outside {DateBounds.Text}");
                    continue;
                }
                else
                {
                    c.Warnings.Drop(WarningCodes.RowBadDate, $"{c.Where}: no release_date and date {ParseContext.Quote(badDate)} is not a timestamp");
                    continue;
                }
            }
            else if (date is { } d)
            {
                if (d.HasTime && d.Offset is null)
                {
                    c.Repair(WarningCodes.DateNoOffset, "date");
                }

                when = AiringDates.Read(d, c.Kind, episode.Number is not null);
            }
            else if (dateOutOfRange)
            {
                c.Warnings.Drop(WarningCodes.RowDateOutOfRange, $"{c.Where}: date {ParseContext.Quote(badDate)} is outside {DateBounds.Text}");
                continue;
            }
            else
            {
                c.Warnings.Drop(WarningCodes.RowBadDate, $"{c.Where}: date {ParseContext.Quote(badDate)} is not a timestamp");
                continue;
            }

            result.Airings.Add(new AiringRow(new Airing
            {
                SimklId = row.SimklId,
                Kind = c.Kind,
                When = when,
                Season = episode.Season,
                Episode = episode.Number,
                EpisodeTitle = episode.Title,
                EpisodeUrl = episode.Url,
                Finale = FinaleKind.None,
                SourceFile = c.File,
            }, false));

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
}
