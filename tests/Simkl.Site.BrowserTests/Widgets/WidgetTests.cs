using System.Text;
using Microsoft.Playwright;

namespace Simkl.Site.BrowserTests.Widgets;

/// <summary>
/// The &lt;simkl-calendar&gt; web component on a page of another origin: it loads the site's JSON
/// cross-origin, renders the right entries by the visitor's local day, keeps hostile titles as
/// text, and passes axe.
/// </summary>
public sealed class WidgetTests(WidgetFixture fixture) : IClassFixture<WidgetFixture>
{
    private static int _pages;

    /// <summary>Puts a host page on the host server (another origin than the site) and returns its URL.</summary>
    private string HostPage(string widgetAttributes, string? scriptUrl = null)
    {
        var name = $"host-{Interlocked.Increment(ref _pages)}.html";
        var script = scriptUrl ?? fixture.Site.BaseUrl + "widget.js";
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Host page</title><script src="{script}" defer></script></head>
            <body>
            <main>
            <h1>A blog that embeds the calendar</h1>
            <h2>Coming up</h2>
            <simkl-calendar {widgetAttributes}></simkl-calendar>
            </main>
            </body>
            </html>
            """;
        fixture.Host.Files[name] = Encoding.UTF8.GetBytes(html);
        return fixture.Host.BaseUrl + name;
    }

    private static async Task<ILocator> RenderedAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        var box = page.Locator("simkl-calendar .w[aria-busy=false]");
        await box.WaitForAsync(new() { Timeout = 10_000 });
        return box;
    }

    /// <summary>Each day section as "day: item | item" with the visible time and text of each entry.</summary>
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
        var page = await fixture.NewPageAsync(zone);
        await RenderedAsync(page, HostPage("days=\"14\" limit=\"50\""));
        var days = await DaysAsync(page);
        Assert.Equal(expected.Select(e => e.Replace("HOSTILE", WidgetSite.HostileName, StringComparison.Ordinal)), days);

        // Timed entries carry the UTC instant; date-only ones their date.
        var datetimes = await page.Locator("simkl-calendar li time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.Equal(["2026-11-27T23:30:00Z", "2026-11-28T01:00:00Z", "2026-11-29T15:00:00Z", "2026-12-04"], datetimes);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reads_the_sites_own_json_by_default_and_links_open_simkl_in_a_new_tab()
    {
        var page = await fixture.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await RenderedAsync(page, HostPage(""));
        Assert.Contains(fixture.Site.BaseUrl + "api/v1/calendar.json", requests);

        var links = page.Locator("simkl-calendar li a");
        Assert.Equal(3, await links.CountAsync()); // days defaults to 7: the 4 December release is out
        var harbor = links.Nth(1);
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights", await harbor.GetAttributeAsync("href"));
        Assert.Equal("_blank", await harbor.GetAttributeAsync("target"));
        Assert.Equal("noopener noreferrer", await harbor.GetAttributeAsync("rel"));
        var li = page.Locator("simkl-calendar li[data-simkl-id='9100123']");
        Assert.Equal("tv", await li.GetAttributeAsync("data-kind"));
        Assert.Equal("4", await li.GetAttributeAsync("data-episode"));
        var text = await li.InnerTextAsync();
        Assert.Contains("S03E04", text, StringComparison.Ordinal);
        Assert.Contains("Season finale", text, StringComparison.Ordinal);
        Assert.Contains("The Tide", text, StringComparison.Ordinal);
        Assert.Equal("date", await page.Locator("simkl-calendar section[data-day='2026-11-27']").GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Kind_days_and_limit_filter_the_entries()
    {
        var page = await fixture.NewPageAsync();
        await RenderedAsync(page, HostPage("kind=\"anime\""));
        Assert.Equal(["2026-11-29: 15:00 Star Drift"], await DaysAsync(page));

        await RenderedAsync(page, HostPage("days=\"2\""));
        Assert.Equal(2, await page.Locator("simkl-calendar li").CountAsync());

        await RenderedAsync(page, HostPage("limit=\"1\" days=\"30\""));
        Assert.Equal(1, await page.Locator("simkl-calendar li").CountAsync());

        await RenderedAsync(page, HostPage("kind=\"movies\" days=\"14\""));
        Assert.Equal(["2026-12-04: All day Quiet Orbit"], await DaysAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Hostile_titles_stay_text_and_inject_nothing()
    {
        var page = await fixture.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await RenderedAsync(page, HostPage("days=\"14\""));
        var shadow = await page.EvaluateAsync<string[]>("""
            () => {
              const root = document.querySelector('simkl-calendar').shadowRoot;
              const allowed = new Set(['DIV', 'P', 'SECTION', 'H3', 'UL', 'LI', 'TIME', 'A', 'SPAN']);
              return [...root.querySelectorAll('*')].map(e => e.tagName).filter(t => !allowed.has(t));
            }
            """);
        Assert.Empty(shadow);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img, script:not([src])').length"));
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, dialogs);

        var hostile = page.Locator("simkl-calendar li[data-simkl-id='9100200']");
        Assert.Equal(WidgetSite.HostileName, await hostile.Locator("a").EvaluateAsync<string>("a => a.firstChild.textContent"));
        Assert.Contains("<b>bold</b> & \"so\"", await hostile.InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Only_http_links_are_made_from_data()
    {
        fixture.Site.Files["api/evil.json"] = Encoding.UTF8.GetBytes("""
            {"version":1,"site":{"title":"Evil","url":"javascript:alert(1)"},"items":[
              {"kind":"tv","simklId":1,"title":"Js link","airsAt":"2026-11-27T20:00:00Z","url":"javascript:alert(1)"},
              {"kind":"tv","simklId":2,"title":"Data link","airsAt":"2026-11-27T21:00:00Z","url":"data:text/html,<script>alert(1)</script>"},
              {"kind":"tv","simklId":3,"title":"Fine","airsAt":"2026-11-27T22:00:00Z","url":"https://simkl.com/tv/3/fine"},
              {"kind":"tv","simklId":4,"title":"Bad time","airsAt":"tomorrow","url":"https://simkl.com/tv/4"}
            ]}
            """);
        var page = await fixture.NewPageAsync();
        await RenderedAsync(page, HostPage($"src=\"{fixture.Site.BaseUrl}api/evil.json\""));
        var hrefs = await page.Locator("simkl-calendar a").EvaluateAllAsync<string[]>("els => els.map(a => a.getAttribute('href'))");
        Assert.Equal(["https://simkl.com/tv/3/fine", "https://simkl.com/"], hrefs);
        Assert.Equal(3, await page.Locator("simkl-calendar li").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Shows_an_error_when_the_data_cannot_be_loaded()
    {
        var page = await fixture.NewPageAsync();
        // Same server, no CORS header on this path: the browser must refuse the cross-origin read.
        fixture.Site.Files["private/calendar.json"] = fixture.Site.Files["api/v1/calendar.json"];
        await RenderedAsync(page, HostPage($"src=\"{fixture.Site.BaseUrl}private/calendar.json\""));
        Assert.Equal("The calendar could not be loaded.", await page.Locator("simkl-calendar p[role=status]").InnerTextAsync());

        await RenderedAsync(page, HostPage($"src=\"{fixture.Site.BaseUrl}api/v1/missing.json\""));
        Assert.Equal("The calendar could not be loaded.", await page.Locator("simkl-calendar p[role=status]").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("", ColorScheme.Light, "rgb(255, 255, 255)")]
    [InlineData("", ColorScheme.Dark, "rgb(22, 24, 28)")]
    [InlineData("theme=\"dark\"", ColorScheme.Light, "rgb(22, 24, 28)")]
    [InlineData("theme=\"light\"", ColorScheme.Dark, "rgb(255, 255, 255)")]
    public async Task Theme_follows_the_attribute_or_the_visitor(string attributes, ColorScheme scheme, string background)
    {
        var page = await fixture.NewPageAsync(scheme: scheme);
        var box = await RenderedAsync(page, HostPage(attributes));
        Assert.Equal(background, await box.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_in_the_widget(ColorScheme scheme)
    {
        var page = await fixture.NewPageAsync("America/New_York", scheme);
        await page.SetViewportSizeAsync(300, 800);
        await RenderedAsync(page, HostPage("days=\"14\""));
        Assert.Empty(await WidgetFixture.AxeViolationsAsync(page));

        // It fits a 300 px wide column without horizontal scrolling.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 300"));
        await page.Context.CloseAsync();
    }
}
