using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.TestData;

/// <summary>
/// The bundled sample snapshot (<c>input/data/sample/</c>): ~70 invented titles and ~370 airings
/// for October–December 2026, captured 2026-11-27T12:00:00Z, with every quirk of the real files
/// and hostile text. Hand-authored so each quirk is findable by name; fully
/// deterministic (no clock, no unseeded randomness).
/// </summary>
public static class SampleSnapshot
{
    public static readonly DateTimeOffset CapturedAt = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The rolling files cover capturedAt −2 days … +34 days.</summary>
    public static readonly DateTime RollingStart = new(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime RollingEnd = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public const string Script = "<script>alert(1)</script>";
    public const string ImgOnError = "\"><img src=x onerror=alert(1)>";
    public const string JavascriptUrl = "javascript:alert(1)";

    public static SnapshotManifest Generate(string dir) => Build().WriteTo(dir);

    public static SnapshotBuilder Build()
    {
        var data = new SampleData();
        var b = new SnapshotBuilder(CapturedAt);
        var kinds = MediaKindNames.All;

        foreach (var kind in kinds)
        {
            var rows = data.Airings.Where(a => a.Title.Kind == kind).ToList();
            var rolling = Ordered(rows.Where(a => a.DateUtc >= RollingStart && a.DateUtc < RollingEnd));

            // The anime rolling file carries an unknown top-level field: loaders must ignore it.
            IReadOnlyList<(string, object?)>? top = kind == MediaKind.Anime ? [("generated_at", "2026-11-27T06:00:00Z")] : null;
            b.CalendarV2(kind, SimklFiles.CalendarV2(rolling, archive: false, top));
            b.CalendarV1(kind, SimklFiles.CalendarV1(rolling));

            foreach (var month in new[] { 10, 11, 12 })
            {
                var archive = rows.Where(a => (a.ArchiveDateUtc ?? a.DateUtc) is { Year: 2026 } d && d.Month == month);
                b.CalendarV2(kind, SimklFiles.CalendarV2(Ordered(archive, archive: true), archive: true), 2026, month);
            }
        }

        foreach (var kind in kinds)
        {
            foreach (var interval in new[] { "today", "week", "month" })
            {
                // tmdb is a string in every trending file except tv/week, where it is a number.
                var tmdbAsNumber = kind == MediaKind.Tv && interval == "week";
                b.Trending(kind, interval, SimklFiles.Trending(data.Trending(kind, interval), interval, tmdbAsNumber));
            }
        }

        foreach (var kind in new[] { MediaKind.Tv, MediaKind.Anime })
        {
            foreach (var variant in new[] { "new", "soon" })
            {
                var items = data.Premieres(kind, variant);

                // tv/soon spans two pages (as if fetched with limit=5).
                const int pageSize = 5;
                var pages = kind == MediaKind.Tv && variant == "soon" ? items.Chunk(pageSize).ToList() : [items.ToArray()];
                for (var i = 0; i < pages.Count; i++)
                {
                    b.Premieres(kind, variant, i + 1, pageSize, SimklFiles.Premieres(pages[i]));
                }
            }

            foreach (var day in new[] { "today", "tomorrow" })
            {
                b.Airing(kind, day, SimklFiles.Airing(data.AiringList(kind, day)));
            }

            b.Best(kind, "all", SimklFiles.Best(data.Best(kind)));
        }

        return b;
    }

    internal static List<SynthAiring> Ordered(IEnumerable<SynthAiring> rows, bool archive = false) =>
        rows.OrderBy(a => archive ? a.ArchiveDateUtc ?? a.DateUtc : a.DateUtc)
            .ThenBy(a => a.Title.SimklId)
            .ThenBy(a => a.Season ?? -1)
            .ThenBy(a => a.Episode)
            .ToList();
}
