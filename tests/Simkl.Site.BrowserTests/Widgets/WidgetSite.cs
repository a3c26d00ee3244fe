using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;

namespace Simkl.Site.BrowserTests.Widgets;

/// <summary>A small inline catalogue for the widget tests, with one hostile title.</summary>
internal static class WidgetSite
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    /// <summary><see cref="Now"/> for the browser clock.</summary>
    public const string NowText = "2026-11-27T12:00:00Z";

    public const string HostileName = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> \"quotes\" & \u202Eltr\u202C 😀";

    private static Title T(MediaKind kind, long id, string slug, string name) => new()
    {
        SimklId = id,
        Kind = kind,
        Slug = slug,
        Name = name,
        SimklUrl = $"https://simkl.com/{kind.Section()}/{id}/{slug}",
    };

    public static readonly Title Harbor = T(MediaKind.Tv, 9100123, "harbor-lights", "Harbor Lights");
    public static readonly Title Hostile = T(MediaKind.Tv, 9100200, "hostile", HostileName);
    public static readonly Title Drift = T(MediaKind.Anime, 9300456, "star-drift", "Star Drift");
    public static readonly Title Orbit = T(MediaKind.Movie, 9500042, "quiet-orbit", "Quiet Orbit");

    private static Airing A(Title t, AiringTime when, int? season = null, int? episode = null, string? name = null, FinaleKind finale = FinaleKind.None) => new()
    {
        SimklId = t.SimklId,
        Kind = t.Kind,
        When = when,
        Season = season,
        Episode = episode,
        EpisodeTitle = name,
        Finale = finale,
        SourceFile = "test",
    };

    private static AiringTime At(int month, int day, int hour, int minute) =>
        AiringTime.At(new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.Zero));

    public static BuildContext Context(string zone = "UTC")
    {
        Title[] titles = [Harbor, Hostile, Drift, Orbit];
        Airing[] airings =
        [
            A(Hostile, At(11, 27, 23, 30), 1, 1, "<b>bold</b> & \"so\""),
            A(Harbor, At(11, 28, 1, 0), 3, 4, "The Tide", FinaleKind.Season),
            A(Drift, At(11, 29, 15, 0), null, 14),
            A(Orbit, AiringTime.On(new DateOnly(2026, 12, 4))),
            A(Harbor, At(12, 30, 1, 0), 3, 9), // beyond the 14-day window
        ];
        var catalogue = new SiteCatalogue(
            titles.ToDictionary(t => (t.Kind, t.SimklId)),
            airings,
            [],
            [],
            new SnapshotManifest { CapturedAt = Now, Synthetic = true });
        var settings = new SiteSettings { Title = "Widget Test", BaseUrl = "https://widgets.example.org", TimeZone = zone };
        return new BuildContext { Catalogue = catalogue, Settings = settings, Now = Now, Zone = SiteSettingsLoader.ResolveZone(zone) };
    }
}
