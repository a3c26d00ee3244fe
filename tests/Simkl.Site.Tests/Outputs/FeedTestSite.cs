using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Outputs;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Outputs;

/// <summary>
/// A small inline catalogue for the feed tests: timed and date-only airings of every kind,
/// premieres, finales, a special, an episode-less anime row, an airing outside the archive window,
/// a title with nothing scheduled and a title full of hostile text.
/// </summary>
internal static class FeedTestSite
{
    public static readonly DateTimeOffset CapturedAt = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public const string BaseUrl = "https://cal.example.org";

    /// <summary>Everything that can go wrong in a text field at once.</summary>
    public const string HostileName = "<script>alert(1)</script>, \"quoted\"; back\\slash\nnew line \u202Eesrever\u202C 😀 \"><img src=x onerror=alert(1)>";

    public const string HostileEpisode = "Ep; one, \\two\\ <b>bold</b> 'single' \u05E9\u05DC\u05D5\u05DD";

    public static readonly Title Harbor = new()
    {
        SimklId = 9100123,
        Kind = MediaKind.Tv,
        Slug = "harbor-lights",
        Name = "Harbor Lights",
        SimklUrl = "https://simkl.com/tv/9100123/harbor-lights",
        RuntimeMinutes = 50,
        Network = "Northwind TV",
        Year = 2024,
        Ids = new Dictionary<string, string> { ["tmdb"] = "555", ["imdb"] = "tt0000555" },
        PosterPath = "37/3791c0de4a55e1f2b",
    };

    public static readonly Title Hostile = new()
    {
        SimklId = 9100200,
        Kind = MediaKind.Tv,
        Slug = "hostile",
        Name = HostileName,
        SimklUrl = "https://simkl.com/tv/9100200/hostile",
        Network = "<i>Net</i>",
    };

    public static readonly Title Idle = new()
    {
        SimklId = 9100999,
        Kind = MediaKind.Tv,
        Slug = "idle-show",
        Name = "Idle Show",
        SimklUrl = "https://simkl.com/tv/9100999/idle-show",
    };

    public static readonly Title StarDrift = new()
    {
        SimklId = 9300456,
        Kind = MediaKind.Anime,
        Slug = "star-drift",
        Name = "Star Drift",
        SimklUrl = "https://simkl.com/anime/9300456/star-drift",
        Ids = new Dictionary<string, string> { ["mal"] = "777" },
    };

    public static readonly Title NewAnime = new()
    {
        SimklId = 9300777,
        Kind = MediaKind.Anime,
        Slug = "new-anime",
        Name = "New Anime",
        SimklUrl = "https://simkl.com/anime/9300777/new-anime",
        RuntimeMinutes = 23,
    };

    public static readonly Title AnimeFilm = new()
    {
        SimklId = 9300900,
        Kind = MediaKind.Anime,
        Slug = "anime-film",
        Name = "Anime Film",
        SimklUrl = "https://simkl.com/anime/9300900/anime-film",
        AnimeType = "movie",
    };

    public static readonly Title Orbit = new()
    {
        SimklId = 9500042,
        Kind = MediaKind.Movie,
        Slug = "quiet-orbit",
        Name = "Quiet Orbit",
        SimklUrl = "https://simkl.com/movies/9500042/quiet-orbit",
        RuntimeMinutes = 112,
        Ids = new Dictionary<string, string> { ["tmdb"] = "999" },
    };

    public static Airing Tv(Title t, int season, int episode, DateTimeOffset at, string? name = null, FinaleKind finale = FinaleKind.None) => new()
    {
        SimklId = t.SimklId,
        Kind = t.Kind,
        When = AiringTime.At(at),
        Season = season,
        Episode = episode,
        EpisodeTitle = name,
        Finale = finale,
        EpisodeUrl = $"https://simkl.com/tv/{t.SimklId}/{t.Slug}/season-{season}/episode-{episode}/",
        SourceFile = "data/calendar/v2/tv.json",
    };

    public static Airing Anime(Title t, int? episode, AiringTime when) => new()
    {
        SimklId = t.SimklId,
        Kind = t.Kind,
        When = when,
        Episode = episode,
        SourceFile = "data/calendar/v2/anime.json",
    };

    public static Airing Movie(Title t, DateOnly date) => new()
    {
        SimklId = t.SimklId,
        Kind = t.Kind,
        When = AiringTime.On(date),
        SourceFile = "data/calendar/v2/movie_release.json",
    };

    public static DateTimeOffset Utc(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    /// <summary>The default airings; tests replace or add some to check moves and edge cases.</summary>
    public static List<Airing> Airings() =>
    [
        Tv(Harbor, 3, 5, Utc(2026, 12, 5, 1, 0)),
        Tv(Harbor, 3, 4, Utc(2026, 11, 28, 1, 0), "The Tide", FinaleKind.Season),
        Tv(Harbor, 0, 1, Utc(2026, 11, 30, 20, 0), "Behind the Lights"),
        Tv(Harbor, 2, 8, Utc(2026, 10, 3, 1, 0), "Old News", FinaleKind.MidSeason),
        Tv(Harbor, 1, 1, Utc(2025, 6, 1, 1, 0), "Far Past"),
        Tv(Hostile, 1, 1, Utc(2026, 11, 27, 23, 30), HostileEpisode),
        Anime(StarDrift, 14, AiringTime.At(Utc(2026, 11, 29, 15, 0))),
        Anime(NewAnime, 1, AiringTime.At(Utc(2026, 12, 1, 15, 0))),
        Anime(AnimeFilm, null, AiringTime.On(new DateOnly(2026, 12, 2))),
        Movie(Orbit, new DateOnly(2026, 12, 4)),
    ];

    public static IReadOnlyList<Title> Titles() => [Harbor, Hostile, Idle, StarDrift, NewAnime, AnimeFilm, Orbit];

    public static IReadOnlyList<TitleList> Lists() =>
    [
        new(new ListId(ListFamily.Trending, MediaKind.Tv, "today"),
        [
            new ListEntry { SimklId = Hostile.SimklId, Kind = MediaKind.Tv, Position = 1, Watched = 1200 },
            new ListEntry { SimklId = Harbor.SimklId, Kind = MediaKind.Tv, Position = 2, Watched = 800 },
        ]),
        new(new ListId(ListFamily.Trending, MediaKind.Tv, "week"),
        [
            new ListEntry { SimklId = Harbor.SimklId, Kind = MediaKind.Tv, Position = 1, Watched = 5000 },
        ]),
        new(new ListId(ListFamily.Trending, MediaKind.Movie, "month"),
        [
            new ListEntry { SimklId = Orbit.SimklId, Kind = MediaKind.Movie, Position = 1, Watched = 42, PlanToWatch = 7 },
        ]),
        new(new ListId(ListFamily.Premieres, MediaKind.Tv, "soon"),
        [
            new ListEntry { SimklId = Idle.SimklId, Kind = MediaKind.Tv, Position = 1, When = AiringTime.At(Utc(2026, 12, 20, 2, 0)) },
            new ListEntry { SimklId = Hostile.SimklId, Kind = MediaKind.Tv, Position = 2, When = AiringTime.At(Utc(2026, 11, 27, 23, 30)) },
        ]),
        new(new ListId(ListFamily.Premieres, MediaKind.Anime, "new"),
        [
            new ListEntry { SimklId = NewAnime.SimklId, Kind = MediaKind.Anime, Position = 1, When = AiringTime.On(new DateOnly(2026, 12, 1)) },
        ]),
    ];

    public static SiteCatalogue NewCatalogue(IEnumerable<Airing>? airings = null, IEnumerable<Title>? titles = null)
    {
        var byKey = (titles ?? Titles()).ToDictionary(t => (t.Kind, t.SimklId));
        var ordered = (airings ?? Airings())
            .OrderBy(a => a.When.SortKey).ThenBy(a => a.SimklId).ThenBy(a => a.Episode ?? 0).ToList();
        var manifest = new SnapshotManifest { CapturedAt = CapturedAt, Synthetic = true };
        return new SiteCatalogue(byKey, ordered, Lists(), [], manifest);
    }

    public static BuildContext Context(
        SiteCatalogue? catalogue = null,
        string zone = "UTC",
        bool spoilerSafe = false,
        string? clientId = "test-client",
        int upcomingDays = 14)
    {
        var settings = new SiteSettings
        {
            Title = "Test Cal",
            BaseUrl = BaseUrl,
            TimeZone = zone,
            SpoilerSafe = spoilerSafe,
            ClientId = clientId,
            UpcomingDays = upcomingDays,
        };
        return new BuildContext
        {
            Catalogue = catalogue ?? NewCatalogue(),
            Settings = settings,
            Now = CapturedAt,
            Zone = SiteSettingsLoader.ResolveZone(zone),
        };
    }

    public static Dictionary<string, OutputFile> Files(IOutputGenerator generator, BuildContext context) =>
        generator.Generate(context, SiteIndex.Build(context)).ToDictionary(f => f.Path, StringComparer.Ordinal);

    public static string Text(this OutputFile file) => System.Text.Encoding.UTF8.GetString(file.Content.Span);
}
