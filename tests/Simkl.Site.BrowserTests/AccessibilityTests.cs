using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>axe-core (WCAG 2.0/2.1 A and AA) on every kind of page of the sample, in light and dark.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> PagesAndSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in SampleSite.PageKeys)
        {
            data.Add(key, "light");
            data.Add(key, "dark");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task Axe_finds_no_violations(string key, string scheme)
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, bypassCsp: true);
        await page.GotoAsync(site.Url(key));

        var violations = await Axe.ViolationsAsync(page.Page, fixture.AxeSource);

        Assert.True(violations.Count == 0,
            $"axe-core: {violations.Count} violation(s) on the {key} page ({site.Url(key)}, {scheme}):\n  " +
            string.Join("\n  ", violations));
    }

    [Fact]
    public async Task The_axe_harness_reports_a_planted_violation()
    {
        await using var page = await fixture.OpenAsync(bypassCsp: true);
        await page.GotoAsync(new Uri(await fixture.ScriptSiteAsync(), "calendar/").AbsoluteUri);
        await page.Page.EvaluateAsync("() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/assets/none.png' }))");

        var violation = Assert.Single(await Axe.ViolationsAsync(page.Page, fixture.AxeSource));

        Assert.StartsWith("image-alt (critical)", violation, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/assets/none.png\">", violation, StringComparison.Ordinal);
    }
}
