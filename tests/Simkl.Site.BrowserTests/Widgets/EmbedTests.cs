using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests.Widgets;

/// <summary>
/// The iframe widget pages (/embed/calendar/...) and the /embed/ index, built by the real pipeline
/// and served with netlify.toml's headers: framable from another origin (while ordinary pages are
/// not), compact at 300 px, themed, accessible, links leave the frame.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedTests(BrowserFixture browser, WidgetSites sites) : IClassFixture<WidgetSites>
{
    private Task<WatchedPage> OpenAsync(string zone = "UTC", ColorScheme scheme = ColorScheme.Light, int width = 800) =>
        browser.OpenAsync(zone, scheme: scheme, width: width, now: WidgetSite.NowText);

    /// <summary>
    /// A page that may inject axe: the CDN's CSP (script-src 'self') forbids the inline script
    /// Playwright adds, so only these contexts bypass it. The pages' own scripts are all files.
    /// </summary>
    private Task<WatchedPage> OpenForAxeAsync(string zone, ColorScheme scheme, int width) =>
        WatchedPage.OpenAsync(browser.Browser, new BrowserNewContextOptions
        {
            TimezoneId = zone,
            Locale = "en-GB",
            ColorScheme = scheme,
            ViewportSize = new() { Width = width, Height = 900 },
            BypassCSP = true,
        }, WidgetSite.NowText);

    [Fact]
    public async Task Embed_pages_can_be_framed_by_another_site_but_other_pages_cannot()
    {
        await using var page = await OpenAsync("America/New_York");
        var url = sites.HostPage("Framing", $"""
            <iframe id="ok" name="ok" src="{sites.SiteUrl}embed/calendar/" title="Calendar widget" width="300" height="480"></iframe>
            <iframe id="denied" name="denied" src="{sites.SiteUrl}calendar/" title="Full calendar" width="300" height="480"></iframe>
            """);
        await page.GotoAsync(url);

        var frame = page.Page.FrameLocator("#ok");
        Assert.Equal("TV, anime and movies: next 7 days", await frame.Locator("h1").InnerTextAsync());
        // site.js in the frame shows the visitor's zone: 01:00 UTC on the 28th is 20:00 on the 27th in New York.
        var harbor = frame.Locator("section[data-day='2026-11-27'] li[data-simkl-id='9100123'] time[data-time]");
        await Assertions.Expect(harbor).ToHaveTextAsync("20:00");

        // The full calendar page refuses to be framed (X-Frame-Options DENY, frame-ancestors 'none').
        var denied = page.Page.Frame("denied") ?? throw new InvalidOperationException("no frame named denied");
        Assert.Equal("chrome-error://chromewebdata/", denied.Url);
        Assert.Contains(page.Problems, p => p.Contains($"{sites.SiteUrl}calendar/: net::ERR_BLOCKED_BY_RESPONSE", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Problems, p => p.Contains("/embed/", StringComparison.Ordinal));
        Assert.Equal(1, await page.Page.Frame("ok")!.Locator("h1").CountAsync());
    }

    [Fact]
    public async Task Links_open_outside_the_frame_and_hostile_titles_are_text()
    {
        await using var page = await OpenAsync();
        await page.GotoAsync(sites.SiteUrl + "embed/calendar/");
        var links = await page.Page.Locator("a").EvaluateAllAsync<string[]>("els => els.map(a => a.target + ' ' + a.rel + ' ' + a.href)");
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("_blank noopener", l, StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-4/", StringComparison.Ordinal));

        var hostile = page.Page.Locator("li[data-simkl-id='9100200'] a[data-simkl-link]");
        Assert.Equal(WidgetSite.HostileName, await hostile.EvaluateAsync<string>("a => a.firstChild.textContent"));
        Assert.Equal(0, await page.Page.Locator("main img, main b, script:not([src])").CountAsync());
        Assert.Null(await page.Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        page.AssertClean("embed page");
    }

    [Theory]
    [InlineData("embed/calendar/", ColorScheme.Light, "rgb(255, 255, 255)")]
    [InlineData("embed/calendar/", ColorScheme.Dark, "rgb(18, 20, 23)")]
    [InlineData("embed/calendar/dark/", ColorScheme.Light, "rgb(18, 20, 23)")]
    [InlineData("embed/calendar/tv/light/", ColorScheme.Dark, "rgb(255, 255, 255)")]
    [InlineData("embed/calendar/?theme=dark", ColorScheme.Light, "rgb(18, 20, 23)")]
    [InlineData("embed/calendar/dark/?theme=light", ColorScheme.Dark, "rgb(255, 255, 255)")]
    public async Task Theme_is_light_dark_or_follows_the_host(string path, ColorScheme scheme, string background)
    {
        await using var page = await OpenAsync(scheme: scheme);
        await page.GotoAsync(sites.SiteUrl + path);
        Assert.Equal(background, await page.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        page.AssertClean(path);
    }

    [Theory]
    [InlineData("embed/calendar/", ColorScheme.Light)]
    [InlineData("embed/calendar/", ColorScheme.Dark)]
    [InlineData("embed/calendar/tv/dark/", ColorScheme.Light)]
    [InlineData("embed/calendar/movies/", ColorScheme.Light)]
    public async Task Embed_pages_pass_axe_and_fit_300_px(string path, ColorScheme scheme)
    {
        await using var page = await OpenForAxeAsync("Asia/Tokyo", scheme, width: 300);
        await page.GotoAsync(sites.SiteUrl + path);
        var violations = await Infrastructure.Axe.ViolationsAsync(page.Page, browser.AxeSource);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 300"), $"{path} overflows 300 px");
        page.AssertClean(path);
    }

    [Fact]
    public async Task The_embed_index_shows_each_widget_live_with_its_snippet()
    {
        await using var page = await OpenForAxeAsync("UTC", ColorScheme.Light, 1280);
        await page.GotoAsync(sites.SiteUrl + "embed/");

        // The web component runs on the page (same origin) and the iframes load.
        await page.Page.Locator("simkl-calendar .w[aria-busy=false]").WaitForAsync(new() { Timeout = 15_000 });
        Assert.True(await page.Page.Locator("simkl-calendar li").CountAsync() > 0);
        Assert.Equal("TV, anime and movies: next 7 days", await page.Page.FrameLocator("iframe[data-builder-preview]").Locator("h1").InnerTextAsync());

        // Snippets are shown as text, with the site's absolute URLs, not as live markup.
        var snippets = await page.Page.Locator("pre code").AllInnerTextsAsync();
        Assert.Contains("<iframe src=\"https://widgets.example.org/embed/calendar/\" title=\"Widget Test: upcoming releases\" width=\"300\" height=\"480\" loading=\"lazy\"></iframe>", snippets);
        Assert.Contains("<script src=\"https://widgets.example.org/widget.js\" defer></script>\n<simkl-calendar kind=\"all\" days=\"7\"></simkl-calendar>", snippets);

        var violations = await Infrastructure.Axe.ViolationsAsync(page.Page, browser.AxeSource);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        page.AssertClean("embed index");
    }
}
