using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;

namespace Simkl.Site.BrowserTests;

/// <summary>
/// theme/assets/site.js on a hand-made calendar page (Fixtures/script, site zone UTC, today
/// 2026-11-27; its README has the table of where each card belongs per zone).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScriptTests(BrowserFixture fixture)
{
    private async Task<WatchedPage> Open(string zone, string now = BrowserFixture.SampleNow, string path = "calendar/", bool javaScript = true)
    {
        var page = await fixture.OpenAsync(zone, javaScript, now: now);
        await page.GotoAsync(new Uri(await fixture.ScriptSiteAsync(), path).AbsoluteUri);
        return page;
    }

    [Fact]
    public async Task A_visitor_in_the_site_zone_sees_the_page_as_built()
    {
        await using var withScript = await Open("UTC");
        await using var without = await Open("UTC", javaScript: false);

        var expected = new[]
        {
            "2026-11-27 [today] Friday, 27 November 2026: 501@All day, 101@02:00, 201@10:00, 102@16:30",
            "2026-11-28 Saturday, 28 November 2026: 502@All day, 103@01:00, 104@12:00",
            "2026-11-30 Monday, 30 November 2026: 202@23:30",
        };
        Assert.Equal(expected, await CalendarLayout.ReadAsync(without.Page));
        Assert.Equal(expected, await CalendarLayout.ReadAsync(withScript.Page));
        Assert.Equal("UTC", await withScript.Page.InnerTextAsync("[data-zone-name]"));
        withScript.AssertClean("calendar page with site.js");
        without.AssertClean("calendar page without JavaScript");
    }

    [Fact]
    public async Task Tokyo_moves_late_evening_utc_episodes_to_the_next_day()
    {
        await using var page = await Open("Asia/Tokyo");

        Assert.Equal(
            [
                "2026-11-27 [today] Friday, 27 November 2026: 501@All day, 101@11:00, 201@19:00",
                "2026-11-28 Saturday, 28 November 2026: 502@All day, 102@01:30, 103@10:00, 104@21:00",
                "2026-12-01 Tuesday, 1 December 2026: 202@08:30",
            ],
            await CalendarLayout.ReadAsync(page.Page));
        Assert.Equal("Asia/Tokyo", await page.Page.InnerTextAsync("[data-zone-name]"));
        // A time outside a day section keeps its date, in the visitor's zone.
        Assert.Equal("Sat 28 Nov 2026, 01:30", await page.Page.InnerTextAsync("#premiere-time time"));
        // The new section is complete: labelled by its heading, with a list for its cards.
        var labelledBy = await page.Page.GetAttributeAsync("section[data-day='2026-12-01']", "aria-labelledby");
        Assert.Equal("Tuesday, 1 December 2026", await page.Page.InnerTextAsync($"#{labelledBy}"));
        Assert.Equal("day-2026-12-01", await page.Page.GetAttributeAsync("section[data-day='2026-12-01']", "id"));
        Assert.Equal(1, await page.Page.Locator("section[data-day='2026-12-01'] > ol.cards > li").CountAsync());
        page.AssertClean("calendar page in Tokyo");
    }

    [Fact]
    public async Task Los_Angeles_moves_early_utc_episodes_to_the_previous_day()
    {
        await using var page = await Open("America/Los_Angeles");

        Assert.Equal(
            [
                "2026-11-26 Thursday, 26 November 2026: 101@18:00",
                "2026-11-27 [today] Friday, 27 November 2026: 501@All day, 201@02:00, 102@08:30, 103@17:00",
                "2026-11-28 Saturday, 28 November 2026: 502@All day, 104@04:00",
                "2026-11-30 Monday, 30 November 2026: 202@15:30",
            ],
            await CalendarLayout.ReadAsync(page.Page));
        page.AssertClean("calendar page in Los Angeles");
    }

    [Theory]
    [InlineData("Asia/Tokyo", "2026-11-27T20:00:00Z", "2026-11-28")]          // 05:00 on the 28th in Tokyo
    [InlineData("America/Los_Angeles", "2026-11-27T06:00:00Z", "2026-11-26")] // 22:00 on the 26th in LA
    [InlineData("UTC", "2026-11-27T23:59:00Z", "2026-11-27")]
    public async Task Today_follows_the_visitors_own_date(string zone, string now, string today)
    {
        await using var page = await Open(zone, now);

        var current = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[aria-current=date]')].map(s => s.dataset.day)");
        Assert.Equal([today], current);
        Assert.Equal(today, await page.Page.EvaluateAsync<string>("() => document.getElementById('today').closest('section').dataset.day"));
        Assert.Equal(1, await page.Page.Locator("#today").CountAsync());
        Assert.StartsWith("Today ", await page.Page.InnerTextAsync($"section[data-day='{today}'] h2"), StringComparison.Ordinal);
        Assert.Equal($"#day-{today}", await page.Page.GetAttributeAsync("[data-jump-today]", "href"));

        await page.Page.ClickAsync("[data-jump-today]");
        Assert.Equal($"#day-{today}", await page.Page.EvaluateAsync<string>("() => location.hash"));
        page.AssertClean($"calendar page in {zone} at {now}");
    }

    [Fact]
    public async Task An_empty_today_hands_its_note_to_the_visitors_today_or_loses_it_when_cards_arrive()
    {
        await using var tokyo = await Open("Asia/Tokyo", "2026-11-27T20:00:00Z", "calendar/empty-today/");
        await using var losAngeles = await Open("America/Los_Angeles", path: "calendar/empty-today/");
        await using var utc = await Open("UTC", path: "calendar/empty-today/");

        // Tokyo's today is the 28th: the empty 27th goes, the 28th becomes today.
        Assert.Equal(["2026-11-28 [today] Saturday, 28 November 2026: 103@10:00"], await CalendarLayout.ReadAsync(tokyo.Page));
        // In LA the 28th's card falls on the 27th (today): the note goes, the emptied 28th too.
        Assert.Equal(["2026-11-27 [today] Friday, 27 November 2026: 103@17:00"], await CalendarLayout.ReadAsync(losAngeles.Page));
        Assert.Equal(
            [
                "2026-11-27 [today] Friday, 27 November 2026:  (empty note)",
                "2026-11-28 Saturday, 28 November 2026: 103@01:00",
            ],
            await CalendarLayout.ReadAsync(utc.Page));
        Assert.Equal("Today", await tokyo.Page.InnerTextAsync("section[data-day='2026-11-28'] #today"));
    }

    [Fact]
    public async Task Without_javascript_the_filter_form_stays_hidden_and_with_it_appears()
    {
        await using var without = await Open("UTC", javaScript: false);
        await using var with = await Open("UTC");

        Assert.False(await without.Page.IsVisibleAsync("form[data-filters]"));
        Assert.True(await with.Page.IsVisibleAsync("form[data-filters]"));
        Assert.Equal("Showing all 8 entries.", await with.Page.InnerTextAsync("[data-filter-status]"));
    }

    [Fact]
    public async Task Filters_work_with_the_keyboard_alone()
    {
        await using var watched = await Open("UTC");
        var page = watched.Page;

        await TabTo(page, "input[name=kind][value=anime]");
        await page.Keyboard.PressAsync("Space");
        Assert.Equal(["101", "102", "103", "104", "501", "502"], await VisibleCards(page));
        Assert.Equal("Showing 6 of 8 entries.", await page.InnerTextAsync("[data-filter-status]"));
        Assert.False(await page.IsVisibleAsync("section[data-day='2026-11-30']")); // its only card is anime

        await page.Keyboard.PressAsync("Space");
        Assert.Equal(8, (await VisibleCards(page)).Count);
        Assert.Equal("Showing all 8 entries.", await page.InnerTextAsync("[data-filter-status]"));
        Assert.True(await page.IsVisibleAsync("section[data-day='2026-11-30']"));

        await TabTo(page, "input[name=premieres]");
        await page.Keyboard.PressAsync("Space");
        Assert.Equal(["102"], await VisibleCards(page));
        Assert.Equal("Showing 1 of 8 entries.", await page.InnerTextAsync("[data-filter-status]"));

        await TabTo(page, "input[name=finales]");
        await page.Keyboard.PressAsync("Space"); // premieres or finales
        Assert.Equal(["102", "103", "202"], await VisibleCards(page));

        await TabTo(page, "input[name=hide-specials]");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Space"); // finales off
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Space"); // premieres off
        Assert.Equal(["101", "102", "103", "201", "202", "501", "502"], await VisibleCards(page)); // not the special 104
        Assert.Equal("Showing 7 of 8 entries.", await page.InnerTextAsync("[data-filter-status]"));
        Assert.Equal("polite", await page.GetAttributeAsync("[data-filter-status]", "aria-live"));
        watched.AssertClean("filtering");
    }

    /// <summary>Presses Tab until the element is focused (as a keyboard user would), failing after 40 presses.</summary>
    internal static async Task TabTo(IPage page, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {selector}");
    }

    /// <summary>The ids of the calendar cards a visitor can actually see (CSS included), sorted.</summary>
    internal static async Task<List<string>> VisibleCards(IPage page)
    {
        var ids = new List<string>();
        foreach (var card in await page.Locator("[data-calendar] [data-simkl-id][data-kind]").AllAsync())
        {
            if (await card.IsVisibleAsync())
            {
                ids.Add((await card.GetAttributeAsync("data-simkl-id"))!);
            }
        }
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
