using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>The subscribe panel: on home, calendars and title pages, the page's own feed first, then the site-wide ones; the /subscribe/ page lists them all.</summary>
public sealed class SubscribePanelTests
{
    private static TestSite Built()
    {
        var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org" } };
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 2);
        site.Build();
        return site;
    }

    [Theory]
    [InlineData("index.html", "/ics/all.ics")]
    [InlineData("calendar/index.html", "/ics/all.ics")]
    [InlineData("calendar/tv/index.html", "/ics/tv.ics")]
    [InlineData("calendar/2026/11/28/index.html", "/ics/all.ics")]
    [InlineData("tv/9100123/harbor-lights/index.html", "/ics/tv/9100123.ics")]
    [InlineData("subscribe/index.html", "/ics/all.ics")]
    public void The_panel_offers_the_pages_feed_first_and_every_site_feed_once(string page, string first)
    {
        using var site = Built();
        var panel = site.Html(page).QuerySelector("section[data-subscribe]")!;
        var feeds = panel.QuerySelectorAll("input[name='feed']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(first, feeds[0]);
        Assert.Equal(feeds.Distinct(), feeds);
        Assert.Superset(new HashSet<string> { "/ics/all.ics", "/ics/tv.ics", "/ics/anime.ics", "/ics/movies.ics", "/ics/premieres.ics", "/ics/finales.ics" }, feeds.ToHashSet());

        string Link(string which) => panel.QuerySelector($"a[data-subscribe-link='{which}']")!.GetAttribute("href")!;
        Assert.Equal("webcal://cal.example.org" + first, Link("webcal"));
        Assert.Equal("https://calendar.google.com/calendar/render?cid=" + Uri.EscapeDataString("webcal://cal.example.org" + first), Link("google"));
        Assert.StartsWith("https://outlook.live.com/calendar/0/addfromweb?url=" + Uri.EscapeDataString("https://cal.example.org" + first) + "&name=", Link("outlook"), StringComparison.Ordinal);
        Assert.Equal(first, Link("ics"));
        Assert.Equal("https://cal.example.org" + first, panel.QuerySelector("input[data-subscribe-url]")!.GetAttribute("value"));
        Assert.True(panel.QuerySelector("input[data-subscribe-url]")!.HasAttribute("readonly"));
        Assert.Equal(1, site.Html(page).QuerySelectorAll("section[data-subscribe]").Length);
    }

    [Fact]
    public void The_subscribe_page_lists_every_feed_timed_and_all_day_as_plain_links()
    {
        using var site = Built();
        var hrefs = site.Html("subscribe/index.html").QuerySelectorAll(".feed-list a").Select(a => a.GetAttribute("href")!).ToList();
        foreach (var kind in new[] { "all", "tv", "anime", "movies", "premieres", "finales" })
        {
            Assert.Contains($"/ics/{kind}.ics", hrefs);
            Assert.Contains($"/ics/{kind}-allday.ics", hrefs);
            Assert.Contains($"webcal://cal.example.org/ics/{kind}-allday.ics", hrefs);
        }
    }
}
