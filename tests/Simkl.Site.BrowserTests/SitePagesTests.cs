using System.Globalization;
using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>The built sample site in Chromium: clean loads, the visitor's zone, filters, JavaScript off.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SitePagesTests(BrowserFixture fixture)
{
    public static TheoryData<string> Pages => new(SampleSite.PageKeys);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_load_without_console_errors_or_failed_requests(string key)
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync();
        var url = site.Url(key);
        page.ExpectedErrorUrl = key == "404" ? url : null;

        var response = await page.GotoAsync(url);

        Assert.Equal(key == "404" ? 404 : 200, response.Status);
        Assert.False(string.IsNullOrWhiteSpace(await page.Page.TitleAsync()));
        page.AssertClean($"{key} page ({url})");
    }

    [Theory]
    [InlineData("Asia/Tokyo")]
    [InlineData("America/Los_Angeles")]
    public async Task The_visitors_zone_regroups_timed_cards_by_their_local_date(string zone)
    {
        var site = await fixture.SampleSiteAsync();
        await using var page = await fixture.OpenAsync(zone);
        await page.GotoAsync(site.Url("calendar"));

        var placements = await Placements(page.Page);
        var local = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var moved = 0;
        foreach (var (section, datetime, text) in placements)
        {
            if (datetime.Length == 10)
            {
                Assert.True(section == datetime, $"date-only card {datetime} moved to {section}");
                continue;
            }
            var instant = DateTimeOffset.Parse(datetime, CultureInfo.InvariantCulture);
            var there = TimeZoneInfo.ConvertTime(instant, local);
            Assert.True(there.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == section,
                $"{datetime} is {there:yyyy-MM-dd HH:mm} in {zone} but sits in {section}");
            Assert.Equal(there.ToString("HH:mm", CultureInfo.InvariantCulture), text);
            if (instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) != section)
            {
                moved++;
            }
        }
        Assert.True(moved > 0, $"no timed card changes day in {zone}: the sample cannot show the regrouping");
        Assert.Equal(zone, await page.Page.InnerTextAsync("[data-zone-name]"));
        page.AssertClean($"calendar in {zone}");
    }

    [Theory]
    [InlineData("calendar")]
    [InlineData("week")] // the month grid holds title chips, not calendar entries
    [InlineData("day")]
    public async Task Without_javascript_the_same_entries_are_present(string key)
    {
        var site = await fixture.SampleSiteAsync();
        await using var without = await fixture.OpenAsync(javaScript: false);
        await using var with = await fixture.OpenAsync("Asia/Tokyo");
        await without.GotoAsync(site.Url(key));
        await with.GotoAsync(site.Url(key));

        var entries = await CalendarLayout.EntriesAsync(without.Page);

        Assert.NotEmpty(entries);
        Assert.Equal(entries, await CalendarLayout.EntriesAsync(with.Page));
        Assert.False(await without.Page.IsVisibleAsync("form[data-filters]"));
    }

    [Fact]
    public async Task Filters_on_the_calendar_work_with_the_keyboard_alone()
    {
        var site = await fixture.SampleSiteAsync();
        await using var watched = await fixture.OpenAsync();
        var page = watched.Page;
        await watched.GotoAsync(site.Url("calendar"));
        var all = (await ScriptTests.VisibleCards(page)).Count;
        var anime = await page.Locator("[data-calendar] [data-kind=anime]").CountAsync();
        Assert.True(anime > 0 && anime < all, $"the sample calendar should mix anime with other kinds ({anime} of {all})");

        await ScriptTests.TabTo(page, "input[name=kind][value=anime]");
        await page.Keyboard.PressAsync("Space");

        Assert.Equal(all - anime, (await ScriptTests.VisibleCards(page)).Count);
        Assert.Equal(0, await CountVisible(page, "[data-calendar] [data-kind=anime]"));
        Assert.Equal($"Showing {all - anime} of {all} entries.", await page.InnerTextAsync("[data-filter-status]"));

        await page.Keyboard.PressAsync("Space");
        Assert.Equal(all, (await ScriptTests.VisibleCards(page)).Count);
        Assert.Equal($"Showing all {all} entries.", await page.InnerTextAsync("[data-filter-status]"));

        await ScriptTests.TabTo(page, "input[name=premieres]");
        await page.Keyboard.PressAsync("Space");
        var premieres = await page.Locator("[data-calendar] [data-premiere=true]").CountAsync();
        Assert.True(premieres > 0, "the sample calendar has no premiere");
        Assert.Equal(premieres, (await ScriptTests.VisibleCards(page)).Count);
        watched.AssertClean("filtering the calendar");
    }

    private static async Task<int> CountVisible(IPage page, string selector)
    {
        var n = 0;
        foreach (var item in await page.Locator(selector).AllAsync())
        {
            n += await item.IsVisibleAsync() ? 1 : 0;
        }
        return n;
    }

    // (section day, time datetime, time text) for every card of the page's calendars.
    private static async Task<List<(string Section, string DateTime, string Text)>> Placements(IPage page)
    {
        var rows = await page.EvaluateAsync<string[][]>(
            """
            () => [...document.querySelectorAll('[data-calendar] section[data-day] [data-simkl-id][data-kind]')].map(c => {
              const t = c.querySelector('time');
              return [c.closest('section[data-day]').dataset.day, t.getAttribute('datetime'), t.textContent.trim()];
            })
            """);
        Assert.NotEmpty(rows);
        return [.. rows.Select(r => (r[0], r[1], r[2]))];
    }
}
