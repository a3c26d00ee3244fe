using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Urls;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>docs/markup.md: the hooks site.js, widgets and browser tests select on.</summary>
public sealed class MarkupContractTests(MarkupContractTests.Built built) : IClassFixture<MarkupContractTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", ClientId = "cid", MarkWatchedMovies = true } };
            var tv = Site.Show(9100123, "Harbor Lights");
            Site.Episode(tv, "2026-11-28T01:00:00Z", 3, 4, "The Tide", FinaleKind.Season);
            Site.Episode(tv, "2026-11-27T01:00:00Z", 0, 2, "Behind the scenes");
            var fresh = Site.Show(9100124, "Brand New");
            Site.Episode(fresh, "2026-11-27T20:00:00Z", 1, 1, "Pilot");
            var anime = Site.Show(9300401, "Hoshikage Rangers", MediaKind.Anime);
            Site.Episode(anime, "2026-11-27T15:30:00Z", null, 1);
            var movie = Site.Movie(9500042, "The Glass Orchard");
            Site.Release(movie, "2026-11-27");
            Site.Build();
        }

        public TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    public static TheoryData<string> CalendarPages => new()
    {
        "calendar/index.html", "calendar/tv/index.html", "calendar/anime/index.html", "calendar/movies/index.html",
    };

    [Theory]
    [MemberData(nameof(CalendarPages))]
    public void Calendar_pages_have_the_hidden_filter_form_and_status(string page)
    {
        var doc = built.Site.Html(page);
        var form = doc.QuerySelector("form.filters[data-filters]")!;
        Assert.True(form.HasAttribute("hidden"));
        Assert.Equal("Filter the calendar", form.GetAttribute("aria-label"));
        Assert.Equal(["tv", "anime", "movie"], form.QuerySelectorAll("input[name=kind]").Select(i => i.GetAttribute("value")));
        Assert.All(form.QuerySelectorAll("input[name=kind]"), i => Assert.True(i.HasAttribute("checked")));
        foreach (var name in new[] { "premieres", "finales", "hide-specials" })
        {
            Assert.NotNull(form.QuerySelector($"input[type=checkbox][name='{name}']"));
        }

        Assert.Equal("polite", doc.QuerySelector("[data-filter-status]")!.GetAttribute("aria-live"));

        // Without JS the same choices are plain links: one row per choice the form replaces (PlainFilterPagesTests has each page's rows).
        var nav = doc.QuerySelector("nav.filter-links[data-filter-alt]")!;
        Assert.Equal(
            ["/calendar/", "/calendar/tv/", "/calendar/anime/", "/calendar/movies/"],
            nav.QuerySelectorAll("ul[data-filter-links=kind] a").Select(a => a.GetAttribute("href")));
        Assert.All(nav.QuerySelectorAll("ul[data-filter-links=show] a"), a => Assert.True(built.Site.Exists(Simkl.Site.Urls.SiteUrls.File(a.GetAttribute("href")!))));
    }

    /// <summary>Pages whose day sections follow the calendar contract: the calendars and the day pages.</summary>
    public static TheoryData<string> DayPages => new()
    {
        "calendar/index.html", "calendar/tv/index.html", "calendar/anime/index.html", "calendar/movies/index.html",
        "calendar/2026/11/27/index.html", "calendar/2026/11/28/index.html",
    };

    [Theory]
    [InlineData("index.html")]
    [InlineData("tv/index.html")]
    [InlineData("anime/index.html")]
    public void Up_next_lists_follow_the_contract(string page)
    {
        var doc = built.Site.Html(page);
        var list = doc.QuerySelector("section[data-up-next]")!;
        Assert.Matches(@"^\d+$", list.GetAttribute("data-show-aired"));
        Assert.Matches(@"^\d+$", list.GetAttribute("data-show-next"));
        var rows = list.QuerySelectorAll("ol > li").ToList();
        var line = Assert.Single(rows, r => r.HasAttribute("data-now-line"));
        Assert.EndsWith("Z", line.QuerySelector("time[data-time]")!.GetAttribute("datetime"), StringComparison.Ordinal);
        var items = rows.Where(r => r != line).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.HasAttribute("data-up-next-item")));
        Assert.All(items, i => Assert.NotNull(i.QuerySelector("[data-countdown]")));

        // Time order, the aired ones (and only they) before the line.
        var times = items.Select(i => DateTimeOffset.Parse(i.QuerySelector("time[data-time]")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
        var before = rows.IndexOf(line);
        Assert.All(rows.Take(before), r => Assert.True(r.HasAttribute("data-aired")));
        Assert.All(rows.Skip(before + 1), r => Assert.False(r.HasAttribute("data-aired")));
        Assert.NotNull(doc.QuerySelector("[data-day-links='2026-11-27']:not([hidden]) a[href='/calendar/2026/11/27/']"));
    }

    [Theory]
    [MemberData(nameof(DayPages))]
    public void Day_sections_follow_the_contract(string page)
    {
        var doc = built.Site.Html(page);
        var calendar = doc.QuerySelector("div[data-calendar]")!;
        Assert.Equal("UTC", calendar.GetAttribute("data-site-zone"));
        foreach (var section in calendar.QuerySelectorAll("section.day"))
        {
            var day = section.GetAttribute("data-day")!;
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", day);
            Assert.Equal("day-" + day, section.Id);
            Assert.Equal($"day-{day}-h", section.GetAttribute("aria-labelledby"));
            var heading = doc.GetElementById($"day-{day}-h")!;
            // A day page's section is the whole page: its heading is the h1 ("Saturday, 28 November 2026").
            if (heading.TagName == "H1")
            {
                Assert.Contains(built.Site.Html(page).Title!.Split(' ')[0], heading.TextContent, StringComparison.Ordinal);
            }
            else
            {
                Assert.Matches("^H[23]$", heading.TagName);
                Assert.Equal(day, heading.QuerySelector("time")!.GetAttribute("datetime"));
            }

            Assert.NotNull(section.QuerySelector("ol.cards, ol.rows"));
            Assert.Equal(day == "2026-11-27", section.GetAttribute("aria-current") == "date");
        }
    }

    [Fact]
    public void Every_card_carries_the_hooks()
    {
        var cards = 0;
        foreach (var file in Directory.EnumerateFiles(built.Site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = built.Site.Html(Path.GetRelativePath(built.Site.Output, file));
            foreach (var card in doc.QuerySelectorAll("li.card"))
            {
                cards++;
                Assert.Matches(@"^\d+$", card.GetAttribute("data-simkl-id"));
                var kind = card.GetAttribute("data-kind");
                Assert.Contains(kind, new[] { "tv", "anime", "movie" });
                Assert.NotNull(card.QuerySelector("a[data-simkl-link][href^='https://simkl.com/']"));
                if (card.ClassList.Contains("title-card"))
                {
                    continue;
                }

                var time = card.QuerySelector("time[datetime]")!;
                if (kind == "movie")
                {
                    Assert.False(card.HasAttribute("data-episode"));
                    Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", time.GetAttribute("datetime"));
                }
                else
                {
                    Assert.Matches(@"^\d+$", card.GetAttribute("data-episode"));
                    Assert.Equal(kind == "tv", card.HasAttribute("data-season"));
                    Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", time.GetAttribute("datetime"));
                    Assert.True(time.HasAttribute("data-time"));
                    Assert.Contains(card.GetAttribute("data-premiere"), new[] { "true", "false" });
                    Assert.Contains(card.GetAttribute("data-special"), new[] { "true", "false" });
                }

                Assert.NotNull(card.QuerySelector("a[data-mark-watched][href^='https://api.simkl.com/redirect?to=watched&']"));
            }
        }

        Assert.True(cards > 20);
    }

    [Fact]
    public void Premiere_finale_and_special_flags()
    {
        var doc = built.Site.Html("calendar/2026/11/27/index.html");
        Assert.Equal("true", doc.QuerySelector("li[data-simkl-id='9100124']")!.GetAttribute("data-premiere"));
        Assert.Equal("true", doc.QuerySelector("li[data-simkl-id='9300401']")!.GetAttribute("data-premiere"));
        var special = doc.QuerySelector("li[data-simkl-id='9100123'][data-season='0']")!;
        Assert.Equal("true", special.GetAttribute("data-special"));
        Assert.Equal("false", special.GetAttribute("data-premiere"));
        var finale = built.Site.Html("calendar/2026/11/28/index.html").QuerySelector("li[data-simkl-id='9100123']")!;
        Assert.Equal("season", finale.GetAttribute("data-finale"));
        Assert.Equal("false", finale.GetAttribute("data-special"));
    }

    [Fact]
    public void Per_kind_pages_only_hold_their_kind()
    {
        foreach (var (page, kind) in new[] { ("calendar/tv/index.html", "tv"), ("calendar/anime/index.html", "anime"), ("calendar/movies/index.html", "movie") })
        {
            var kinds = built.Site.Html(page).QuerySelectorAll("[data-calendar] li.card").Select(c => c.GetAttribute("data-kind")).Distinct().ToList();
            Assert.Equal([kind], kinds);
        }
    }

    [Fact]
    public void Month_grid_links_days_and_has_an_accessible_list()
    {
        var doc = built.Site.Html("calendar/2026/11/index.html");
        var grid = doc.QuerySelector("table.month-grid")!;
        Assert.Equal("November 2026", grid.QuerySelector("caption")!.TextContent);
        Assert.Equal(7, grid.QuerySelectorAll("thead th[scope=col] abbr").Length);
        Assert.Equal(30, grid.QuerySelectorAll("td:not(.blank)").Length);
        var links = grid.QuerySelectorAll("td .cell-date a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/calendar/2026/11/27/", "/calendar/2026/11/28/"], links);
        Assert.Equal("date", grid.QuerySelector("td.today")!.GetAttribute("aria-current"));
        Assert.Empty(doc.QuerySelectorAll("ol.day-list")); // the grid is the only list of days
        Assert.Equal("4 airings", grid.QuerySelector("td.today .n")!.TextContent);
        Assert.Equal(3, grid.QuerySelectorAll("td.today .chips li").Length);
        Assert.Equal("/calendar/2026/11/27/", grid.QuerySelector("td.today .more a")!.GetAttribute("href"));

        // 1 November 2026 is a Sunday: six blank cells before it in a Monday-first grid.
        Assert.Equal(6, grid.QuerySelectorAll("tbody tr:first-child td.blank").Length);
    }
}
