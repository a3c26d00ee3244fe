using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>
/// Narrow (320 px) and desktop screenshots of the main pages in light and dark (the top two
/// screens), written to <c>screenshots/</c> beside the test assembly for people to look at; the
/// test itself fails when a page scrolls sideways at that width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("home", 320, "light")]
    [InlineData("home", 320, "dark")]
    [InlineData("home", 1280, "light")]
    [InlineData("home", 1280, "dark")]
    [InlineData("calendar", 320, "light")]
    [InlineData("month", 320, "light")]
    [InlineData("month", 1280, "dark")]
    [InlineData("title", 320, "dark")]
    [InlineData("title", 1280, "light")]
    public async Task Pages_fit_the_width_and_are_captured(string key, int width, string scheme)
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(width: width, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.Url(key));

        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        // The top of the page (up to two screens), small enough to look at.
        var height = Math.Min(1800, await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"));
        await page.Page.ScreenshotAsync(new()
        {
            Path = Path.Combine(folder, $"{key}-{width}-{scheme}.png"),
            FullPage = true,
            Clip = new() { X = 0, Y = 0, Width = width, Height = height },
        });

        var overflow = await page.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && getComputedStyle(e).position !== 'absolute')
              .slice(0, 5).map(e => e.outerHTML.slice(0, 120))
            """);
        var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the {key} page is {scrollWidth}px wide at {width}px; widest elements:\n  " + string.Join("\n  ", overflow));
    }
}
