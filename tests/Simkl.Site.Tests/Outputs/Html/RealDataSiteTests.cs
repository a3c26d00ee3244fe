using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>
/// Real Simkl data on the built pages: the stale banner at production source counts, undated list
/// items, lists read against the build's now, and Simkl links that follow the data only when it agrees.
/// </summary>
public class RealDataSiteTests
{
    private static DateTimeOffset T(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// The sources a production fetch records: per kind the v2 rolling file and 15 v2 monthly
    /// archives (12 months back, the current month, 2 ahead); the v1 file only where v2 failed.
    /// </summary>
    private static List<SourceRecord> ProductionSources(DateTimeOffset capturedAt, Func<SourceRecord, SourceRecord>? change = null)
    {
        var sources = new List<SourceRecord>();
        var current = new DateOnly(capturedAt.Year, capturedAt.Month, 1);
        foreach (var (kind, file) in new[] { (MediaKind.Tv, "tv"), (MediaKind.Anime, "anime"), (MediaKind.Movie, "movie_release") })
        {
            sources.Add(new SourceRecord
            {
                Id = $"calendar-v2/{kind.Hook()}", Type = SourceType.CalendarV2, Kind = kind, Url = $"https://data.simkl.in/calendar/v2/{file}.json",
                Path = $"data/calendar/v2/{file}.json", Outcome = SourceOutcome.Fresh, GoodAt = capturedAt, HttpStatus = 200,
            });
            for (var offset = -12; offset <= 2; offset++)
            {
                var month = current.AddMonths(offset);
                var published = offset <= 1; // the month after next is not published yet: 404
                sources.Add(new SourceRecord
                {
                    Id = $"calendar-v2/{month:yyyy-MM}/{kind.Hook()}", Type = SourceType.CalendarV2, Kind = kind, Month = month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    Url = $"https://data.simkl.in/calendar/v2/{month.Year}/{month.Month}/{file}.json",
                    Path = published ? $"data/calendar/v2/{month.Year}/{month.Month}/{file}.json" : null,
                    Outcome = published ? SourceOutcome.NotModified : SourceOutcome.Missing,
                    GoodAt = published ? capturedAt : null,
                    HttpStatus = published ? 304 : 404,
                    Message = published ? null : $"HTTP 404: no archive for {month:yyyy-MM}",
                });
            }
        }

        return change is null ? sources : [.. sources.Select(change)];
    }

    private static TestSite SiteWith(IEnumerable<SourceRecord> sources)
    {
        var site = new TestSite();
        var show = site.Show(1, "Harbor Lights");
        site.Episode(show, "2026-11-28T02:00:00Z", 1, 1);
        foreach (var s in sources)
        {
            site.Source(s);
        }

        return site;
    }

    [Fact]
    public void No_banner_for_unpublished_months_failed_past_months_or_a_v2_failure_that_v1_served()
    {
        var captured = T("2026-11-27T12:00:00Z");
        var sources = ProductionSources(captured, s => s.Id switch
        {
            // v2 rolling TV 404s; the v1 fallback is fresh (added below).
            "calendar-v2/tv" => s with { Outcome = SourceOutcome.Missing, Path = null, GoodAt = null, HttpStatus = 404, Message = "HTTP 404" },
            // A past archive failed; the last good copy is kept.
            "calendar-v2/2026-03/anime" => s with { Outcome = SourceOutcome.Stale, GoodAt = T("2026-11-20T06:00:00Z"), Message = "HTTP 503; kept the copy from 2026-11-20" },
            _ => s,
        });
        sources.Add(new SourceRecord { Id = "calendar-v1/tv", Type = SourceType.CalendarV1, Kind = MediaKind.Tv, Url = "https://data.simkl.in/calendar/tv.json", Path = "data/calendar/tv.json", Outcome = SourceOutcome.Fresh, GoodAt = captured });
        Assert.Equal(49, sources.Count); // 3 kinds x (1 rolling + 15 months) + the v1 fallback
        using var site = SiteWith(sources);
        site.Build();

        foreach (var page in new[] { "index.html", "calendar/index.html", "404.html" })
        {
            Assert.Null(site.Html(page).QuerySelector("[data-stale-banner]"));
        }
    }

    [Fact]
    public void A_calendar_that_could_not_be_refreshed_is_one_line_with_the_time_of_its_data()
    {
        var captured = T("2026-11-27T12:00:00Z");
        var sources = ProductionSources(captured, s => s.Kind == MediaKind.Tv && (s.Month is null || s.Month == "2026-11")
            ? s with { Outcome = SourceOutcome.Stale, GoodAt = s.Month is null ? T("2026-11-25T06:00:00Z") : T("2026-11-24T06:00:00Z"), Message = "HTTP 503" }
            : s);
        sources.Add(new SourceRecord { Id = "calendar-v1/tv", Type = SourceType.CalendarV1, Kind = MediaKind.Tv, Url = "https://data.simkl.in/calendar/tv.json", Outcome = SourceOutcome.Missing, HttpStatus = 503, Message = "HTTP 503" });
        // A whole kind with no data at all.
        sources = [.. sources.Select(s => s.Kind == MediaKind.Movie && (s.Month is null || s.Month == "2026-11") ? s with { Outcome = SourceOutcome.Missing, Path = null, GoodAt = null, HttpStatus = 500 } : s)];
        using var site = SiteWith(sources);
        site.Build();

        foreach (var page in new[] { "index.html", "calendar/index.html", "404.html", "tv/1/harbor-lights/index.html" })
        {
            var banner = site.Html(page).QuerySelector("[data-stale-banner]");
            Assert.NotNull(banner);
            var lines = banner!.QuerySelectorAll("[data-stale-source]").Select(p => p.TextContent.Trim()).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Equal("The TV calendar could not be refreshed since 25 Nov 2026, 06:00 (UTC); what is shown may be out of date.", lines[0]);
            Assert.Equal("2026-11-25T06:00:00Z", banner.QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Equal("The movie calendar could not be loaded; what is shown may be out of date.", lines[1]);
            Assert.DoesNotContain("v1", banner.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("2027", banner.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_airing_list_item_with_a_null_date_is_shown_as_date_to_be_announced()
    {
        using var site = new TestSite();
        var dated = site.Show(9300100, "Dated Anime", MediaKind.Anime);
        var tba = site.Show(9300456, "Kumori Academy Nights", MediaKind.Anime);
        site.ListAsOf(ListFamily.Airing, MediaKind.Anime, "today", site.CapturedAt,
            new ListEntry { SimklId = 9300100, Kind = MediaKind.Anime, Position = 1, When = AiringTime.At(T("2026-11-27T15:00:00Z")), Episode = 3 },
            new ListEntry { SimklId = 9300456, Kind = MediaKind.Anime, Position = 2, When = null, Episode = 14 });
        site.Build();

        var section = site.Html("airing/index.html").QuerySelector("#airing-today-anime")!;
        var cards = section.QuerySelectorAll("li.card").ToList();
        Assert.Equal(["9300100", "9300456"], cards.Select(c => c.GetAttribute("data-simkl-id")));
        Assert.Equal("Date to be announced", cards[1].QuerySelector(".date-tba")!.TextContent);
        Assert.Null(cards[1].QuerySelector("time"));
        Assert.Contains("Episode 14", cards[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(dated.Name, cards[0].QuerySelector(".card-title a")!.TextContent);
        Assert.Equal(tba.Name, cards[1].QuerySelector(".card-title a")!.TextContent);
    }

    [Fact]
    public void Airing_today_from_an_old_list_shows_no_old_items_as_today_and_says_how_old_it_is()
    {
        using var site = new TestSite();
        site.Show(1, "Old Show");
        site.Show(2, "Current Show");
        site.ListAsOf(ListFamily.Airing, MediaKind.Tv, "today", T("2022-09-14T10:00:00Z"),
            new ListEntry { SimklId = 1, Kind = MediaKind.Tv, Position = 1, When = AiringTime.At(T("2022-09-14T23:00:00Z")), Season = 1, Episode = 2 },
            new ListEntry { SimklId = 2, Kind = MediaKind.Tv, Position = 2, When = null, Season = 1, Episode = 3 });
        site.Build(T("2026-11-27T12:00:00Z"));

        var section = site.Html("airing/index.html").QuerySelector("#airing-today-tv")!;
        Assert.Empty(section.QuerySelectorAll("li.card"));
        Assert.Equal("Simkl's list is from Wed 14 Sep 2022, older than this page.", section.QuerySelector(".note")!.TextContent);
    }

    [Fact]
    public void Premiere_lists_filter_against_the_build_and_new_premieres_count_as_recent()
    {
        using var site = new TestSite();
        site.Show(10, "Stale Premiere");
        site.Show(11, "Upcoming Premiere");
        site.Show(12, "Undated Premiere");
        site.Show(20, "Just Premiered");
        site.Show(21, "Premiered Long Ago");
        site.List(ListFamily.Premieres, MediaKind.Tv, "soon",
            new ListEntry { SimklId = 10, Kind = MediaKind.Tv, Position = 1, When = AiringTime.On(new DateOnly(2020, 3, 1)) },
            new ListEntry { SimklId = 11, Kind = MediaKind.Tv, Position = 2, When = AiringTime.On(new DateOnly(2026, 12, 3)) },
            new ListEntry { SimklId = 12, Kind = MediaKind.Tv, Position = 3, When = null });
        site.List(ListFamily.Premieres, MediaKind.Tv, "new",
            new ListEntry { SimklId = 20, Kind = MediaKind.Tv, Position = 1, When = AiringTime.On(new DateOnly(2026, 11, 20)) },
            new ListEntry { SimklId = 21, Kind = MediaKind.Tv, Position = 2, When = AiringTime.On(new DateOnly(2026, 8, 1)) });
        site.Build(T("2026-11-27T12:00:00Z"));

        var doc = site.Html("premieres/index.html");
        var soon = doc.QuerySelector("#premieres-soon-tv")!;
        Assert.Equal(["11", "12"], soon.QuerySelectorAll("li.title-card").Select(c => c.GetAttribute("data-simkl-id")));
        Assert.Contains("Date to be announced", soon.QuerySelector("li.title-card[data-simkl-id='12']")!.TextContent, StringComparison.Ordinal);

        // "In the last 30 days" carries the premieres/new item of 20 Nov; the August one is too old for it.
        var recent = doc.QuerySelector("section.day[data-day='2026-11-20']") ?? doc.QuerySelector("#day-2026-11-20");
        Assert.NotNull(recent);
        Assert.NotNull(recent!.QuerySelector("li.card[data-simkl-id='20']"));
        Assert.Null(doc.QuerySelector("li[data-simkl-id='21']"));
    }

    [Theory]
    [InlineData("https://simkl.com/tv/9100111/../../tmp/evil", "https://simkl.com/tv/9100111/hostile")]
    [InlineData("/tv/9100111/%2e%2e/%2e%2e/tmp", "https://simkl.com/tv/9100111/hostile")]
    [InlineData("https://simkl.com/anime/9100111/hostile", "https://simkl.com/tv/9100111/hostile")]
    [InlineData("https://simkl.com/tv/42/other-show", "https://simkl.com/tv/9100111/hostile")]
    [InlineData("https://api.simkl.com/tv/9100111/hostile", "https://simkl.com/tv/9100111/hostile")]
    [InlineData("https://simkl.com.evil.example/tv/9100111/hostile", "https://simkl.com/tv/9100111/hostile")]
    [InlineData("/tv/9100111/harbor-lights%C3%A9", "https://simkl.com/tv/9100111/harbor-lights%C3%A9")]
    [InlineData("http://www.simkl.com/tv/9100111/agrees", "https://simkl.com/tv/9100111/agrees")]
    public void Title_links_follow_the_record_url_only_when_it_agrees_with_kind_and_id(string given, string expected)
    {
        using var site = new TestSite();
        var show = site.Show(9100111, "Hostile", with: t => t with { SimklUrl = given });
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 2, url: given.Replace("9100111/", "9100111/x/season-1/episode-2/", StringComparison.Ordinal));
        site.Build();

        var title = site.Html("tv/9100111/hostile/index.html");
        Assert.Contains(title.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == expected);
        Assert.DoesNotContain(title.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("/tmp", StringComparison.Ordinal));
        var card = site.Html("calendar/2026/11/28/index.html").QuerySelector("li.card[data-episode='2']")!;
        var episodeLink = card.QuerySelector("a[data-simkl-link]")!.GetAttribute("href")!;
        Assert.StartsWith("https://simkl.com/tv/9100111/", episodeLink, StringComparison.Ordinal);
        Assert.DoesNotContain("..", episodeLink, StringComparison.Ordinal);
        Assert.DoesNotContain("%2e", episodeLink, StringComparison.OrdinalIgnoreCase);
    }
}
