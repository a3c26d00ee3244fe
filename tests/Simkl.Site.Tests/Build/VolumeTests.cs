using Simkl.Site.Outputs.Html;
using Simkl.Site.TestData;
using Simkl.Site.Build;
using Simkl.Site.Model;
using Simkl.Site.Check;
using Simkl.Site.Load;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// The site built end to end from generated snapshots at Simkl's real volume and beyond, then
/// read back page by page: every page ends with &lt;/html&gt;, every stated count is shown, and
/// every airing of the catalogue is on its day page. Checked from the files on disk, independently
/// of the build's own verification.
/// </summary>
public sealed class VolumeTests
{
    private static readonly DateTimeOffset FirstDay = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Four_weeks_at_real_daily_volume_show_every_airing_on_its_day_page()
    {
        using var site = new TestSite();
        var options = Build(site, new DailyVolume(), now: null);

        var context = SiteBuilder.CreateContext(options);
        var perDay = context.Catalogue.Airings
            .GroupBy(a => a.When.DayIn(context.Zone))
            .Select(g => (Tv: g.Count(a => a.Kind == MediaKind.Tv), Anime: g.Count(a => a.Kind == MediaKind.Anime), Movies: g.Count(a => a.Kind == MediaKind.Movie)))
            .ToList();

        // The snapshot really is at volume: about 290 / 30 / 50 a day over four weeks.
        Assert.Equal(28, perDay.Count);
        Assert.InRange(perDay.Average(d => d.Tv), 270, 310);
        Assert.True(perDay.Max(d => d.Tv) > 300, $"busiest day has {perDay.Max(d => d.Tv)} TV episodes");
        Assert.InRange(perDay.Average(d => d.Anime), 25, 35);
        Assert.All(perDay, d => Assert.Equal(50, d.Movies));

        AssertComplete(site, options);
    }

    [Fact]
    public void Three_thousand_titles_on_one_day_are_all_on_the_day_page_and_the_calendars_and_home_link_to_it()
    {
        using var site = new TestSite();
        var options = Build(site, new DailyVolume { Days = 1, TvPerDay = 0, AnimePerDay = 0, MoviesPerDay = 0, CrowdedDayTitles = 3000 }, FirstDay.AddHours(1));

        AssertComplete(site, options);
        Assert.Contains("3,000 TV episodes", site.Text("calendar/2026/11/25/index.html"), StringComparison.Ordinal);
        // The upcoming calendar shows that day's most popular entries and links the complete day page.
        var tv = site.Html("calendar/tv/index.html");
        Assert.Equal(CalendarPlanner.PerDay, tv.QuerySelectorAll("section[data-day='2026-11-25'] li.card").Length);
        Assert.Contains(tv.QuerySelectorAll("section[data-day='2026-11-25'] a[href='/calendar/2026/11/25/']"), a => a.TextContent.Contains("all 3,000 on", StringComparison.Ordinal));

        // The home page stays short: a bounded selection and a link to the complete day page.
        var home = site.Html("index.html");
        Assert.InRange(home.QuerySelectorAll("li.card").Length, 1, 60);
        Assert.Contains(home.QuerySelectorAll("a[href='/calendar/2026/11/25/']"), a => a.TextContent == "3,000 TV episodes");
    }

    [Fact]
    public void A_title_with_a_300_KB_network_is_capped_and_every_page_stays_complete()
    {
        using var site = new TestSite();
        var options = Build(site, new DailyVolume { Days = 7, TvPerDay = 5, AnimePerDay = 1, MoviesPerDay = 1, HugeNetworkChars = 300_000 }, FirstDay.AddHours(1));

        AssertComplete(site, options);
        // The loader caps short words (counted as text-too-long); the pages around the title stay whole.
        var network = new string('N', JsonValues.MaxWordLength);
        foreach (var page in new[] { "calendar/index.html", "calendar/tv/index.html" })
        {
            Assert.Contains($"<span class=\"network\">{network}</span>", site.Text(page), StringComparison.Ordinal);
            Assert.EndsWith("</html>\n", site.Text(page), StringComparison.Ordinal);
        }
    }

    private static BuildOptions Build(TestSite site, DailyVolume volume, DateTimeOffset? now)
    {
        var data = Path.Combine(site.Root, "data");
        DailyVolumeSnapshot.Build(volume).WriteTo(data);
        var options = site.Options(now) with { Catalogue = null, DataDir = data, TimeZone = "UTC" };
        SiteBuilder.Build(options);
        return options;
    }

    private static void AssertComplete(TestSite site, BuildOptions options)
    {
        var coverage = DayPageCoverage.From(SiteBuilder.CreateContext(options));
        var problems = new List<string>();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var page in pages)
        {
            var found = PageCompleteness.Check(page, site.Text(page), out var sections);
            problems.AddRange(found.Concat(coverage.Check(page, sections)).Select(p => p.ToString()));
        }

        problems.AddRange(coverage.Pages.Where(p => !pages.Contains(p)).Select(p => $"{p}: day page missing"));
        Assert.Empty(problems);
    }

    // Airings shown in the page's day sections (not the premieres block beside them).
    private static int ShownInDays(string page, string html)
    {
        PageCompleteness.Check(page, html, out var sections);
        return sections.Sum(s => s.Shown.Count);
    }
}
