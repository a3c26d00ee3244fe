using Simkl.Site.Model;
using Simkl.Site.Snapshots;
using Simkl.Site.Write;

namespace Simkl.Site.Publish;

/// <summary>
/// What one build produced and from what: every output file with its SHA-256 and size, counts the
/// publish guard compares between builds, and the snapshot's per-source outcomes. It lives BESIDE
/// the output folder (<c>_site.build-manifest.json</c> for <c>_site</c>), not in it: it is not
/// published (nothing in it is secret, but it changes with every fetch, e.g. fresh vs not-modified,
/// and a rebuild from the same data must not rewrite any site file). CI keeps the manifest of the
/// live build in <c>.cache/published/build-manifest.json</c>. Deterministic bytes for the same build.
/// </summary>
public sealed record BuildManifest
{
    public const string FileName = ManifestLocation.FileName;
    public const int CurrentFormat = 1;

    /// <summary>Where the manifest of the site in <paramref name="siteDir"/> lives: <c>{siteDir}.build-manifest.json</c>.</summary>
    public static string PathFor(string siteDir) => ManifestLocation.For(siteDir);

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The build's "now" (BuildContext.Now): the instant the site is built as of.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>When the snapshot the site was built from was captured.</summary>
    public required DateTimeOffset CapturedAt { get; init; }

    /// <summary>True when built from synthetic data (the bundled sample).</summary>
    public bool Synthetic { get; init; }

    public required string TimeZone { get; init; }

    /// <summary>First day of the upcoming window (site zone).</summary>
    public required DateOnly WindowStart { get; init; }

    /// <summary>Day after the last day of the upcoming window.</summary>
    public required DateOnly WindowEnd { get; init; }

    public required ManifestCounts Counts { get; init; }

    /// <summary>Per-source outcome of the fetch that made the snapshot, sorted by id.</summary>
    public IReadOnlyList<ManifestSource> Sources { get; init; } = [];

    /// <summary>Every output file, sorted by path (ordinal).</summary>
    public IReadOnlyList<ManifestFile> Files { get; init; } = [];
}

public sealed record ManifestCounts
{
    /// <summary>Airings whose day (site zone) is inside the upcoming window.</summary>
    public required KindCounts Upcoming { get; init; }

    /// <summary>Titles in the catalogue.</summary>
    public required KindCounts Titles { get; init; }

    /// <summary>HTML pages written.</summary>
    public required int Pages { get; init; }

    /// <summary>All files of the site.</summary>
    public required int Files { get; init; }

    public required long Bytes { get; init; }
}

/// <summary>A count per kind and in total.</summary>
public sealed record KindCounts(int Tv, int Anime, int Movie)
{
    public int Total => Tv + Anime + Movie;

    public int Of(MediaKind kind) => kind switch
    {
        MediaKind.Tv => Tv,
        MediaKind.Anime => Anime,
        _ => Movie,
    };

    public static KindCounts Count<T>(IEnumerable<T> items, Func<T, MediaKind> kind)
    {
        int tv = 0, anime = 0, movie = 0;
        foreach (var item in items)
        {
            switch (kind(item))
            {
                case MediaKind.Tv: tv++; break;
                case MediaKind.Anime: anime++; break;
                default: movie++; break;
            }
        }

        return new KindCounts(tv, anime, movie);
    }
}

public sealed record ManifestSource
{
    public required string Id { get; init; }
    public required SourceType Type { get; init; }
    public required MediaKind Kind { get; init; }
    public required SourceOutcome Outcome { get; init; }
    public DateTimeOffset? GoodAt { get; init; }

    public bool IsCalendar => Type is SourceType.CalendarV2 or SourceType.CalendarV1;
}
