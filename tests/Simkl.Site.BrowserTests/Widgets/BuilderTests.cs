using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests.Widgets;

/// <summary>
/// The widget builder on /embed/: the options drive the live preview and both snippets, and the
/// snippets, pasted into a page on another origin, render working widgets; the copy buttons copy them exactly.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BuilderTests(BrowserFixture browser, WidgetSites sites) : IClassFixture<WidgetSites>
{
    private const string PublishedBase = "https://widgets.example.org";

    [Fact]
    public async Task The_builders_snippets_render_working_widgets_on_another_origin()
    {
        await using var builder = await browser.OpenAsync("UTC", now: WidgetSite.NowText);
        await builder.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = sites.SiteUrl.GetLeftPart(UriPartial.Authority) });
        await builder.GotoAsync(sites.SiteUrl + "embed/");
        var page = builder.Page;

        // All choices at once: changing them one by one reloads the preview each time (a loaded
        // machine can be slower than the preview's 250 ms settle time), and an aborted load is a
        // failed request to this test's watcher.
        await page.EvaluateAsync("""
            () => {
              const set = (sel, v) => { document.querySelector(sel).value = v; };
              set('#builder-kind', 'tv'); set('#builder-days', '2'); set('#builder-theme', 'dark'); set('#builder-zone', 'Asia/Tokyo');
              document.querySelector('[data-builder-form] input[name=spoilers]').checked = true;
              document.querySelector('#builder-kind').dispatchEvent(new Event('change', { bubbles: true }));
            }
            """);

        var iframe = await page.InnerTextAsync("#snippet-iframe");
        var component = await page.InnerTextAsync("#snippet-component");
        Assert.Equal($"<iframe src=\"{PublishedBase}/embed/calendar/tv/dark/?days=2&amp;tz=Asia%2FTokyo&amp;spoilers=hide\" title=\"Widget Test: upcoming releases\" width=\"300\" height=\"480\" loading=\"lazy\"></iframe>", iframe);
        Assert.Equal($"<script src=\"{PublishedBase}/widget.js\" defer></script>\n<simkl-calendar kind=\"tv\" days=\"2\" theme=\"dark\" time-zone=\"Asia/Tokyo\" spoiler-safe></simkl-calendar>", component);
        await Assertions.Expect(page.Locator("[data-builder-preview]")).ToHaveAttributeAsync("src", "/embed/calendar/tv/dark/?days=2&tz=Asia%2FTokyo&spoilers=hide");
        await Assertions.Expect(page.FrameLocator("[data-builder-preview]").Locator("li[data-simkl-id='9100123'] time[data-time]")).ToHaveTextAsync("10:00");

        // The copy buttons copy exactly what is shown.
        await page.ClickAsync("button[data-copy=snippet-iframe]");
        Assert.Equal(iframe, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.ClickAsync("button[data-copy=snippet-component]");
        Assert.Equal(component, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // Pasted into another site (the published address swapped for this test server's).
        var local = sites.SiteUrl.AbsoluteUri.TrimEnd('/');
        var host = sites.HostPage("Builder snippets", iframe.Replace(PublishedBase, local, StringComparison.Ordinal) + "\n" + component.Replace(PublishedBase, local, StringComparison.Ordinal));
        await using var visitor = await browser.OpenAsync("UTC", now: WidgetSite.NowText);
        await visitor.GotoAsync(host);

        // The web component: TV only, Tokyo times, no episode titles.
        var items = visitor.Page.Locator("simkl-calendar li");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        Assert.Equal(["tv", "tv"], await items.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.kind)"));
        Assert.Equal(["08:30", "10:00"], await visitor.Page.Locator("simkl-calendar li time").AllInnerTextsAsync());
        Assert.DoesNotContain("The Tide", await visitor.Page.Locator("simkl-calendar").InnerTextAsync(), StringComparison.Ordinal);

        // The iframe: dark, Tokyo days, two days at most, no episode titles.
        var frame = visitor.Page.FrameLocator("iframe");
        await Assertions.Expect(frame.Locator("li[data-simkl-id='9100123'] time[data-time]")).ToHaveTextAsync("10:00");
        Assert.Equal("dark", await frame.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(0, await frame.Locator("li[data-kind=anime]").CountAsync());
        Assert.False(await frame.Locator("li[data-simkl-id='9100123'] .episode-title").IsVisibleAsync());
        Assert.Equal(["2026-11-27", "2026-11-28"], await frame.Locator("section[data-day]:visible").EvaluateAllAsync<string[]>("els => els.map(s => s.dataset.day)"));
        builder.AssertClean("builder");
        visitor.AssertClean("builder snippets on another origin");
    }

    [Fact]
    public async Task The_builder_page_fits_320px_and_its_snippets_wrap()
    {
        await using var page = await browser.OpenAsync("UTC", width: 320, now: WidgetSite.NowText);
        await page.GotoAsync(sites.SiteUrl + "embed/");
        await page.Page.FillAsync("#builder-zone", "America/Argentina/ComodRivadavia");
        var width = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"/embed/ is {width}px wide at 320px");
    }
}
