using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>The subscribe panel: on home, calendars and title pages, the page's own feeds, the site-wide ones from /api/v1/feeds.json; the /subscribe/ page carries them all.</summary>
public sealed class SubscribePanelTests
{
    private static TestSite Built()
    {
        var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org" } };
        site.Generators.Add(new Simkl.Site.Outputs.Api.BuildApiJson());
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 2);
        site.Build();
        return site;
    }

    private static readonly string[] SiteWide = ["/ics/all.ics", "/ics/tv.ics", "/ics/anime.ics", "/ics/movies.ics", "/ics/premieres.ics", "/ics/finales.ics"];

    [Theory]
    [InlineData("index.html", "/ics/all.ics")]
    [InlineData("calendar/index.html", "/ics/all.ics /ics/tv.ics /ics/anime.ics /ics/movies.ics")]
    [InlineData("calendar/tv/index.html", "/ics/tv.ics")]
    [InlineData("calendar/2026/11/28/index.html", "/ics/all.ics /ics/tv.ics /ics/anime.ics /ics/movies.ics")]
    [InlineData("tv/9100123/harbor-lights/index.html", "/ics/tv/9100123.ics")]
    [InlineData("subscribe/index.html", "/ics/all.ics /ics/tv.ics /ics/anime.ics /ics/movies.ics /ics/premieres.ics /ics/finales.ics")]
    public void The_panel_offers_the_pages_own_feeds_and_names_the_document_with_the_others(string page, string own)
    {
        using var site = Built();
        var panel = site.Html(page).QuerySelector("section[data-subscribe]")!;
        var feeds = panel.QuerySelectorAll("input[name='feed']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(own.Split(' '), feeds);
        var first = feeds[0];
        Assert.Equal(first, panel.QuerySelector("input[name='feed']:checked")!.GetAttribute("value"));

        // The site-wide feeds the page does not carry come from /api/v1/feeds.json (subscribe.js);
        // a page that carries them all names no document.
        var more = panel.QuerySelector("[data-subscribe-choices]")!.GetAttribute("data-subscribe-feeds");
        Assert.Equal(SiteWide.Except(feeds).Any() ? "/api/v1/feeds.json" : null, more);

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
    public void Feeds_json_carries_each_site_wide_feed_once_with_the_links_the_pages_carry()
    {
        // The subscribe page carries every site-wide feed inline: the document must offer the
        // same choice, attribute for attribute, as subscribe.js copies it into other pages.
        using var site = Built();
        using var doc = System.Text.Json.JsonDocument.Parse(site.Text("api/v1/feeds.json"));
        var feeds = doc.RootElement.GetProperty("feeds").EnumerateArray().ToList();
        Assert.Equal(SiteWide, feeds.Select(f => f.GetProperty("timed").GetProperty("path").GetString()));
        var inputs = site.Html("subscribe/index.html").QuerySelectorAll("section[data-subscribe] input[name='feed']").ToList();
        Assert.Equal(feeds.Count, inputs.Count);
        foreach (var (feed, input) in feeds.Zip(inputs))
        {
            Assert.Equal(input.GetAttribute("data-label"), feed.GetProperty("label").GetString());
            foreach (var (prefix, variant) in new[] { ("data-", "timed"), ("data-allday-", "allDay") })
            {
                var links = feed.GetProperty(variant);
                foreach (var name in new[] { "url", "webcal", "google", "outlook" })
                {
                    Assert.Equal(input.GetAttribute(prefix + name), links.GetProperty(name).GetString());
                }

                Assert.Equal(input.GetAttribute(prefix + "ics"), links.GetProperty("path").GetString());
            }
        }
    }

    [Fact]
    public void A_title_page_no_longer_repeats_the_site_wide_choices()
    {
        using var site = Built();
        var html = site.Text("tv/9100123/harbor-lights/index.html");
        Assert.DoesNotContain("/ics/premieres.ics", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/ics/all-allday.ics", html, StringComparison.Ordinal);
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
