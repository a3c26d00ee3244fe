using Simkl.Site.Build;
using Simkl.Site.Check;
using Simkl.Site.Model;
using Simkl.Site.Outputs.Html;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Urls;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>
/// Issue 13: every filter that changes what is listed has a plain page (no JavaScript): per-kind
/// premieres and finales, calendars without specials; each lists only its items and the filter
/// links between them reach pages that exist.
/// </summary>
public sealed class PlainFilterPagesTests(PlainFilterPagesTests.Built built) : IClassFixture<PlainFilterPagesTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            var tv = Site.Show(9100123, "Harbor Lights");
            Site.Episode(tv, "2026-11-28T01:00:00Z", 3, 1, "New Season");
            Site.Episode(tv, "2026-11-29T01:00:00Z", 0, 2, "Behind the Scenes");
            Site.Episode(tv, "2026-11-30T01:00:00Z", 3, 2, "The Tide", FinaleKind.MidSeason);
            var anime = Site.Show(9300401, "Hoshikage Rangers", MediaKind.Anime);
            Site.Episode(anime, "2026-11-28T15:30:00Z", null, 1);
            Site.Episode(anime, "2026-12-01T15:30:00Z", null, 12, finale: FinaleKind.Series);
            var movie = Site.Movie(9500042, "The Glass Orchard");
            Site.Release(movie, "2026-11-29");
            foreach (var generator in OutputGenerators.Default())
            {
                Site.Generators.Add(generator); // feeds too, so the check command sees a whole site
            }

            Site.Build();
        }

        public TestSite Site { get; } = new() { Settings = new() { BaseUrl = "https://cal.example.org" } };

        public void Dispose() => Site.Dispose();
    }

    /// <summary>Page, then the airings (simkl id, day) it lists, as data.</summary>
    public static TheoryData<string, string[]> Listed => new()
    {
        { "calendar/index.html", ["9100123@2026-11-28", "9300401@2026-11-28", "9500042@2026-11-29", "9100123@2026-11-29", "9100123@2026-11-30", "9300401@2026-12-01"] },
        { "calendar/no-specials/index.html", ["9100123@2026-11-28", "9300401@2026-11-28", "9500042@2026-11-29", "9100123@2026-11-30", "9300401@2026-12-01"] },
        { "calendar/tv/index.html", ["9100123@2026-11-28", "9100123@2026-11-29", "9100123@2026-11-30"] },
        { "calendar/tv/no-specials/index.html", ["9100123@2026-11-28", "9100123@2026-11-30"] },
        { "premieres/index.html", ["9100123@2026-11-28", "9300401@2026-11-28"] },
        { "premieres/tv/index.html", ["9100123@2026-11-28"] },
        { "premieres/anime/index.html", ["9300401@2026-11-28"] },
        { "finales/index.html", ["9100123@2026-11-30", "9300401@2026-12-01"] },
        { "finales/tv/index.html", ["9100123@2026-11-30"] },
        { "finales/anime/index.html", ["9300401@2026-12-01"] },
    };

    [Theory]
    [MemberData(nameof(Listed))]
    public void Each_plain_filter_page_lists_only_its_items(string page, string[] expected)
    {
        var doc = built.Site.Html(page);
        var listed = doc.QuerySelectorAll("main section[data-day] [data-simkl-id][data-kind]")
            .Select(c => $"{c.GetAttribute("data-simkl-id")}@{c.Closest("section[data-day]")!.GetAttribute("data-day")}")
            .ToList();
        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData("premieres/movies/index.html")]
    [InlineData("finales/movies/index.html")]
    [InlineData("calendar/anime/no-specials/index.html")]
    [InlineData("calendar/movies/no-specials/index.html")]
    public void Kinds_that_cannot_have_the_items_get_no_page(string page) => Assert.False(built.Site.Exists(page), page);

    /// <summary>Page, then its two rows of filter links (href, with * marking the current page), as data.</summary>
    public static TheoryData<string, string[], string[]> Links => new()
    {
        {
            "/calendar/",
            ["*/calendar/", "/calendar/tv/", "/calendar/anime/", "/calendar/movies/"],
            ["*/calendar/", "/premieres/", "/finales/", "/calendar/no-specials/"]
        },
        {
            "/calendar/anime/",
            ["/calendar/", "/calendar/tv/", "*/calendar/anime/", "/calendar/movies/"],
            ["*/calendar/anime/", "/premieres/anime/", "/finales/anime/"]
        },
        {
            "/calendar/movies/",
            ["/calendar/", "/calendar/tv/", "/calendar/anime/", "*/calendar/movies/"],
            []
        },
        {
            // A kind without specials is its own "without specials" page.
            "/calendar/no-specials/",
            ["*/calendar/no-specials/", "/calendar/tv/no-specials/", "/calendar/anime/", "/calendar/movies/"],
            ["/calendar/", "/premieres/", "/finales/", "*/calendar/no-specials/"]
        },
        {
            "/premieres/anime/",
            ["/premieres/", "/premieres/tv/", "*/premieres/anime/"],
            ["/calendar/anime/", "*/premieres/anime/", "/finales/anime/"]
        },
        {
            "/finales/tv/",
            ["/finales/", "*/finales/tv/", "/finales/anime/"],
            ["/calendar/tv/", "/premieres/tv/", "*/finales/tv/", "/calendar/tv/no-specials/"]
        },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void The_filter_links_reach_the_related_pages_and_mark_this_one(string path, string[] kinds, string[] shows)
    {
        var nav = built.Site.Html(SiteUrls.File(path)).QuerySelector("main nav.filter-links[data-filter-alt]")!;
        string[] Row(string group) =>
        [
            .. nav.QuerySelectorAll($"ul[data-filter-links='{group}'] a")
                .Select(a => (a.GetAttribute("aria-current") == "page" ? "*" : "") + a.GetAttribute("href")),
        ];

        Assert.Equal(kinds, Row("kind"));
        Assert.Equal(shows, Row("show"));
        Assert.All(nav.QuerySelectorAll("a[aria-current]"), a => Assert.Equal(path, a.GetAttribute("href")));
    }

    [Fact]
    public async Task Every_filter_link_resolves_and_the_site_passes_the_check_command()
    {
        var site = built.Site;
        var hrefs = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => site.Html(Path.GetRelativePath(site.Output, f)).QuerySelectorAll("nav.filter-links a"))
            .Select(a => a.GetAttribute("href")!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(12, hrefs.Count); // every plain page: 4 calendars, 2 without specials, 3 premieres, 3 finales
        Assert.All(hrefs, h => Assert.True(site.Exists(SiteUrls.File(h)), $"{h} is linked but not built"));

        var report = await SiteChecker.CheckAsync(site.Output, new Uri("https://cal.example.org"));
        Assert.True(report.Ok, string.Join("\n", report.Problems));
    }

    [Fact]
    public void The_filter_form_lists_the_choices_a_plain_page_shows_for_the_script_to_link()
    {
        string[] Pages(string page) =>
        [
            .. built.Site.Html(page).QuerySelectorAll("ul[data-filter-pages][hidden] a")
                .Select(a => $"{a.GetAttribute("data-filter-query")} {a.GetAttribute("href")}"),
        ];

        Assert.Equal(["premieres=1 /premieres/tv/", "finales=1 /finales/tv/", "hide-specials=1 /calendar/tv/no-specials/"], Pages("calendar/tv/index.html"));
        Assert.Equal(["premieres=1 /premieres/anime/", "finales=1 /finales/anime/"], Pages("calendar/anime/index.html"));
        var all = Pages("calendar/index.html");
        Assert.Contains("kind=tv&hide-specials=1 /calendar/tv/no-specials/", all);
        Assert.Contains("kind=anime&premieres=1 /premieres/anime/", all);
        Assert.Contains("kind=movie&hide-specials=1 /calendar/movies/", all); // movies have no specials
        Assert.DoesNotContain(all, x => x.StartsWith("kind=movie&premieres", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_pages_have_their_own_titles_and_are_in_the_sitemap()
    {
        var site = built.Site;
        Assert.Equal("Anime premieres", site.Html("premieres/anime/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("TV finales", site.Html("finales/tv/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Upcoming TV without specials", site.Html("calendar/tv/no-specials/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("Upcoming calendar without specials", site.Html("calendar/no-specials/index.html").QuerySelector("h1")!.TextContent);
        var sitemap = site.Text("sitemap.xml");
        foreach (var path in new[] { "/premieres/tv/", "/premieres/anime/", "/finales/tv/", "/finales/anime/", "/calendar/no-specials/", "/calendar/tv/no-specials/" })
        {
            Assert.Contains($"<loc>https://cal.example.org{path}</loc>", sitemap, StringComparison.Ordinal);
        }

        // The subscribe panel as on /premieres/: the page's feeds first.
        Assert.Equal(
            ["/ics/premieres.ics", "/ics/anime.ics"],
            site.Html("premieres/anime/index.html").QuerySelectorAll("link[rel=alternate][type='text/calendar']").Select(l => l.GetAttribute("href")));

        // The page is the "hide specials" choice: no form offering it again.
        Assert.Null(site.Html("calendar/no-specials/index.html").QuerySelector("form[data-filters]"));
        Assert.NotNull(site.Html("calendar/index.html").QuerySelector("form[data-filters]"));
    }

    [Fact]
    public void A_calendar_without_specials_keeps_the_per_day_cap()
    {
        using var site = new TestSite();
        for (var i = 0; i < CalendarPlanner.PerDay + 5; i++)
        {
            site.Episode(site.Show(9100000 + i, $"Show {i:00}"), "2026-11-28T20:00:00Z", 1, 3);
        }

        site.Episode(site.Show(9199999, "Special"), "2026-11-28T21:00:00Z", 0, 1);
        site.Build();

        var day = site.Html("calendar/tv/no-specials/index.html").QuerySelector("section[data-day='2026-11-28']")!;
        Assert.Equal(CalendarPlanner.PerDay, day.QuerySelectorAll("[data-simkl-id]").Length);
        Assert.Null(day.QuerySelector("[data-simkl-id='9199999']"));
        Assert.Contains($"all {CalendarPlanner.PerDay + 5} on", day.TextContent, StringComparison.Ordinal);
    }
}
