using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>Day pages in kinds and hourly slots, month cells with titles, week pages, title pages that lead with what's next, compact day lists.</summary>
public sealed class CalendarPagesTests
{
    private static TestSite Site(string zone = "UTC")
    {
        var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", Title = "Test Calendar", TimeZone = zone } };
        return site;
    }

    [Fact]
    public void A_month_the_site_zone_reaches_only_by_moving_an_airing_over_midnight_gets_no_month_page()
    {
        // The data has October; its first airing is 30 September in New York.
        using var site = Site("America/New_York");
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-10-01T02:00:00Z", 1, 1);
        site.Episode(show, "2026-10-08T02:00:00Z", 1, 2);
        site.Episode(show, "2026-10-15T20:00:00Z", 1, 3);
        site.Build();

        Assert.True(site.Exists("calendar/2026/09/30/index.html"), "the day page stays: it is the permalink of its airings");
        Assert.False(site.Exists("calendar/2026/09/index.html"), "a September page would show one airing of a month the data does not cover");
        Assert.False(site.Exists("calendar/tv/2026/09/index.html"));
        Assert.True(site.Exists("calendar/2026/10/index.html"));

        var day = site.Html("calendar/2026/09/30/index.html");
        var links = day.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("/calendar/2026/09/", links);
        Assert.Contains("/calendar/week/2026-W40/", links);
        Assert.True(site.Exists("calendar/week/2026-W40/index.html"));
        Assert.DoesNotContain("/calendar/2026/09/", site.Html("calendar/2026/10/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_day_page_shows_every_airing_by_kind_and_hourly_slot_with_jump_links_to_each_kind()
    {
        using var site = Site();
        var a = site.Show(9100001, "Alpha");
        var b = site.Show(9100002, "Bravo");
        var anime = site.Show(9300001, "Kiseki", MediaKind.Anime);
        var movie = site.Movie(9500001, "Orchard");
        site.Episode(a, "2026-11-28T21:00:00Z", 2, 1);
        site.Episode(b, "2026-11-28T21:30:00Z", 1, 4, finale: FinaleKind.Season);
        site.Episode(b, "2026-11-28T08:00:00Z", 1, 3);
        site.Episode(anime, "2026-11-28T15:00:00Z", null, 7);
        site.Release(movie, "2026-11-28");
        site.Build();

        var doc = site.Html("calendar/2026/11/28/index.html");
        var section = doc.QuerySelector("section.day[data-day='2026-11-28']")!;
        Assert.Equal("5", section.GetAttribute("data-airings"));
        Assert.Equal(5, section.QuerySelectorAll("li.card").Length);

        Assert.Equal(["#kind-tv", "#kind-anime", "#kind-movies"], doc.QuerySelectorAll("nav.day-jumps a").Select(x => x.GetAttribute("href")));
        Assert.Equal(["3 TV episodes", "1 anime episode", "1 movie"], doc.QuerySelectorAll("nav.day-jumps a").Select(x => x.TextContent));
        Assert.NotNull(doc.GetElementById("kind-movies"));

        var tv = doc.GetElementById("kind-tv")!;
        Assert.Equal(["kind-tv-0800", "kind-tv-2100"], tv.QuerySelectorAll(".slot").Select(s => s.Id));
        Assert.Equal(["9100001", "9100002"], tv.QuerySelectorAll("#kind-tv-2100 li.card").Select(c => c.GetAttribute("data-simkl-id")));
        Assert.Equal("2026-11-28T21:00:00Z", tv.QuerySelector("#kind-tv-2100 .slot-h time")!.GetAttribute("datetime"));
        Assert.Equal("All day", doc.QuerySelector("#kind-movies .slot-h")!.TextContent);

        Assert.Contains("1 premiere, 1 finale", doc.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(tv.QuerySelector("li.card.row-premiere[data-simkl-id='9100001'] .badge-premiere"));
        Assert.NotNull(tv.QuerySelector("li.card.row-finale[data-simkl-id='9100002'] .badge-finale"));
        // The row's links stay in one partial: Open on Simkl on every row.
        Assert.All(section.QuerySelectorAll("li.card"), c => Assert.NotNull(c.QuerySelector("p.card-links a[data-simkl-link]")));
    }

    [Fact]
    public void Month_cells_show_the_most_popular_titles_first_and_link_the_rest_on_the_day_page()
    {
        using var site = Site();
        var ranks = new[] { 500, 20, 3000, 7 };
        for (var i = 0; i < ranks.Length; i++)
        {
            var rank = ranks[i];
            var show = site.Show(9100010 + i, $"Show {i}", with: t => t with { Rank = rank });
            site.Episode(show, "2026-11-28T20:00:00Z", 1, 2);
        }

        site.Build();

        var doc = site.Html("calendar/2026/11/index.html");
        Assert.Empty(doc.QuerySelectorAll("ol.day-list"));
        var cell = doc.QuerySelector("td time[datetime='2026-11-28']")!.Closest("td")!;
        Assert.Equal(["Show 3", "Show 1", "Show 0"], cell.QuerySelectorAll(".chips li a").Select(a => a.TextContent));
        Assert.All(cell.QuerySelectorAll(".chips li"), li => Assert.Contains("chip-tv", li.ClassName, StringComparison.Ordinal));
        var more = cell.QuerySelector(".more a")!;
        Assert.Equal("/calendar/2026/11/28/", more.GetAttribute("href"));
        Assert.StartsWith("+1 more", more.TextContent, StringComparison.Ordinal);
        Assert.Equal("date", doc.QuerySelector("td.today")!.GetAttribute("aria-current"));
        Assert.Contains("/calendar/week/2026-W48/", doc.QuerySelectorAll("th.wk a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_week_page_has_seven_days_links_each_day_and_its_neighbours_and_is_linked_from_day_and_month()
    {
        using var site = Site();
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-24T20:00:00Z", 1, 1);
        site.Episode(show, "2026-12-01T20:00:00Z", 1, 2);
        site.Build();

        var doc = site.Html("calendar/week/2026-W48/index.html");
        Assert.Equal(
            ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"],
            doc.QuerySelectorAll("section.day").Select(s => s.GetAttribute("data-day")));
        Assert.Equal("/calendar/2026/11/24/", doc.QuerySelector("section.day[data-day='2026-11-24'] h2 a")!.GetAttribute("href"));
        Assert.Equal("/calendar/week/2026-W49/", doc.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(doc.QuerySelector("a[rel=prev]"));
        Assert.Contains("https://cal.example.org/calendar/week/2026-W48/", site.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("/calendar/week/2026-W49/", site.Html("calendar/2026/12/01/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_title_page_leads_with_the_next_airing_and_lists_recent_episodes_newest_first()
    {
        using var site = Site();
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-13T20:00:00Z", 1, 1);
        site.Episode(show, "2026-11-20T20:00:00Z", 1, 2);
        site.Episode(show, "2026-11-27T20:00:00Z", 1, 3);
        site.Episode(show, "2026-12-04T20:00:00Z", 1, 4);
        site.Build(); // now: 2026-11-27T12:00Z

        var doc = site.Html("tv/9100123/harbor-lights/index.html");
        var next = doc.QuerySelector(".next-airing")!;
        Assert.Contains("S01E03", next.TextContent, StringComparison.Ordinal);
        Assert.Equal("today", next.QuerySelector(".countdown")!.TextContent);
        Assert.NotNull(next.QuerySelector("a[data-simkl-link]"));

        var tables = doc.QuerySelectorAll("table.episodes-table");
        Assert.Equal(["3", "4"], tables[0].QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-episode")));
        Assert.Equal(["2", "1"], tables[1].QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-episode")));

        // The show's subscribe panel comes before the episodes, and only once.
        var feeds = doc.QuerySelectorAll("[data-subscribe]");
        Assert.Single(feeds);
        Assert.True(feeds[0].CompareDocumentPosition(tables[0]).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void Premieres_are_listed_by_day_in_time_order_with_the_day_as_heading()
    {
        using var site = Site();
        var a = site.Show(9100001, "Alpha");
        var b = site.Show(9100002, "Bravo");
        site.Episode(a, "2026-11-29T21:00:00Z", 1, 1);
        site.Episode(b, "2026-11-29T04:30:00Z", 2, 1);
        site.Build();

        var doc = site.Html("premieres/index.html");
        var day = doc.QuerySelector("section.day[data-day='2026-11-29']")!;
        Assert.Equal("/calendar/2026/11/29/", day.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal(["04:30", "21:00"], day.QuerySelectorAll("li.card time[data-time]").Select(t => t.TextContent));
        Assert.Empty(doc.QuerySelectorAll(".day-link"));
    }

    [Fact]
    public void Airing_today_is_listed_by_day_with_the_dates_and_each_day_in_time_order()
    {
        // Simkl's order: an evening episode, a date-only one, then one early tomorrow (UTC).
        using var site = Site();
        var a = site.Show(9100001, "Alpha");
        var b = site.Show(9100002, "Bravo");
        var c = site.Show(9100003, "Charlie");
        site.ListAsOf(ListFamily.Airing, MediaKind.Tv, "today", site.CapturedAt,
            new ListEntry { SimklId = a.SimklId, Kind = MediaKind.Tv, Position = 1, When = AiringTime.At(DateTimeOffset.Parse("2026-11-27T21:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), Season = 1, Episode = 2 },
            new ListEntry { SimklId = b.SimklId, Kind = MediaKind.Tv, Position = 2, When = AiringTime.On(new DateOnly(2026, 11, 27)), Season = 1, Episode = 3 },
            new ListEntry { SimklId = c.SimklId, Kind = MediaKind.Tv, Position = 3, When = AiringTime.At(DateTimeOffset.Parse("2026-11-28T04:30:00Z", System.Globalization.CultureInfo.InvariantCulture)), Season = 1, Episode = 4 });
        site.Build();

        var list = site.Html("airing/index.html").GetElementById("airing-today-tv")!;
        var days = list.QuerySelectorAll("section.day").Select(d =>
            d.QuerySelector("h3 time")!.GetAttribute("datetime") + ": " + string.Join(", ", d.QuerySelectorAll("li.card .row-meta time").Select(t => t.TextContent)));
        Assert.Equal(["2026-11-27: All day, 21:00", "2026-11-28: 04:30"], days);
    }
}
