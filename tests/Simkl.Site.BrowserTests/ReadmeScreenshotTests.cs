using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>
/// The README's screenshots: home, day, month and title of the sample, light and dark, phone
/// (375×800) and desktop (1280×800), plus the home page at real daily volume. `.ci/screenshots`
/// runs this class with SIMKL_SCREENSHOTS set to docs/screenshots; otherwise the pictures go to
/// screenshots/readme beside the test assembly. Each picture is one screen, as a visitor first sees it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadmeScreenshotTests(BrowserFixture fixture)
{
    public static TheoryData<string, int, string> Shots()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var key in new[] { "home", "day", "month", "title" })
        {
            foreach (var width in new[] { 375, 1280 })
            {
                data.Add(key, width, "light");
                data.Add(key, width, "dark");
            }
        }
        data.Add("daily-home", 375, "light");
        data.Add("daily-home", 1280, "dark");
        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Screenshot(string key, int width, string scheme)
    {
        var daily = key.StartsWith("daily-", StringComparison.Ordinal);
        var site = daily ? await fixture.DailyVolumeSiteAsync() : await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(width: width, height: 800, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.Url(daily ? key["daily-".Length..] : key));

        var folder = Environment.GetEnvironmentVariable("SIMKL_SCREENSHOTS") is { Length: > 0 } dir
            ? Path.GetFullPath(dir, TestEnvironment.RepoRoot)
            : Path.Combine(AppContext.BaseDirectory, "screenshots", "readme");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{key}-{(width < 600 ? "phone" : "desktop")}-{scheme}.png");
        await page.Page.ScreenshotAsync(new() { Path = file });

        Assert.True(new FileInfo(file).Length > 1000, $"{file} is (nearly) empty");
        page.AssertClean($"{key} at {width}px, {scheme}");
    }
}
