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
        var r = new Utf8JsonReader(json, SourceReader.Options);
        r.Read();
        if (r.TokenType != JsonTokenType.StartArray)
        {
            result.Fail(WarningCodes.WrongShape, "expected a v1 calendar array; the file was skipped");
            return;
        }

        RowReader.ReadAll<Row>(ref r, result);
        SourceReader.ExpectEnd(ref r);
        result.Usable = true;
    }

    /// <summary>A v1 item has no fields beyond the shared ones and the title's.</summary>
    private struct Row : IRowFormat<Row>
    {
        public static bool RowsCarryTitles => true;

        public static bool TryReadField(scoped ReadOnlySpan<char> name, ref Utf8JsonReader r, ParseContext c, ref Row own, ref RowFields row) => false;

        public static bool Keep(in Row own, in RowFields row, TitleDraft? title, ParseContext c) =>
            c.Kind == MediaKind.Movie
                // Movies are dates: the release date, else the New York date of `date`.
                ? title!.ReleaseDate is not null || row.HasUsableDate(c, "no release_date and ")
                : row.HasTimestamp(c);

        public static void Add(in Row own, in RowFields row, TitleDraft? title, ParseContext c, ParsedSource result)
        {
            var when = c.Kind == MediaKind.Movie && title!.ReleaseDate is { } release
                ? AiringTime.On(release)
                : AiringDates.Read(row.Date!.Value, c.Kind, row.HasEpisode);
            result.Airings.Add(new AiringRow(new Airing
            {
                SimklId = row.SimklId,
                Kind = c.Kind,
                When = when,
                Season = row.Episode.Season,
                Episode = row.Episode.Number,
                EpisodeTitle = row.Episode.Title,
                EpisodeUrl = row.Episode.Url,
                Finale = FinaleKind.None,
                SourceFile = c.File,
            }, false));
        }
    }
}
