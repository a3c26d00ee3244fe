using Simkl.Site.Model;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Content;

/// <summary>Premieres, finales, binge drops, spoiler-safe mode, the stale banner and the data stamp.</summary>
public sealed class ContentFeatureTests
{
    [Fact]
    public void Premieres_page_lists_calendar_episode_ones_and_list_only_titles()
    {
        using var site = new TestSite();
        var newShow = site.Show(1, "New Show");
        site.Episode(newShow, "2026-11-29T02:00:00Z", 1, 1);
        site.Episode(newShow, "2026-12-06T02:00:00Z", 1, 2);
        var returning = site.Show(2, "Returning Show");
        site.Episode(returning, "2026-11-30T02:00:00Z", 4, 1);
        var old = site.Show(3, "Old Show");
        site.Episode(old, "2026-11-20T02:00:00Z", 1, 1); // recent (7 days ago)
        site.Episode(old, "2026-09-01T02:00:00Z", 2, 1); // too old for "recent"
        var anime = site.Show(4, "Tsuki", MediaKind.Anime);
        site.Episode(anime, "2026-12-01T15:00:00Z", null, 1);
        site.Episode(anime, "2026-12-08T15:00:00Z", null, 2);
        var special = site.Show(5, "Special Show");
        site.Episode(special, "2026-11-29T02:00:00Z", 0, 1);
        var listOnly = site.Show(6, "Only In List");
        site.List(ListFamily.Premieres, MediaKind.Tv, "soon",
            new ListEntry { SimklId = 6, Kind = MediaKind.Tv, Position = 1, When = AiringTime.On(new DateOnly(2027, 1, 5)) },
            new ListEntry { SimklId = 1, Kind = MediaKind.Tv, Position = 2 });
        site.Build();

        var doc = site.Html("premieres/index.html");
        var upcoming = doc.QuerySelector("section[aria-labelledby='upcoming-h']")!;
        var cards = upcoming.QuerySelectorAll("li.card").Select(c => (c.GetAttribute("data-simkl-id"), c.GetAttribute("data-episode"), c.GetAttribute("data-premiere"))).ToList();
        Assert.Equal([("1", "1", "true"), ("2", "1", "true"), ("4", "1", "true")], cards);

        var recent = doc.QuerySelector("section[aria-labelledby='recent-h']")!;
        Assert.Equal(["3"], recent.QuerySelectorAll("li.card").Select(c => c.GetAttribute("data-simkl-id")));

        // Simkl's list adds the title the calendar does not have; the one it has is not repeated.
        var list = doc.QuerySelector("#premieres-soon-tv")!;
        Assert.Equal(["6"], list.QuerySelectorAll("li[data-simkl-id]").Select(c => c.GetAttribute("data-simkl-id")));
        Assert.Equal("2027-01-05", list.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Finales_page_lists_each_finale_kind_and_cards_carry_the_hook()
    {
        using var site = new TestSite();
        var a = site.Show(1, "Mid Show");
        site.Episode(a, "2026-11-28T02:00:00Z", 2, 8, finale: FinaleKind.MidSeason);
        var b = site.Show(2, "Season Show");
        site.Episode(b, "2026-12-02T02:00:00Z", 3, 10, finale: FinaleKind.Season);
        var c = site.Show(3, "Ending Show");
        site.Episode(c, "2026-11-25T02:00:00Z", 5, 12, finale: FinaleKind.Series);
        var d = site.Show(4, "Ordinary Show");
        site.Episode(d, "2026-11-28T03:00:00Z", 1, 3);
        site.Build();

        var doc = site.Html("finales/index.html");
        var upcoming = doc.QuerySelectorAll("section[aria-labelledby='upcoming-h'] li.card")
            .Select(x => (x.GetAttribute("data-simkl-id"), x.GetAttribute("data-finale"))).ToList();
        Assert.Equal([("1", "mid-season"), ("2", "season")], upcoming);
        var recent = doc.QuerySelectorAll("section[aria-labelledby='recent-h'] li.card")
            .Select(x => (x.GetAttribute("data-simkl-id"), x.GetAttribute("data-finale"))).ToList();
        Assert.Equal([("3", "series")], recent);
        Assert.Contains("Series finale", doc.QuerySelector("section[aria-labelledby='recent-h'] .badge-finale")!.TextContent, StringComparison.Ordinal);

        var day = site.Html("calendar/2026/11/28/index.html");
        Assert.False(day.QuerySelector("li.card[data-simkl-id='4']")!.HasAttribute("data-finale"));
    }

    [Fact]
    public void Binge_drop_collapses_into_one_card_with_every_episode_inside()
    {
        using var site = new TestSite
        {
            Settings = new() { BaseUrl = "https://cal.example.org", BingeThreshold = 3, ClientId = "cid123" },
        };
        var show = site.Show(9100106, "Velvet Circuit");
        for (var e = 1; e <= 8; e++)
        {
            site.Episode(show, "2026-12-04T08:00:00Z", 2, e, $"Part {e}", e == 8 ? FinaleKind.Season : FinaleKind.None);
        }

        var small = site.Show(9100107, "Three Drop");
        for (var e = 1; e <= 3; e++)
        {
            site.Episode(small, "2026-12-04T09:00:00Z", 1, e + 3);
        }

        site.Build();
        var doc = site.Html("calendar/2026/12/04/index.html");

        var binge = doc.QuerySelectorAll("li.card[data-simkl-id='9100106']").Single();
        Assert.Equal("2", binge.GetAttribute("data-season"));
        Assert.Equal("1", binge.GetAttribute("data-episode"));
        Assert.Equal("8", binge.GetAttribute("data-episode-last"));
        Assert.Equal("true", binge.GetAttribute("data-premiere"));
        Assert.Equal("season", binge.GetAttribute("data-finale"));
        Assert.Contains("Episodes 1\u20138", binge.TextContent, StringComparison.Ordinal);
        var marks = binge.QuerySelectorAll("a[data-mark-watched]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(8, marks.Count);
        Assert.All(Enumerable.Range(1, 8), e => Assert.Contains(marks, m => m.EndsWith($"&season=2&episode={e}&client_id=cid123", StringComparison.Ordinal)));

        // At the threshold nothing collapses.
        Assert.Equal(3, doc.QuerySelectorAll("li.card[data-simkl-id='9100107']").Length);
        Assert.Empty(doc.QuerySelectorAll("li.card[data-simkl-id='9100107'][data-episode-last]"));

        // The title page and the upcoming calendar show the same collapsed card.
        Assert.Single(site.Html("tv/9100106/velvet-circuit/index.html").QuerySelectorAll("tr.ep-row[data-simkl-id='9100106']"));
    }

    [Fact]
    public void Spoiler_safe_mode_hides_episode_titles_everywhere()
    {
        using var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", SpoilerSafe = true } };
        var show = site.Show(1, "Quiz Night");
        site.Episode(show, "2026-11-27T20:00:00Z", 4, 12, "Winner: Alice Example");
        site.Episode(show, "2026-11-20T20:00:00Z", 4, 11, "Winner: Bob Example");
        for (var e = 1; e <= 5; e++)
        {
            site.Episode(show, "2026-12-01T20:00:00Z", 5, e, $"Champion Carol {e}");
        }

        site.Build();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Alice", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bob", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Carol", text, StringComparison.Ordinal);
        }

        // Episodes are still there, by number.
        Assert.Contains("S04E12", site.Html("calendar/2026/11/27/index.html").QuerySelector("li.card")!.TextContent, StringComparison.Ordinal);

        using var normal = new TestSite();
        var s2 = normal.Show(1, "Quiz Night");
        normal.Episode(s2, "2026-11-27T20:00:00Z", 4, 12, "Winner: Alice Example");
        normal.Build();
        Assert.Contains("Alice", normal.Text("calendar/2026/11/27/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_banner_when_all_calendar_sources_are_good_and_a_data_stamp_on_every_page()
    {
        using var site = new TestSite { CapturedAt = DateTimeOffset.Parse("2026-11-27T09:15:00Z", System.Globalization.CultureInfo.InvariantCulture) };
        site.Settings = site.Settings with { TimeZone = "Europe/Berlin" };
        var show = site.Show(1, "Harbor Lights");
        site.Episode(show, "2026-11-28T02:00:00Z", 1, 1);
        site.Source(new SourceRecord { Id = "calendar-v2/tv", Type = SourceType.CalendarV2, Kind = MediaKind.Tv, Url = "https://data.simkl.in/calendar/v2/tv.json", Path = "data/calendar/v2/tv.json", Outcome = SourceOutcome.NotModified });
        site.Build();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Where(f => !Path.GetRelativePath(site.Output, f).StartsWith("embed", StringComparison.Ordinal)))
        {
            var doc = site.Html(Path.GetRelativePath(site.Output, file));
            Assert.Null(doc.QuerySelector("[data-stale-banner]"));
            var stamp = doc.QuerySelector(".data-stamp time")!;
            Assert.Equal("2026-11-27T09:15:00Z", stamp.GetAttribute("datetime"));
            Assert.Equal("27 Nov 2026, 10:15 (Europe/Berlin)", stamp.TextContent);
        }
    }

    [Fact]
    public void Synthetic_snapshot_says_so()
    {
        using var site = new TestSite { Synthetic = true };
        var show = site.Show(1, "Harbor Lights");
        site.Episode(show, "2026-11-28T02:00:00Z", 1, 1);
        site.Build();
        Assert.Contains("synthetic sample data", site.Html("index.html").QuerySelector(".banner-sample")!.TextContent, StringComparison.Ordinal);
    }
}
