using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Publish;

/// <summary>Small inline catalogues for the publishing tests.</summary>
internal static class PublishingData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static Title Title(MediaKind kind, long id, string name) => new()
    {
        SimklId = id,
        Kind = kind,
        Slug = Simkl.Site.Urls.Slugs.Sanitise(name),
        Name = name,
        SimklUrl = $"https://simkl.com/{kind.Section()}/{id}/{Simkl.Site.Urls.Slugs.Sanitise(name)}",
    };

    public static Airing Episode(MediaKind kind, long id, int? season, int episode, DateTimeOffset when, FinaleKind finale = FinaleKind.None) => new()
    {
        SimklId = id,
        Kind = kind,
        Season = season,
        Episode = episode,
        When = AiringTime.At(when),
        Finale = finale,
        SourceFile = "data/calendar/v2/tv.json",
    };

    public static Airing Release(MediaKind kind, long id, DateOnly date) => new()
    {
        SimklId = id,
        Kind = kind,
        When = AiringTime.On(date),
        SourceFile = "data/calendar/v2/movie_release.json",
    };

    public static SiteCatalogue Cat(IEnumerable<Title> titles, IEnumerable<Airing> airings, SnapshotManifest? snapshot = null)
    {
        var byKey = titles.ToDictionary(t => (t.Kind, t.SimklId));
        var ordered = airings.OrderBy(a => a.When.SortKey).ThenBy(a => a.SimklId).ThenBy(a => a.Episode).ToList();
        return new SiteCatalogue(byKey, ordered, [], [], snapshot ?? Snapshot(Now));
    }

    public static SnapshotManifest Snapshot(DateTimeOffset capturedAt, params SourceRecord[] sources) => new()
    {
        CapturedAt = capturedAt,
        DataBase = "https://data.simkl.in",
        ApiBase = "https://api.simkl.com",
        Sources = sources.Length > 0 ? sources :
        [
            Source("calendar-v2/tv", SourceType.CalendarV2, MediaKind.Tv, SourceOutcome.Fresh, capturedAt),
            Source("calendar-v2/anime", SourceType.CalendarV2, MediaKind.Anime, SourceOutcome.NotModified, capturedAt),
            Source("calendar-v2/movie_release", SourceType.CalendarV2, MediaKind.Movie, SourceOutcome.Fresh, capturedAt),
            Source("trending/tv/today", SourceType.Trending, MediaKind.Tv, SourceOutcome.Fresh, capturedAt),
        ],
    };

    public static SourceRecord Source(string id, SourceType type, MediaKind kind, SourceOutcome outcome, DateTimeOffset? goodAt) => new()
    {
        Id = id,
        Type = type,
        Kind = kind,
        Url = $"https://data.simkl.in/{id}.json",
        Path = goodAt is null ? null : $"data/{id}.json",
        GoodAt = goodAt,
        FetchedAt = goodAt,
        Outcome = outcome,
    };

    /// <summary>The folder holding Simkl.Site.sln, found from the test binaries upwards.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simkl.Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Simkl.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
