using System.Globalization;
using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>
/// Issue 13 on the built sample (as of 2026-11-27T12:00:00Z, with a client id): "Mark watched" by
/// the clock, the subscribe panel's links and copy button, filters kept in the address, the
/// time-zone and clock preferences.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActSubscribeTests(BrowserFixture fixture)
{
    private const string MarkVisible = "() => [...document.querySelectorAll('[data-mark-watched]')].map(a => a.getAttribute('data-aired-at') + ' ' + (a.hidden ? 'hidden' : 'shown'))";

    [Fact]
    public async Task Mark_watched_shows_on_aired_episodes_only_and_appears_when_the_clock_passes_the_airing()
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(now: null);
        await page.Context.Clock.InstallAsync(new() { TimeString = BrowserFixture.SampleNow });
        await page.GotoAsync(site.Url("day"));

        var now = DateTimeOffset.Parse(BrowserFixture.SampleNow, CultureInfo.InvariantCulture);
        var marks = await Marks(page.Page);
        Assert.Contains(marks, m => m.At <= now);
        Assert.Contains(marks, m => m.At > now);
        Assert.All(marks, m => Assert.Equal(m.At > now, m.Hidden));

        // Static HTML decides by the build's clock; without the script the same holds.
        await using var without = await fixture.OpenAsync(javaScript: false);
        await without.GotoAsync(site.Url("day"));
        Assert.Equal(marks, await Marks(without.Page));

        // The clock moves past the next airing: its button appears, later ones stay hidden.
        var next = marks.Where(m => m.At > now).Min(m => m.At);
        await page.Page.Clock.FastForwardAsync((long)(next - now).TotalMilliseconds + 60_000);
        var after = await Marks(page.Page);
        Assert.All(after, m => Assert.Equal(m.At > next, m.Hidden));
        Assert.Contains(after, m => m.At == next && !m.Hidden);

        var shown = page.Page.Locator("[data-mark-watched]:not([hidden])").First;
        var name = await shown.EvaluateAsync<string>("a => a.textContent");
        Assert.Matches(@"^✓ Mark watched: .+", name);
        page.AssertClean("day page with the clock moving");
    }

    private static async Task<List<(DateTimeOffset At, bool Hidden)>> Marks(IPage page) =>
        [.. (await page.EvaluateAsync<string[]>(MarkVisible))
            .Select(s => s.Split(' '))
            .Where(p => p[0] != "null")
            .Select(p => (DateTimeOffset.Parse(p[0], CultureInfo.InvariantCulture), p[1] == "hidden"))];

    [Fact]
    public async Task The_action_menu_opens_without_javascript_and_links_to_simkls_redirects()
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(javaScript: false);
        await page.GotoAsync(site.Url("calendar"));
        var menu = page.Page.Locator("details.action-menu").First;
        await menu.Locator("summary").ClickAsync();
        Assert.True(await menu.Locator("a[data-share]").IsVisibleAsync());
        Assert.StartsWith("https://api.simkl.com/redirect?to=twitter&", await menu.Locator("a[data-share]").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.StartsWith("https://api.simkl.com/redirect?to=trailer&", await menu.Locator("a[data-trailer]").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.StartsWith("https://simkl.com/", await menu.Locator("a[data-simkl-link]").GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_subscribe_panel_swaps_feeds_and_copies_the_exact_url()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync();
        await watched.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl.GetLeftPart(UriPartial.Authority) });
        await watched.GotoAsync(site.Url("home"));
        var page = watched.Page;
        var panel = page.Locator("[data-subscribe]");
        var baseUrl = (await panel.Locator("[data-subscribe-url]").InputValueAsync())[..^"/ics/all.ics".Length];

        await panel.Locator("button[data-copy]").ClickAsync();
        Assert.Equal(baseUrl + "/ics/all.ics", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Assertions.Expect(panel.Locator("[data-copy-status]")).ToHaveTextAsync("Copied.");

        await panel.GetByLabel("TV episodes").CheckAsync();
        await panel.GetByLabel("All-day", new() { Exact = false }).CheckAsync();
        var feed = baseUrl + "/ics/tv-allday.ics";
        var webcal = "webcal" + feed[feed.IndexOf("://", StringComparison.Ordinal)..];
        Assert.Equal(feed, await panel.Locator("[data-subscribe-url]").InputValueAsync());
        Assert.Equal(webcal, await panel.Locator("a[data-subscribe-link=webcal]").GetAttributeAsync("href"));
        Assert.Equal("https://calendar.google.com/calendar/render?cid=" + Uri.EscapeDataString(webcal), await panel.Locator("a[data-subscribe-link=google]").GetAttributeAsync("href"));
        Assert.StartsWith("https://outlook.live.com/calendar/0/addfromweb?url=" + Uri.EscapeDataString(feed) + "&name=", await panel.Locator("a[data-subscribe-link=outlook]").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("/ics/tv-allday.ics", await panel.Locator("a[data-subscribe-link=ics]").GetAttributeAsync("href"));
        Assert.Equal("Google Calendar: TV episodes, all-day", (await panel.Locator("a[data-subscribe-link=google]").TextContentAsync())!.Trim());

        await panel.Locator("button[data-copy]").ClickAsync();
        Assert.Equal(feed, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // The .ics link serves the feed it names.
        var response = await page.APIRequest.GetAsync(new Uri(site.BaseUrl, "/ics/tv-allday.ics").AbsoluteUri);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("BEGIN:VCALENDAR", await response.TextAsync(), StringComparison.Ordinal);
        watched.AssertClean("subscribe panel");
    }

    [Fact]
    public async Task A_title_page_offers_its_own_feed_and_adds_the_site_wide_ones_from_feeds_json()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync();
        await watched.GotoAsync(site.Url("title"));
        var panel = watched.Page.Locator("[data-subscribe]");
        var feeds = panel.Locator("input[name='feed']");

        // The title's own feed is in the page and checked; the six site-wide ones follow from
        // /api/v1/feeds.json, in site order, each once.
        await Assertions.Expect(feeds).ToHaveCountAsync(7);
        var values = await feeds.EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
        Assert.Matches("^/ics/tv/[0-9]+\\.ics$", values[0]);
        Assert.Equal(["/ics/all.ics", "/ics/tv.ics", "/ics/anime.ics", "/ics/movies.ics", "/ics/premieres.ics", "/ics/finales.ics"], values[1..]);
        Assert.True(await feeds.First.IsCheckedAsync());

        var baseUrl = (await panel.Locator("[data-subscribe-url]").InputValueAsync())[..^values[0].Length]; // the site's configured address
        await panel.GetByLabel("Premieres").CheckAsync();
        await panel.GetByLabel("All-day", new() { Exact = false }).CheckAsync();
        Assert.Equal(baseUrl + "/ics/premieres-allday.ics", await panel.Locator("[data-subscribe-url]").InputValueAsync());
        Assert.Equal("/ics/premieres-allday.ics", await panel.Locator("a[data-subscribe-link=ics]").GetAttributeAsync("href"));
        Assert.StartsWith("webcal://", await panel.Locator("a[data-subscribe-link=webcal]").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("Premieres", await panel.Locator("[data-subscribe-label]").TextContentAsync());

        // Back to the title's own feed: its links again.
        await feeds.First.CheckAsync();
        Assert.Equal(baseUrl + values[0].Replace(".ics", "-allday.ics", StringComparison.Ordinal), await panel.Locator("[data-subscribe-url]").InputValueAsync());
        watched.AssertClean("title page subscribe panel");
    }

    [Fact]
    public async Task Without_feeds_json_the_panel_keeps_the_pages_own_feed_working()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync();
        await watched.Page.RouteAsync("**/api/v1/feeds.json", route => route.FulfillAsync(new() { Status = 503, Body = "down" }));
        var feedsJson = new Uri(site.BaseUrl, "/api/v1/feeds.json").AbsoluteUri;
        var answered = watched.Page.WaitForResponseAsync(feedsJson);
        await watched.GotoAsync(site.Url("title"));
        await answered;
        var panel = watched.Page.Locator("[data-subscribe]");

        await Assertions.Expect(panel.Locator("[data-subscribe-choices]")).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("input[name='feed']")).ToHaveCountAsync(1);
        await panel.GetByLabel("All-day", new() { Exact = false }).CheckAsync();
        Assert.Matches("^/ics/tv/[0-9]+-allday\\.ics$", await panel.Locator("a[data-subscribe-link=ics]").GetAttributeAsync("href"));

        // The failed document is the only problem (Chromium logs its status as a console error too).
        Assert.Contains("HTTP 503: " + feedsJson, watched.Problems);
        Assert.All(watched.Problems, p => Assert.True(p.Contains("503", StringComparison.Ordinal), p));
    }

    [Fact]
    public async Task Filters_round_trip_through_the_address_and_an_empty_result_offers_a_reset()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync(site.Url("calendar"));
        var all = (await ScriptTests.VisibleCards(page)).Count;
        Assert.False(await page.IsVisibleAsync("[data-filter-alt]")); // the kind choice replaces the tab links

        await page.GetByLabel("Anime", new() { Exact = true }).UncheckAsync();
        Assert.Equal("?kind=tv&kind=movie", await page.EvaluateAsync<string>("() => location.search"));
        var withoutAnime = (await ScriptTests.VisibleCards(page)).Count;
        Assert.True(withoutAnime < all);

        await page.ReloadAsync();
        Assert.False(await page.GetByLabel("Anime", new() { Exact = true }).IsCheckedAsync());
        Assert.Equal(withoutAnime, (await ScriptTests.VisibleCards(page)).Count);
        Assert.Equal(0, await page.Locator("main [data-kind=anime]:visible").CountAsync());

        // A combination with nothing in it: a clear empty state and a reset.
        await watched.GotoAsync(site.Url("calendar") + "?kind=movie&finales=1");
        Assert.True(await page.IsCheckedAsync("input[name=finales]"));
        await Assertions.Expect(page.Locator("[data-filter-empty]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-filter-reset]");
        Assert.Equal(all, (await ScriptTests.VisibleCards(page)).Count);
        Assert.Equal("", await page.EvaluateAsync<string>("() => location.search"));
        Assert.False(await page.IsVisibleAsync("[data-filter-empty]"));

        // Every day section of the page follows the address (the home page is a short selection without filters).
        await watched.GotoAsync(site.Url("calendar") + "?kind=movie");
        Assert.Equal(0, await page.Locator("main [data-kind=tv]:visible, main [data-kind=anime]:visible").CountAsync());
        watched.AssertClean("filters in the address");
    }

    [Fact]
    public async Task A_kind_calendar_offers_no_kind_filter()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync();
        await watched.GotoAsync(new Uri(site.BaseUrl, "/calendar/tv/").AbsoluteUri);
        Assert.True(await watched.Page.IsVisibleAsync("form[data-filters]"));
        Assert.Equal(0, await watched.Page.Locator("form[data-filters] input[name=kind]:visible").CountAsync());
        Assert.True(await watched.Page.IsVisibleAsync("[data-filter-alt]")); // the other kinds stay reachable
    }

    [Fact]
    public async Task A_zone_override_regroups_days_and_the_clock_choice_shows_12_hour_times()
    {
        await using var watched = await fixture.OpenAsync("UTC");
        var page = watched.Page;
        await watched.GotoAsync(new Uri(await fixture.ScriptSiteAsync(), "calendar/").AbsoluteUri);
        await page.EvaluateAsync("() => localStorage.setItem('simkl-prefs', JSON.stringify({ zone: 'Asia/Tokyo', hours: '12' }))");
        await page.ReloadAsync();

        // The same layout a visitor in Tokyo gets (ScriptTests), in a browser set to UTC, with 12-hour times.
        Assert.Equal(
            [
                "2026-11-27 [today] Friday, 27 November 2026: 501@All day, 101@11:00 AM, 201@7:00 PM",
                "2026-11-28 Saturday, 28 November 2026: 502@All day, 102@1:30 AM, 103@10:00 AM, 104@9:00 PM",
                "2026-12-01 Tuesday, 1 December 2026: 202@8:30 AM",
            ],
            await CalendarLayout.ReadAsync(page));
        Assert.Equal("Asia/Tokyo", await page.InnerTextAsync("[data-zone-name]"));
        watched.AssertClean("zone override");
    }

    [Fact]
    public async Task Times_are_in_changes_the_zone_through_the_searchable_list()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync("UTC");
        var page = watched.Page;
        await watched.GotoAsync(site.Url("calendar"));
        Assert.Equal("UTC", await page.InnerTextAsync("[data-zone-name]"));

        await page.ClickAsync("[data-prefs-toggle]");
        Assert.True(await page.Locator("datalist option[value='America/New_York']").CountAsync() == 1);
        await page.FillAsync("form.prefs input[name=zone]", "Nowhere/Atlantis");
        await page.ClickAsync("form.prefs button[type=submit]");
        await Assertions.Expect(page.Locator(".prefs-error")).ToContainTextAsync("not a time zone");

        await page.FillAsync("form.prefs input[name=zone]", "America/New_York");
        await page.CheckAsync("form.prefs input[name=hours][value='12']");
        await page.ClickAsync("form.prefs button[type=submit]");
        await Assertions.Expect(page.Locator("[data-zone-name]").First).ToHaveTextAsync("America/New_York");
        // Polled in the page, not WaitForLoadStateAsync: its check-then-subscribe can miss the event.
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        Assert.Matches(@"^\d{1,2}:\d{2} (AM|PM)$", await page.InnerTextAsync("[data-calendar] time[data-time]"));

        // The embeds of this site follow the same choice.
        await watched.GotoAsync(new Uri(site.BaseUrl, "/embed/calendar/").AbsoluteUri);
        Assert.Equal("America/New_York", await page.InnerTextAsync("[data-zone-name]"));
        watched.AssertClean("preferences");
    }

    [Theory]
    [InlineData("calendar", "light")]
    [InlineData("calendar", "dark")]
    [InlineData("subscribe", "light")]
    [InlineData("embed", "dark")]
    public async Task The_new_panels_have_no_axe_violations_and_fit_320px(string key, string scheme)
    {
        var site = await fixture.SampleSiteAsync();
        foreach (var width in new[] { 320, 1280 })
        {
            await using var page = await fixture.OpenAsync(width: width, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
            await page.GotoAsync(site.Url(key));
            // Open what the script hides: the time preferences and an action menu.
            if (await page.Page.Locator("[data-prefs-toggle]").CountAsync() > 0)
            {
                await page.Page.Locator("[data-prefs-toggle]").First.ClickAsync();
            }
            if (await page.Page.Locator("details.action-menu").CountAsync() > 0)
            {
                await page.Page.Locator("details.action-menu summary").First.ClickAsync();
            }

            var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{key} is {scrollWidth}px wide at {width}px");
            var violations = await Axe.ViolationsAsync(page.Page, fixture.AxeSource);
            Assert.True(violations.Count == 0, $"axe-core on {key} ({scheme}, {width}px):\n  " + string.Join("\n  ", violations));
        }
    }
}
