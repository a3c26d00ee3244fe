using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Tests.Urls;

/// <summary>Every path of the URL map, spelt out once here as data (docs/url-map.md is the same table).</summary>
public sealed class SiteUrlsTests
{
    public static TheoryData<string, string> Paths()
    {
        var d = new DateOnly(2026, 11, 28);
        return new()
        {
            { SiteUrls.Home, "/" },
            { SiteUrls.Calendar(), "/calendar/" },
            { SiteUrls.Calendar(MediaKind.Tv), "/calendar/tv/" },
            { SiteUrls.Calendar(MediaKind.Anime), "/calendar/anime/" },
            { SiteUrls.Calendar(MediaKind.Movie), "/calendar/movies/" },
            { SiteUrls.Month(2026, 11), "/calendar/2026/11/" },
            { SiteUrls.Month(2026, 3, MediaKind.Movie), "/calendar/movies/2026/03/" },
            { SiteUrls.Day(d), "/calendar/2026/11/28/" },
            { SiteUrls.Day(new DateOnly(2027, 1, 5)), "/calendar/2027/01/05/" },
            { SiteUrls.Week(d), "/calendar/week/2026-W48/" },
            { SiteUrls.Week(new DateOnly(2027, 1, 3)), "/calendar/week/2026-W53/" }, // ISO year: the Sunday ends 2026's week 53
            { SiteUrls.Week(new DateOnly(2025, 12, 29)), "/calendar/week/2026-W01/" },
            { SiteUrls.Premieres, "/premieres/" },
            { SiteUrls.Finales, "/finales/" },
            { SiteUrls.KindPremieres(MediaKind.Anime), "/premieres/anime/" },
            { SiteUrls.KindFinales(MediaKind.Tv), "/finales/tv/" },
            { SiteUrls.CalendarWithoutSpecials(), "/calendar/no-specials/" },
            { SiteUrls.CalendarWithoutSpecials(MediaKind.Tv), "/calendar/tv/no-specials/" },
            { SiteUrls.Trending(), "/trending/" },
            { SiteUrls.Trending(MediaKind.Anime), "/trending/anime/" },
            { SiteUrls.Airing, "/airing/" },
            { SiteUrls.Best, "/best/" },
            { SiteUrls.KindHome(MediaKind.Tv), "/tv/" },
            { SiteUrls.KindHome(MediaKind.Anime), "/anime/" },
            { SiteUrls.KindHome(MediaKind.Movie), "/movies/" },
            { SiteUrls.Title(MediaKind.Tv, 9100123, "harbor-lights"), "/tv/9100123/harbor-lights/" },
            { SiteUrls.Title(MediaKind.Movie, 42, "title"), "/movies/42/title/" },
            { SiteUrls.Content("about"), "/about/" },
            { SiteUrls.Embed, "/embed/" },
            { SiteUrls.Subscribe, "/subscribe/" },
            { SiteUrls.EmbedCalendar(null, "auto"), "/embed/calendar/" },
            { SiteUrls.EmbedCalendar(MediaKind.Tv, "dark"), "/embed/calendar/tv/dark/" },
            { SiteUrls.EmbedCalendar(MediaKind.Movie, "light"), "/embed/calendar/movies/light/" },
            { SiteUrls.WidgetScript, "/widget.js" },
            { SiteUrls.ApiCalendar(null), "/api/v1/calendar.json" },
            { SiteUrls.ApiCalendar(MediaKind.Anime), "/api/v1/calendar/anime.json" },
            { SiteUrls.ApiTrending(MediaKind.Tv), "/api/v1/trending/tv.json" },
            { SiteUrls.ApiPremieres, "/api/v1/premieres.json" },
            { SiteUrls.ApiSchema("calendar"), "/api/v1/schema/calendar.json" },
            { SiteUrls.IcsAll(false), "/ics/all.ics" },
            { SiteUrls.IcsAll(true), "/ics/all-allday.ics" },
            { SiteUrls.IcsKind(MediaKind.Movie, false), "/ics/movies.ics" },
            { SiteUrls.IcsPremieres(true), "/ics/premieres-allday.ics" },
            { SiteUrls.IcsFinales(false), "/ics/finales.ics" },
            { SiteUrls.IcsTitle(MediaKind.Tv, 9100123, false), "/ics/tv/9100123.ics" },
            { SiteUrls.IcsTitle(MediaKind.Anime, 7, true), "/ics/anime/7-allday.ics" },
            { SiteUrls.AtomFeed, "/feed.xml" },
            { SiteUrls.Changes, "/changes/" },
            { SiteUrls.ChangesFeed, "/changes.xml" },
            { SiteUrls.Search, "/search/" },
            { SiteUrls.SearchIndex, "/search/index.json" },
            { SiteUrls.SearchShard("words-a", "3f2a9c1b"), "/assets/search/words-a.3f2a9c1b.json" },
            { SiteUrls.Sitemap, "/sitemap.xml" },
            { SiteUrls.Robots, "/robots.txt" },
            { SiteUrls.NotFound, "/404.html" },
            { SiteUrls.Assets, "/assets/" },
        };
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Path_is_the_documented_one(string actual, string expected) => Assert.Equal(expected, actual);

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/calendar/", "calendar/index.html")]
    [InlineData("/calendar/2026/11/28/", "calendar/2026/11/28/index.html")]
    [InlineData("/404.html", "404.html")]
    [InlineData("/ics/tv/1.ics", "ics/tv/1.ics")]
    public void File_serves_the_path(string url, string file) => Assert.Equal(file, SiteUrls.File(url));

    [Theory]
    [InlineData("https://example.org", "/ics/tv.ics", "https://example.org/ics/tv.ics", "webcal://example.org/ics/tv.ics")]
    [InlineData("https://example.org/", "ics/tv.ics", "https://example.org/ics/tv.ics", "webcal://example.org/ics/tv.ics")]
    public void Absolute_and_webcal_join_one_slash(string baseUrl, string path, string absolute, string webcal)
    {
        Assert.Equal(absolute, SiteUrls.Absolute(baseUrl, path));
        Assert.Equal(webcal, SiteUrls.Webcal(baseUrl, path));
    }

    [Theory]
    [InlineData("https://example.org", "/ics/tv.ics", "TV episodes",
        "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fexample.org%2Fics%2Ftv.ics",
        "https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fexample.org%2Fics%2Ftv.ics&name=TV%20episodes")]
    [InlineData("https://example.org/sub/", "/ics/tv/9100123-allday.ics", "Harbor Lights & Co: every episode (all-day)",
        "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fexample.org%2Fsub%2Fics%2Ftv%2F9100123-allday.ics",
        "https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fexample.org%2Fsub%2Fics%2Ftv%2F9100123-allday.ics&name=Harbor%20Lights%20%26%20Co%3A%20every%20episode%20%28all-day%29")]
    public void Google_and_outlook_carry_the_feed(string baseUrl, string path, string name, string google, string outlook)
    {
        Assert.Equal(google, SiteUrls.GoogleCalendar(baseUrl, path));
        Assert.Equal(outlook, SiteUrls.Outlook(baseUrl, path, name));
    }

    [Fact]
    public void Every_first_segment_of_a_generated_section_is_reserved()
    {
        var firstSegments = Paths().Select(row => ((string)row[0]).Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length > 0)
            .Select(parts => Path.GetFileNameWithoutExtension(parts[0]))
            .Where(s => s != "about")
            .Distinct();
        Assert.All(firstSegments, s => Assert.Contains(s, SiteUrls.ReservedSlugs));
    }
}
