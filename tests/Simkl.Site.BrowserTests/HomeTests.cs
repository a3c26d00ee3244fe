using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>
/// The home page leads with what airs next (issue 12): the first airing is on the first screen of
/// a phone and a desktop, at the sample's size and at Simkl's real daily volume, with and without
/// the script; the script follows the visitor's clock (the "now" line, dimmed aired items,
/// countdowns, today's links, the "newer data" note); no page type scrolls sideways at 320 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HomeTests(BrowserFixture fixture)
{
    public static TheoryData<string, int, bool> Viewports()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var site in new[] { "sample", "daily" })
        {
            foreach (var width in new[] { 375, 1280 })
            {
                data.Add(site, width, true);
                data.Add(site, width, false);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task The_first_airing_is_inside_the_first_viewport(string which, int width, bool javaScript)
    {
        var site = which == "daily" ? await fixture.DailyVolumeSiteAsync() : await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(width: width, height: 800, javaScript: javaScript);
        await page.GotoAsync(site.Url("home"));

        var first = page.Page.Locator("main li[data-up-next-item]:not([hidden])").First;
        var box = await first.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= 800, $"the first airing ends at y={box.Y + box.Height} on a {width}x800 screen ({which}, script {(javaScript ? "on" : "off")})");
        page.AssertClean("home");
    }

    [Fact]
    public async Task At_real_volume_the_home_page_shows_a_short_selection_and_links_to_the_whole_day()
    {
        var site = await fixture.DailyVolumeSiteAsync();
        await using var page = await fixture.OpenAsync(width: 375, height: 800);
        await page.GotoAsync(site.Url("home"));

        var shown = await page.Page.Locator("main li.card:visible").CountAsync();
        Assert.InRange(shown, 10, 60);
        var links = await page.Page.Locator("[data-day-links]:visible a").AllTextContentsAsync();
        Assert.Contains(links, t => t.EndsWith(" TV episodes", StringComparison.Ordinal) && int.Parse(t.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 250);
    }

    [Fact]
    public async Task Hours_after_the_build_the_now_line_countdowns_and_notes_follow_the_visitors_clock()
    {
        var site = await fixture.DailyVolumeSiteAsync();
        var later = DateTimeOffset.Parse(BrowserFixture.SampleNow, System.Globalization.CultureInfo.InvariantCulture).AddHours(14).AddMinutes(7);
        await using var page = await fixture.OpenAsync(width: 1280, now: later.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        await page.GotoAsync(site.Url("home"));

        // Everything before the line has aired by the visitor's clock, everything after has not.
        var items = await page.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelector('[data-up-next] ol').children].map(li =>
              li.hasAttribute('data-now-line') ? 'NOW' :
              (li.hidden ? 'hidden ' : '') + (Date.parse(li.querySelector('time').getAttribute('datetime')) < Date.now() ? 'past' : 'future') +
              (li.hasAttribute('data-aired') ? ' aired' : '') + ' ' + li.querySelector('[data-countdown]').textContent)
            """);
        var line = Array.IndexOf(items, "NOW");
        Assert.True(line > 0, string.Join("\n", items));
        Assert.All(items[..line], i => Assert.Contains("past aired", i, StringComparison.Ordinal));
        Assert.All(items[(line + 1)..], i => Assert.Contains("future", i, StringComparison.Ordinal));
        Assert.True(items[..line].Count(i => !i.StartsWith("hidden", StringComparison.Ordinal)) <= 3, string.Join("\n", items));
        Assert.Matches("^future in [0-9]", items[line + 1]);
        Assert.Matches(" ago$", items[line - 1]);

        // 02:07 on the 28th (UTC): the links of the 28th are today's now; the data is 14 hours old.
        Assert.Equal("2026-11-28", await page.Page.Locator("[data-day-links]:visible").GetAttributeAsync("data-day-links"));
        await page.Page.Locator("[data-data-age]").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        page.AssertClean("home, 14 hours later");
    }

    [Fact]
    public async Task At_the_build_instant_the_script_shows_the_items_the_page_shows_without_it()
    {
        var site = await fixture.DailyVolumeSiteAsync();
        await using var without = await fixture.OpenAsync(javaScript: false);
        await using var with = await fixture.OpenAsync("Asia/Tokyo");
        await without.GotoAsync(site.Url("home"));
        await with.GotoAsync(site.Url("home"));

        const string Shown = "li[data-up-next-item]:not([hidden])";
        static async Task<IReadOnlyList<string>> Items(IPage page) =>
            await page.Locator(Shown).EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.simklId + (e.hasAttribute('data-aired') ? ' aired' : ''))");
        var expected = await Items(without.Page);
        Assert.InRange(expected.Count, 10, 40);
        Assert.Equal(expected, await Items(with.Page));
    }

    [Fact]
    public async Task Fresh_data_says_nothing_about_its_age()
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync();
        await page.GotoAsync(site.Url("home"));
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.False(await page.Page.Locator("[data-data-age]").IsVisibleAsync());
        page.AssertClean("home at the capture time");
    }

    /// <summary>
    /// The note goes by the latest capture (<c>/api/v1/capture.json</c>), not by the page's own
    /// "Updated" time: a page kept from a build three days ago says nothing while the latest
    /// capture is 3 hours old, and says newer data is on its way once it is 8 hours old.
    /// </summary>
    [Theory]
    [InlineData(3, false)]
    [InlineData(8, true)]
    public async Task The_data_age_note_follows_the_latest_capture_not_the_pages_own_stamp(int captureAgeHours, bool shown)
    {
        var site = await fixture.SampleSiteAsync();
        var now = DateTimeOffset.Parse(BrowserFixture.SampleNow, System.Globalization.CultureInfo.InvariantCulture).AddDays(3);
        await using var page = await fixture.OpenAsync(now: Utc(now));
        await page.Page.RouteAsync("**/api/v1/capture.json", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "application/json",
            Body = $$"""{"$schema":"{{site.Url("home")}}api/v1/schema/capture.json","version":1,"capturedAt":"{{Utc(now.AddHours(-captureAgeHours))}}"}""",
        }));
        await page.GotoAsync(site.Url("title"));
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var stamp = await page.Page.Locator("time[data-stamp]").GetAttributeAsync("datetime");
        Assert.Equal(BrowserFixture.SampleNow, stamp);
        Assert.Equal(shown, await page.Page.Locator("[data-data-age]").IsVisibleAsync());
        page.AssertClean($"title page, capture {captureAgeHours} h old");
    }

    [Fact]
    public async Task Without_the_capture_file_there_is_no_note_and_no_error()
    {
        var site = await fixture.SampleSiteAsync();
        var now = DateTimeOffset.Parse(BrowserFixture.SampleNow, System.Globalization.CultureInfo.InvariantCulture).AddDays(3);
        await using var page = await fixture.OpenAsync(now: Utc(now));
        page.ExpectedErrorUrl = new Uri(new Uri(site.Url("home")), "/api/v1/capture.json").AbsoluteUri;
        await page.Page.RouteAsync("**/api/v1/capture.json", route => route.FulfillAsync(new() { Status = 404, ContentType = "text/plain", Body = "not found" }));
        await page.GotoAsync(site.Url("title"));
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.False(await page.Page.Locator("[data-data-age]").IsVisibleAsync());
        page.AssertClean("title page without capture.json");
    }

    private static string Utc(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_header_is_one_row_and_the_navigation_works_without_the_script(int width)
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(width: width, javaScript: false);
        await page.GotoAsync(site.Url("home"));

        var header = await page.Page.Locator(".site-header > .wrap").BoundingBoxAsync();
        Assert.NotNull(header);
        Assert.True(header.Height <= 64, $"the header is {header.Height}px tall at {width}px");
        var calendar = page.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Calendar", Exact = true });
        // The navigation sits behind "Menu" on every width (beside the search box it does not fit one row).
        Assert.False(await calendar.IsVisibleAsync());
        await page.Page.GetByText("Menu", new() { Exact = true }).ClickAsync();
        Assert.True(await calendar.IsVisibleAsync());
        var box = await calendar.BoundingBoxAsync();
        Assert.True(box!.Height >= 24, $"the nav link is {box.Height}px tall");
    }

    public static TheoryData<string> PageKeys => new(SampleSite.PageKeys);

    [Theory]
    [MemberData(nameof(PageKeys))]
    public async Task No_page_scrolls_sideways_at_320_px(string key)
    {
        var site = await fixture.SampleSiteAsync();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var page = await fixture.OpenAsync(width: 320, scheme: scheme);
            await page.GotoAsync(site.Url(key));
            var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 320, $"the {key} page is {scrollWidth}px wide at 320px ({scheme})");
        }
    }

    [Fact]
    public async Task The_real_volume_home_page_does_not_scroll_sideways_at_320_px()
    {
        var site = await fixture.DailyVolumeSiteAsync();
        await using var page = await fixture.OpenAsync(width: 320);
        await page.GotoAsync(site.Url("home"));
        Assert.True(await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320);
    }
}
