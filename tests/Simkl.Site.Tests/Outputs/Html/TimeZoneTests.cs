using AngleSharp.Dom;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>Time (docs/data-rules.md): days grouped in the site zone, DST-correct, date-only values never move.</summary>
public sealed class TimeZoneTests
{
    private static IElement CardOn(TestSite site, string day, long id, int episode)
    {
        var doc = site.Html($"calendar/{day.Replace('-', '/')}/index.html");
        var section = doc.QuerySelector($"section.day[data-day='{day}']");
        Assert.NotNull(section);
        var card = section!.QuerySelector($"li.card[data-simkl-id='{id}'][data-episode='{episode}']");
        Assert.True(card is not null, $"episode {episode} not on {day}");
        return card!;
    }

    private static bool DayPageHas(TestSite site, string day, long id, int episode)
    {
        var path = $"calendar/{day.Replace('-', '/')}/index.html";
        return site.Exists(path) && site.Html(path).QuerySelector($"li.card[data-simkl-id='{id}'][data-episode='{episode}']") is not null;
    }

    // Each row: instant (UTC), the day and clock time it has in the zone.
    [Theory]
    // New York, DST ends 2026-11-01 06:00Z (02:00 EDT -> 01:00 EST).
    [InlineData("America/New_York", "2026-11-01T03:30:00Z", "2026-10-31", "23:30")]
    [InlineData("America/New_York", "2026-11-01T04:30:00Z", "2026-11-01", "00:30")]
    [InlineData("America/New_York", "2026-11-01T05:30:00Z", "2026-11-01", "01:30")]
    [InlineData("America/New_York", "2026-11-01T06:30:00Z", "2026-11-01", "01:30")]
    [InlineData("America/New_York", "2026-11-02T04:30:00Z", "2026-11-01", "23:30")]
    [InlineData("America/New_York", "2026-11-02T05:00:00Z", "2026-11-02", "00:00")]
    // Berlin, DST ends 2026-10-25 01:00Z (03:00 CEST -> 02:00 CET).
    [InlineData("Europe/Berlin", "2026-10-24T21:59:00Z", "2026-10-24", "23:59")]
    [InlineData("Europe/Berlin", "2026-10-24T22:00:00Z", "2026-10-25", "00:00")]
    [InlineData("Europe/Berlin", "2026-10-25T22:59:00Z", "2026-10-25", "23:59")]
    [InlineData("Europe/Berlin", "2026-10-25T23:00:00Z", "2026-10-26", "00:00")]
    // UTC midnight edges.
    [InlineData("UTC", "2026-11-27T23:59:59Z", "2026-11-27", "23:59")]
    [InlineData("UTC", "2026-11-28T00:00:00Z", "2026-11-28", "00:00")]
    // Far east: a US evening airing is the next day in Tokyo.
    [InlineData("Asia/Tokyo", "2026-11-27T01:00:00Z", "2026-11-27", "10:00")]
    [InlineData("Asia/Tokyo", "2026-11-26T15:00:00Z", "2026-11-27", "00:00")]
    public void Timed_airing_is_on_the_day_of_its_instant_in_the_site_zone(string zone, string instant, string day, string clock)
    {
        using var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", TimeZone = zone } };
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, instant, 1, 5);
        site.Build();

        var card = CardOn(site, day, 9100123, 5);
        var time = card.QuerySelector("time[data-time]")!;
        Assert.Equal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), time.GetAttribute("datetime"));
        Assert.Equal(clock, time.TextContent);

        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(DayPageHas(site, date.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 9100123, 5));
        Assert.False(DayPageHas(site, date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 9100123, 5));

        var doc = site.Html($"calendar/{day.Replace('-', '/')}/index.html");
        Assert.Equal(zone, doc.QuerySelector("[data-calendar]")!.GetAttribute("data-site-zone"));
        Assert.Equal(zone, doc.QuerySelector("[data-zone-note] [data-zone-name]")!.TextContent);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Pacific/Auckland")]
    [InlineData("Pacific/Pago_Pago")]
    [InlineData("UTC")]
    public void Date_only_release_never_moves_and_has_no_clock_time(string zone)
    {
        using var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", TimeZone = zone } };
        var movie = site.Movie(9500042, "The Glass Orchard");
        site.Release(movie, "2026-10-31");
        site.Build();

        var doc = site.Html("calendar/2026/10/31/index.html");
        var card = doc.QuerySelector("section.day[data-day='2026-10-31'] li.card[data-simkl-id='9500042']")!;
        Assert.Equal("movie", card.GetAttribute("data-kind"));
        Assert.False(card.HasAttribute("data-episode"));
        var time = card.QuerySelector("time")!;
        Assert.Equal("2026-10-31", time.GetAttribute("datetime"));
        Assert.False(time.HasAttribute("data-time"));
        Assert.False(site.Exists("calendar/2026/10/30/index.html"));
        Assert.False(site.Exists("calendar/2026/11/01/index.html"));
    }

    [Fact]
    public void Today_is_the_site_zone_date_of_now()
    {
        // 23:30 UTC on the 27th is already the 28th in Tokyo.
        using var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", TimeZone = "Asia/Tokyo" } };
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-28T03:00:00Z", 1, 1);
        site.Build(DateTimeOffset.Parse("2026-11-27T23:30:00Z", System.Globalization.CultureInfo.InvariantCulture));

        foreach (var page in new[] { "calendar/index.html", "calendar/tv/index.html", "calendar/2026/11/28/index.html" })
        {
            var doc = site.Html(page);
            var today = doc.QuerySelector("section.day[aria-current='date']")!;
            Assert.Equal("2026-11-28", today.GetAttribute("data-day"));
            Assert.NotNull(today.QuerySelector("#today"));
            Assert.Single(doc.QuerySelectorAll("#today"));
            Assert.Equal("#today", doc.QuerySelector("a[data-jump-today]")!.GetAttribute("href"));
        }

        // The home page's "All today" links are the Tokyo date's.
        Assert.Equal("2026-11-28", site.Html("index.html").QuerySelector("[data-day-links]:not([hidden])")!.GetAttribute("data-day-links"));

        // No section claims to be today on a day page that is not today.
        Assert.Null(site.Html("calendar/2026/11/28/index.html").QuerySelector("section.day:not([data-day='2026-11-28'])"));
    }

    [Fact]
    public void Today_gets_an_empty_section_when_nothing_airs()
    {
        using var site = new TestSite();
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-29T03:00:00Z", 1, 1);
        site.Build();

        var doc = site.Html("calendar/index.html");
        var days = doc.QuerySelectorAll("[data-calendar] section.day").Select(s => s.GetAttribute("data-day")).ToList();
        Assert.Equal(["2026-11-27", "2026-11-29"], days);
        var today = doc.QuerySelector("section.day[data-day='2026-11-27']")!;
        Assert.Equal("date", today.GetAttribute("aria-current"));
        Assert.Empty(today.QuerySelectorAll("li.card"));
        Assert.Contains("Nothing airs today", today.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Upcoming_window_is_upcoming_days_from_today()
    {
        using var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", UpcomingDays = 3, HomeDays = 2 } };
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-26T12:00:00Z", 1, 1); // yesterday
        site.Episode(show, "2026-11-27T12:00:00Z", 1, 2); // today
        site.Episode(show, "2026-11-28T12:00:00Z", 1, 3);
        site.Episode(show, "2026-11-29T12:00:00Z", 1, 4); // last upcoming day
        site.Episode(show, "2026-11-30T12:00:00Z", 1, 5); // beyond
        site.Build();

        static IReadOnlyList<string?> Episodes(IDocument doc) =>
            [.. doc.QuerySelectorAll("[data-calendar] li.card").Select(c => c.GetAttribute("data-episode"))];

        Assert.Equal(["2", "3", "4"], Episodes(site.Html("calendar/index.html")));
        Assert.Empty(Episodes(site.Html("index.html")));

        // Home: what airs in the next 24 hours, and links to the day pages of the next HomeDays days.
        var home = site.Html("index.html");
        Assert.Equal(["2"], home.QuerySelectorAll("li[data-up-next-item]:not([hidden])").Select(c => c.GetAttribute("data-episode")));
        Assert.Equal(["/calendar/2026/11/27/", "/calendar/2026/11/28/"], home.QuerySelectorAll("nav.browse a")
            .Select(a => a.GetAttribute("href")!).Where(h => System.Text.RegularExpressions.Regex.IsMatch(h, @"^/calendar/\d{4}/\d{2}/\d{2}/$")));
        Assert.Equal(["2", "3", "4"], Episodes(site.Html("calendar/tv/index.html")));
        Assert.Empty(Episodes(site.Html("calendar/anime/index.html")));
    }

    [Fact]
    public void Page_says_which_zone_times_are_in()
    {
        using var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", TimeZone = "Europe/Berlin" } };
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-28T12:00:00Z", 1, 1);
        site.Build();
        foreach (var page in new[] { "index.html", "calendar/index.html", "calendar/2026/11/28/index.html", "tv/9100123/harbor-lights/index.html", "premieres/index.html" })
        {
            var note = site.Html(page).QuerySelector("p[data-zone-note]");
            Assert.NotNull(note);
            Assert.Equal("Times are in Europe/Berlin.", note!.TextContent);
        }
    }
}
