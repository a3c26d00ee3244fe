using Simkl.Site.Model;
using Simkl.Site.Fetch;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Fetch;

public sealed class FetchPlanTests
{
    [Fact]
    public void Archive_urls_use_the_unpadded_month_and_ids_the_padded_one()
    {
        var spec = SourceSpec.CalendarV2(MediaKind.Movie, new CalendarMonth(2026, 8));
        Assert.Equal("/calendar/v2/2026/8/movie_release.json", spec.PathAndQuery);
        Assert.Equal("data/calendar/v2/2026/8/movie_release.json", spec.SnapshotPath);
        Assert.Equal("calendar-v2/2026-08/movies", spec.Id);
        Assert.Equal("2026-08", spec.Month!.Value.Id);

        var v1 = SourceSpec.CalendarV1(MediaKind.Anime, new CalendarMonth(2026, 11));
        Assert.Equal("/calendar/2026/11/anime.json", v1.PathAndQuery);
        Assert.Equal("calendar-v1/2026-11/anime", v1.Id);
        Assert.Equal(BodyShape.Array, v1.Shape);
    }

    [Fact]
    public void Window_spans_months_back_to_months_ahead_across_years()
    {
        var months = CalendarMonth.Window(new DateTimeOffset(2027, 1, 31, 23, 0, 0, TimeSpan.FromHours(-5)), 12, 2);
        // 23:00 at -05:00 on Jan 31 is Feb 1 in UTC.
        Assert.Equal(15, months.Count);
        Assert.Equal(new CalendarMonth(2026, 2), months[0]);
        Assert.Equal(new CalendarMonth(2027, 2), months[12]);
        Assert.Equal(new CalendarMonth(2027, 4), months[^1]);
    }

    [Fact]
    public void Default_settings_plan_every_source_with_contract_ids_and_paths()
    {
        var plan = FetchPlan.For(new SiteSettings(), new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), 50);
        Assert.Equal(3 + (15 * 3), plan.Calendars.Count);
        Assert.Equal("calendar-v2/tv", plan.Calendars[0].V2.Id);
        Assert.Equal("calendar-v1/tv", plan.Calendars[0].V1.Id);
        Assert.Equal("data/calendar/tv.json", plan.Calendars[0].V1.SnapshotPath);
        Assert.Contains(plan.Calendars, c => c.V2.Id == "calendar-v2/2025-11/tv" && c.V2.PathAndQuery == "/calendar/v2/2025/11/tv.json");
        Assert.Contains(plan.Calendars, c => c.V2.Id == "calendar-v2/2027-01/anime" && c.V2.PathAndQuery == "/calendar/v2/2027/1/anime.json");

        Assert.Equal(9, plan.Trending.Count);
        var movies = plan.Trending.Single(t => t.File.Id == "trending/movies/week");
        Assert.Equal("/discover/trending/movies/week_100.json", movies.File.PathAndQuery);
        Assert.Equal("api/movies/trending/week.json", movies.Api.SnapshotPath);
        Assert.StartsWith("/movies/trending/week?", movies.Api.PathAndQuery, StringComparison.Ordinal);

        Assert.Equal(4, plan.Premieres.Count);
        var soon = plan.Premieres.Single(p => p.Kind == MediaKind.Anime && p.Variant == "soon").Page(2);
        Assert.Equal("premieres/anime/soon/2", soon.Id);
        Assert.Equal("/anime/premieres/soon?page=2&limit=50", soon.PathAndQuery);
        Assert.Equal("api/anime/premieres/soon/page-2.json", soon.SnapshotPath);

        Assert.Equal(
            ["airing/tv/today", "airing/tv/tomorrow", "airing/anime/today", "airing/anime/tomorrow", "best/tv/all", "best/anime/all"],
            plan.ApiLists.Select(s => s.Id));
        var airing = plan.ApiLists[0];
        Assert.Equal(("/tv/airing?date=today", "api/tv/airing/today.json", SourceType.Airing), (airing.PathAndQuery, airing.SnapshotPath, airing.Type));
        Assert.Equal("api/anime/best/all.json", plan.ApiLists[^1].SnapshotPath);
    }

    [Fact]
    public void Cdn_specs_never_carry_a_query_string()
    {
        var plan = FetchPlan.For(new SiteSettings(), DateTimeOffset.UnixEpoch, 50);
        var cdn = plan.Calendars.SelectMany(c => new[] { c.V2, c.V1 }).Concat(plan.Trending.Select(t => t.File)).ToList();
        Assert.All(cdn, s => Assert.Equal(SimklHost.Data, s.Host));
        Assert.All(cdn, s => Assert.DoesNotContain('?', s.PathAndQuery));
    }

    [Theory]
    [InlineData("trendingIntervals", "yearly")]
    [InlineData("best", "../../etc")]
    [InlineData("airing", "yesterday")]
    [InlineData("premieres", "old")]
    public void Unknown_list_values_are_errors_naming_the_key(string key, string value)
    {
        var lists = key switch
        {
            "trendingIntervals" => new ListSettings { TrendingIntervals = [value] },
            "best" => new ListSettings { Best = [value] },
            "airing" => new ListSettings { Airing = [value] },
            _ => new ListSettings { Premieres = [value] },
        };
        var e = Assert.Throws<SiteException>(() => FetchPlan.For(new SiteSettings { Lists = lists }, DateTimeOffset.UnixEpoch, 50));
        Assert.Contains($"lists.{key}", e.Message, StringComparison.Ordinal);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
    }
}
