using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests.Widgets;

/// <summary>
/// The &lt;simkl-calendar&gt; web component on a page of another origin: it loads the site's JSON
/// cross-origin (CORS from netlify.toml), renders the right entries by the visitor's local day,
/// keeps hostile titles as text, makes only http(s) links, and passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetTests(BrowserFixture browser, WidgetSites sites) : IClassFixture<WidgetSites>
{
    private string Host(string attributes) => sites.HostPage(
        "A blog that embeds the calendar",
        $"<h2>Coming up</h2>\n<simkl-calendar {attributes}></simkl-calendar>",
        $"<script src=\"{sites.SiteUrl}widget.js\" defer></script>");

    private Task<WatchedPage> OpenAsync(string zone = "UTC", ColorScheme scheme = ColorScheme.Light, int width = 800) =>
        browser.OpenAsync(zone, scheme: scheme, width: width, now: WidgetSite.NowText);

    private static async Task<ILocator> RenderedAsync(WatchedPage page, string url)
    {
        await page.GotoAsync(url);
        var box = page.Page.Locator("simkl-calendar .w[aria-busy=false]");
        await box.WaitForAsync(new() { Timeout = 15_000 });
        return box;
    }

    /// <summary>Each day section as "day: time title | time title".</summary>
    private static async Task<List<string>> DaysAsync(IPage page) => [.. await page.EvaluateAsync<string[]>("""
        () => [...document.querySelector('simkl-calendar').shadowRoot.querySelectorAll('section')].map(s =>
          s.dataset.day + ': ' + [...s.querySelectorAll('li')].map(li =>
            li.querySelector('time').textContent + ' ' + li.querySelector('a, span').firstChild.textContent).join(' | '))
        """)];

    [Theory]
    [InlineData("UTC", new[] { "2026-11-27: 23:30 HOSTILE", "2026-11-28: 01:00 Harbor Lights", "2026-11-29: 15:00 Star Drift", "2026-12-04: All day Quiet Orbit" })]
    [InlineData("America/New_York", new[] { "2026-11-27: 18:30 HOSTILE | 20:00 Harbor Lights", "2026-11-29: 10:00 Star Drift", "2026-12-04: All day Quiet Orbit" })]
    [InlineData("Asia/Tokyo", new[] { "2026-11-28: 08:30 HOSTILE | 10:00 Harbor Lights", "2026-11-30: 00:00 Star Drift", "2026-12-04: All day Quiet Orbit" })]
    public async Task Renders_entries_by_local_day_in_the_browser_zone(string zone, string[] expected)
    {
        await using var page = await OpenAsync(zone);
        await RenderedAsync(page, Host("days=\"14\" limit=\"50\""));
        Assert.Equal(expected.Select(e => e.Replace("HOSTILE", WidgetSite.HostileName, StringComparison.Ordinal)), await DaysAsync(page.Page));

        // Timed entries carry the UTC instant; date-only ones their date.
        var datetimes = await page.Page.Locator("simkl-calendar li time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.Equal(["2026-11-27T23:30:00Z", "2026-11-28T01:00:00Z", "2026-11-29T15:00:00Z", "2026-12-04"], datetimes);
        page.AssertClean($"widget in {zone}");
    }

    [Fact]
    public async Task Reads_the_sites_own_json_cross_origin_and_links_open_simkl_in_a_new_tab()
    {
        await using var page = await OpenAsync();
        var responses = new List<IResponse>();
        page.Page.Response += (_, r) => responses.Add(r);
        await RenderedAsync(page, Host(""));

        // The default src is the script's own site, and the CDN headers allow the read.
        var json = Assert.Single(responses, r => r.Url == sites.SiteUrl + "api/v1/calendar.json");
        Assert.Equal("*", await json.HeaderValueAsync("access-control-allow-origin"));

        var links = page.Page.Locator("simkl-calendar li a");
        Assert.Equal(3, await links.CountAsync()); // days defaults to 7: the 4 December release is out
        var harbor = links.Nth(1);
        // An episode links to its Simkl episode page, built from kind, id, slug, season and episode (docs/data-rules.md).
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-4/", await harbor.GetAttributeAsync("href"));
        Assert.Equal("_blank", await harbor.GetAttributeAsync("target"));
        Assert.Equal("noopener noreferrer", await harbor.GetAttributeAsync("rel"));
        var li = page.Page.Locator("simkl-calendar li[data-simkl-id='9100123']");
        Assert.Equal("tv", await li.GetAttributeAsync("data-kind"));
        Assert.Equal("4", await li.GetAttributeAsync("data-episode"));
        var text = await li.InnerTextAsync();
        Assert.Contains("S03E04", text, StringComparison.Ordinal);
        Assert.Contains("Season finale", text, StringComparison.Ordinal);
        Assert.Contains("The Tide", text, StringComparison.Ordinal);
        Assert.Equal("date", await page.Page.Locator("simkl-calendar section[data-day='2026-11-27']").GetAttributeAsync("aria-current"));
        page.AssertClean("widget with defaults");
    }

    [Fact]
    public async Task Kind_days_and_limit_filter_the_entries()
    {
        await using var page = await OpenAsync();
        await RenderedAsync(page, Host("kind=\"anime\""));
        Assert.Equal(["2026-11-29: 15:00 Star Drift"], await DaysAsync(page.Page));

        await RenderedAsync(page, Host("days=\"2\""));
        Assert.Equal(2, await page.Page.Locator("simkl-calendar li").CountAsync());

        await RenderedAsync(page, Host("limit=\"1\" days=\"30\""));
        Assert.Equal(1, await page.Page.Locator("simkl-calendar li").CountAsync());

        await RenderedAsync(page, Host("kind=\"movies\" days=\"14\""));
        Assert.Equal(["2026-12-04: All day Quiet Orbit"], await DaysAsync(page.Page));
        page.AssertClean("widget filters");
    }

    [Fact]
    public async Task Hostile_titles_stay_text_and_inject_nothing()
    {
        await using var page = await OpenAsync();
        var dialogs = 0;
        page.Page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await RenderedAsync(page, Host("days=\"14\""));
        var unexpected = await page.Page.EvaluateAsync<string[]>("""
            () => {
              const root = document.querySelector('simkl-calendar').shadowRoot;
              const allowed = new Set(['DIV', 'P', 'SECTION', 'H3', 'UL', 'LI', 'TIME', 'A', 'SPAN']);
              return [...root.querySelectorAll('*')].map(e => e.tagName).filter(t => !allowed.has(t));
            }
            """);
        Assert.Empty(unexpected);
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => document.querySelectorAll('img, script:not([src])').length"));
        Assert.Null(await page.Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, dialogs);

        var hostile = page.Page.Locator("simkl-calendar li[data-simkl-id='9100200']");
        Assert.Equal(WidgetSite.HostileName, await hostile.Locator("a").EvaluateAsync<string>("a => a.firstChild.textContent"));
        Assert.Contains("<b>bold</b> & \"so\"", await hostile.InnerTextAsync(), StringComparison.Ordinal);
        page.AssertClean("widget with hostile titles");
    }

    [Fact]
    public async Task Only_http_links_are_made_from_data()
    {
        sites.SiteFile("api/evil.json", """
            {"version":1,"site":{"title":"Evil","url":"javascript:alert(1)"},"items":[
              {"kind":"tv","simklId":1,"title":"Js link","airsAt":"2026-11-27T20:00:00Z","url":"javascript:alert(1)"},
              {"kind":"tv","simklId":2,"title":"Data link","airsAt":"2026-11-27T21:00:00Z","url":"data:text/html,<script>alert(1)</script>"},
              {"kind":"tv","simklId":3,"title":"Fine","airsAt":"2026-11-27T22:00:00Z","url":"https://simkl.com/tv/3/fine"},
              {"kind":"tv","simklId":4,"title":"Bad time","airsAt":"tomorrow","url":"https://simkl.com/tv/4"}
            ]}
            """);
        await using var page = await OpenAsync();
        await RenderedAsync(page, Host($"src=\"{sites.SiteUrl}api/evil.json\""));
        var hrefs = await page.Page.Locator("simkl-calendar a").EvaluateAllAsync<string[]>("els => els.map(a => a.getAttribute('href'))");
        Assert.Equal(["https://simkl.com/tv/3/fine", "https://simkl.com/"], hrefs);
        Assert.Equal(3, await page.Page.Locator("simkl-calendar li").CountAsync());
        page.AssertClean("widget with hand-made data");
    }

    [Fact]
    public async Task Shows_an_error_when_the_data_cannot_be_read()
    {
        await using var page = await OpenAsync();
        // The same JSON outside /api/: netlify.toml sends no CORS header there, so the browser
        // must refuse the cross-origin read (this is what the header is for).
        sites.SiteFile("private/calendar.json", System.Text.Encoding.UTF8.GetString(sites.ReadSiteFile("api/v1/calendar.json")));
        await RenderedAsync(page, Host($"src=\"{sites.SiteUrl}private/calendar.json\""));
        Assert.Equal("The calendar could not be loaded.", await page.Page.Locator("simkl-calendar p[role=status]").InnerTextAsync());

        await RenderedAsync(page, Host($"src=\"{sites.SiteUrl}api/v1/missing.json\""));
        Assert.Equal("The calendar could not be loaded.", await page.Page.Locator("simkl-calendar p[role=status]").InnerTextAsync());
    }

    [Theory]
    [InlineData("", ColorScheme.Light, "rgb(255, 255, 255)")]
    [InlineData("", ColorScheme.Dark, "rgb(18, 20, 23)")]
    [InlineData("theme=\"dark\"", ColorScheme.Light, "rgb(18, 20, 23)")]
    [InlineData("theme=\"light\"", ColorScheme.Dark, "rgb(255, 255, 255)")]
    public async Task Theme_follows_the_attribute_or_the_visitor(string attributes, ColorScheme scheme, string background)
    {
        await using var page = await OpenAsync(scheme: scheme);
        var box = await RenderedAsync(page, Host(attributes));
        Assert.Equal(background, await box.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_in_the_widget_and_it_fits_300_px(ColorScheme scheme)
    {
        await using var page = await OpenAsync("America/New_York", scheme, width: 300);
        await RenderedAsync(page, Host("days=\"14\""));
        var violations = await Infrastructure.Axe.ViolationsAsync(page.Page, browser.AxeSource);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 300"), "the widget overflows 300 px");
        page.AssertClean("widget under axe");
    }
}
