using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>Day, week, month and title pages of the sample in Chromium: narrow screens, axe in both schemes, the day page's jump links by keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalendarPagesTests(BrowserFixture fixture)
{
    public static TheoryData<string> Pages => new() { "day", "week", "month", "title" };

    public static TheoryData<string, string> PagesAndSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in new[] { "day", "week", "month", "title" })
        {
            data.Add(key, "light");
            data.Add(key, "dark");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Nothing_scrolls_sideways_at_320_px(string key)
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(width: 320);
        await page.GotoAsync(site.Url(key));

        var widths = await page.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"the {key} page is {widths[0]} px wide in a {widths[1]} px viewport");
        page.AssertClean($"{key} page at 320 px");
    }

    [Theory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task Axe_finds_no_violations_at_320_px(string key, string scheme)
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, width: 320, bypassCsp: true);
        await page.GotoAsync(site.Url(key));

        var violations = await Axe.ViolationsAsync(page.Page, fixture.AxeSource);

        Assert.True(violations.Count == 0, $"axe-core at 320 px: {violations.Count} violation(s) on the {key} page ({scheme}):\n  " + string.Join("\n  ", violations));
    }

    [Fact]
    public async Task The_day_pages_jump_links_take_the_keyboard_to_each_kind()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync(width: 375);
        var page = watched.Page;
        await watched.GotoAsync(site.Url("day"));
        var jumps = await page.Locator("nav.day-jumps a").AllAsync();
        Assert.True(jumps.Count > 1, "the sample day should have more than one kind");

        foreach (var target in new[] { "#kind-anime", "#kind-tv" })
        {
            await ScriptTests.TabTo(page, $"nav.day-jumps a[href='{target}']");
            await page.Keyboard.PressAsync("Enter");

            Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
            var top = await page.EvaluateAsync<double>($"() => document.querySelector('{target}').getBoundingClientRect().top");
            Assert.InRange(top, -2, 860); // in view (a short sample day cannot scroll it to the very top)

            // The next Tab goes on from the kind it jumped to: its first link, not back to the top of the page.
            await page.Keyboard.PressAsync("Tab");
            var inside = await page.EvaluateAsync<bool>($"() => document.querySelector('{target}').contains(document.activeElement)");
            Assert.True(inside, $"after jumping to {target}, Tab went to {await page.EvaluateAsync<string>("() => document.activeElement.outerHTML.slice(0, 120)")}");
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Locator("nav.day-jumps a").First.FocusAsync();
        }

        watched.AssertClean("jumping through the day page");
    }
}
