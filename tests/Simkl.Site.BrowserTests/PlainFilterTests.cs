using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>
/// Issue 13: every filter that changes what is listed is a plain page. Without JavaScript the
/// filter links reach them (the current one marked); with it the form replaces the links of the
/// choices it offers, keeps its state in the address, and links the plain page of a choice.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlainFilterTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Without_javascript_the_filter_links_reach_the_plain_pages()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync(javaScript: false);
        var page = watched.Page;
        await watched.GotoAsync(site.Url("calendar"));
        Assert.False(await page.IsVisibleAsync("form[data-filters]"));

        // Kind, then what to show, then another kind: each a link, each landing on a page marked current.
        foreach (var (row, text, path) in new[]
        {
            ("kind", "Only TV", "/calendar/tv/"),
            ("show", "Without specials", "/calendar/tv/no-specials/"),
            ("show", "Premieres", "/premieres/tv/"),
            ("kind", "Only anime", "/premieres/anime/"),
            ("show", "Finales", "/finales/anime/"),
            ("kind", "All kinds", "/finales/"),
        })
        {
            await page.Locator($"nav[data-filter-alt] ul[data-filter-links={row}] a", new() { HasTextString = text }).ClickAsync();
            await watched.WaitForArrivalAsync(new Uri(site.BaseUrl, path).AbsoluteUri);
            Assert.Equal(path, await page.Locator($"nav[data-filter-alt] ul[data-filter-links={row}] a[aria-current=page]").GetAttributeAsync("href"));
        }

        watched.AssertClean("the plain filter pages without JavaScript");
    }

    [Fact]
    public async Task A_plain_filter_page_without_its_scripts_has_no_axe_violations()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync(bypassCsp: true);

        // What a visitor without JavaScript gets: the site's scripts answer empty (axe needs the
        // browser's JavaScript itself, its timers do not run in a page with JavaScript off).
        await watched.Page.RouteAsync("**/assets/*.js", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript", Body = "" }));
        await watched.GotoAsync(new Uri(site.BaseUrl, "/calendar/tv/no-specials/").AbsoluteUri);
        Assert.True(await watched.Page.IsVisibleAsync("nav[data-filter-alt] ul[data-filter-links=show]"));

        var violations = await Axe.ViolationsAsync(watched.Page, fixture.AxeSource);

        Assert.True(violations.Count == 0, $"axe-core: {violations.Count} violation(s) on /calendar/tv/no-specials/ without its scripts:\n  " + string.Join("\n  ", violations));
    }

    [Fact]
    public async Task With_javascript_the_form_replaces_the_links_it_offers_and_links_the_plain_page_of_a_choice()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync();
        var page = watched.Page;

        // The calendar of every kind: the form offers every choice, so no link row competes with it.
        await watched.GotoAsync(site.Url("calendar"));
        Assert.False(await page.IsVisibleAsync("nav[data-filter-alt]"));
        Assert.False(await page.IsVisibleAsync("[data-filter-page]"));

        await page.GetByLabel("Anime", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("Movies", new() { Exact = true }).UncheckAsync();
        Assert.Equal("?kind=tv", await page.EvaluateAsync<string>("() => location.search"));
        Assert.Equal("/calendar/tv/", await page.Locator("[data-filter-page] a").GetAttributeAsync("href"));

        // The address keeps the choice; a reload shows the same, and a choice no page shows links none.
        await page.ReloadAsync();
        Assert.False(await page.GetByLabel("Anime", new() { Exact = true }).IsCheckedAsync());
        Assert.Equal("/calendar/tv/", await page.Locator("[data-filter-page] a").GetAttributeAsync("href"));
        await page.GetByLabel("Premieres only").CheckAsync();
        Assert.Equal("?kind=tv&premieres=1", await page.EvaluateAsync<string>("() => location.search"));
        Assert.Equal("/premieres/tv/", await page.Locator("[data-filter-page] a").GetAttributeAsync("href"));
        await page.GetByLabel("Movies", new() { Exact = true }).CheckAsync();
        Assert.False(await page.IsVisibleAsync("[data-filter-page]"));

        // One kind's calendar: the form has no kind choice, so the kind links stay; its flags replace the other row.
        await watched.GotoAsync(new Uri(site.BaseUrl, "/calendar/tv/").AbsoluteUri);
        Assert.True(await page.IsVisibleAsync("ul[data-filter-links=kind]"));
        Assert.False(await page.IsVisibleAsync("ul[data-filter-links=show]"));
        Assert.True(await page.IsVisibleAsync("form[data-filters] input[name=premieres]"));

        // A page without the form keeps both rows.
        await watched.GotoAsync(new Uri(site.BaseUrl, "/premieres/anime/").AbsoluteUri);
        Assert.True(await page.IsVisibleAsync("ul[data-filter-links=kind]"));
        Assert.True(await page.IsVisibleAsync("ul[data-filter-links=show]"));
        watched.AssertClean("filters and their plain pages");
    }
}
