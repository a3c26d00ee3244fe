using Simkl.Site.IO;
using Simkl.Site.FakeSimkl;
using Simkl.Site.Fetch;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Fetch;

public sealed class FetchSnapshotTests
{
    private const string TvV2 = "data/calendar/v2/tv.json";

    [Fact]
    public async Task First_fetch_stores_every_body_at_its_contract_path()
    {
        await using var h = await FetchHarness.StartAsync();

        var result = await h.FetchAsync();

        Assert.Equal(FetchSnapshot.Complete, result.Report.ExitCode);
        Assert.Empty(result.Report.Problems);
        var manifest = h.Manifest;
        Assert.Equal(FetchHarness.DefaultNow, manifest.CapturedAt);
        Assert.Equal(h.Fake.DataBase, manifest.DataBase);
        Assert.False(manifest.Synthetic);
        foreach (var record in manifest.Sources.Where(s => s.Path is not null))
        {
            Assert.Equal(h.Fixture(record.Path!), h.Stored(record.Path!));
            Assert.Contains(record.Outcome, new[] { SourceOutcome.Fresh });
            Assert.NotNull(record.ETag);
            Assert.NotNull(record.LastModified);
            Assert.Equal(FetchHarness.DefaultNow, record.GoodAt);
        }

        var tv = h.Record("calendar-v2/tv");
        Assert.Equal((SourceType.CalendarV2, Simkl.Site.Model.MediaKind.Tv, TvV2, $"{h.Fake.DataBase}/calendar/v2/tv.json"), (tv.Type, tv.Kind, tv.Path, tv.Url));
        Assert.Equal("2026-11", h.Record("calendar-v2/2026-11/movies").Month);
        Assert.Equal("api/tv/premieres/new/page-2.json", h.Record("premieres/tv/new/2").Path);
        Assert.Equal(2, h.Record("premieres/tv/new/2").Page);
        Assert.Equal("api/anime/airing/tomorrow.json", h.Record("airing/anime/tomorrow").Path);
        Assert.Equal("data/discover/trending/movies/month_100.json", h.Record("trending/movies/month").Path);
        Assert.True(File.Exists(Path.Combine(h.Dir, FetchReport.FileName)));
        Assert.DoesNotContain(h.Files(), f => AtomicFile.IsTempFile(f));
    }

    [Fact]
    public async Task Second_fetch_sends_validators_and_reuses_bodies_on_304()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var before = h.Stored(TvV2);
        var etag = h.Record("calendar-v2/tv").ETag;
        h.Fake.ClearRequests();
        h.Clock.Now = FetchHarness.DefaultNow.AddHours(6);

        var result = await h.FetchAsync();

        var tv = h.Record("calendar-v2/tv");
        Assert.Equal((SourceOutcome.NotModified, 304, TvV2, etag), (tv.Outcome, tv.HttpStatus, tv.Path, tv.ETag));
        Assert.Equal(FetchHarness.DefaultNow.AddHours(6), tv.GoodAt);
        Assert.Equal(before, h.Stored(TvV2));
        Assert.Equal(etag, h.Fake.Requests.First(r => r.FixturePath == TvV2).Header("If-None-Match"));
        Assert.All(h.Fake.Requests.Where(r => r.Host == "data" && r.StatusCode == 200 || r.StatusCode == 304), r => Assert.Equal(304, r.StatusCode));
        Assert.Equal(0, result.Report.Totals.Fresh);
        Assert.Equal(0, result.Report.Totals.Bytes);
    }

    [Fact]
    public async Task An_upstream_change_replaces_the_stored_body()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        const string changed = """{"calendar":[{"simkl_id":9100009,"date":"2026-11-18T01:00:00Z"}],"metadata":{"9100009":{"title":"New","ids":{"simkl_id":9100009}}}}""";
        h.Fake.SetFile(TvV2, changed);

        await h.FetchAsync();

        Assert.Equal(SourceOutcome.Fresh, h.Record("calendar-v2/tv").Outcome);
        Assert.Equal(changed, System.Text.Encoding.UTF8.GetString(h.Stored(TvV2)));
    }

    public static TheoryData<string, FakeFault, string> Faults => new()
    {
        { "503", FakeFault.Status(503), "HTTP 503" },
        { "500 with Retry-After", FakeFault.Status(500, retryAfter: "1"), "HTTP 500" },
        { "html", FakeFault.Html(), "rejected the body: an HTML page" },
        { "truncated", FakeFault.Truncated(), "rejected the body: incomplete or invalid JSON" },
        { "error object", FakeFault.ErrorObject("rate_limit"), "rejected the body: an error object (error: rate_limit)" },
        { "empty 200", FakeFault.Status(200, ""), "rejected the body: empty body" },
        { "disconnect", FakeFault.Disconnect(), "network error" },
        { "403", FakeFault.Status(403, "Blocked"), "HTTP 403: the CDN denied access" },
        { "410", FakeFault.Status(410), "HTTP 410" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failed_fetch_keeps_the_last_good_copy_byte_for_byte(string name, FakeFault fault, string message)
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var good = h.Record("calendar-v2/tv");
        var bytes = h.Stored(TvV2);
        h.Fake.SetFile(TvV2, """{"calendar":[],"metadata":{}}""");
        h.Fake.SetFault(TvV2, fault);

        var result = await h.FetchAsync();

        var tv = h.Record("calendar-v2/tv");
        Assert.True(tv.Outcome == SourceOutcome.Stale, name);
        Assert.Equal((TvV2, good.ETag, good.LastModified, good.GoodAt, good.Url), (tv.Path, tv.ETag, tv.LastModified, tv.GoodAt, tv.Url));
        Assert.Contains(message, tv.Message, StringComparison.Ordinal);
        Assert.Contains("kept the copy from 2026-11-15T10:00:00Z", tv.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, h.Stored(TvV2));
        Assert.DoesNotContain(h.Files(), f => AtomicFile.IsTempFile(f));
        // The v2 file is unusable, so its v1 counterpart is fetched as well.
        Assert.Equal(SourceOutcome.Fresh, h.Record("calendar-v1/tv").Outcome);
        Assert.Equal(FetchSnapshot.Complete, result.Report.ExitCode);
    }

    [Fact]
    public async Task A_404_archive_month_is_missing_without_being_an_error()
    {
        await using var h = await FetchHarness.StartAsync();

        var result = await h.FetchAsync();

        var movieOct = h.Record("calendar-v2/2026-10/movies");
        Assert.Equal((SourceOutcome.Missing, 404, null), (movieOct.Outcome, movieOct.HttpStatus, movieOct.Path));
        Assert.Equal(SourceOutcome.Missing, h.Record("calendar-v1/2026-10/movies").Outcome);
        Assert.Contains(result.Report.Requests, e => e.Id == "calendar-v2/2026-10/movies" && e.NoData && e.Attempts == 1);
        Assert.DoesNotContain(result.Report.Problems, p => p.Contains("2026-10/movies", StringComparison.Ordinal));
        Assert.Equal(FetchSnapshot.Complete, result.Report.ExitCode);
    }

    [Fact]
    public async Task V1_is_fetched_only_for_missing_or_unusable_v2_files()
    {
        await using var h = await FetchHarness.StartAsync();

        await h.FetchAsync();

        // December has no v2 archive; its v1 counterpart exists for TV.
        Assert.Equal(SourceOutcome.Missing, h.Record("calendar-v2/2026-12/tv").Outcome);
        var v1 = h.Record("calendar-v1/2026-12/tv");
        Assert.Equal((SourceOutcome.Fresh, "data/calendar/2026/12/tv.json", SourceType.CalendarV1), (v1.Outcome, v1.Path, v1.Type));
        Assert.Equal(h.Fixture("data/calendar/2026/12/tv.json"), h.Stored(v1.Path!));
        var paths = h.Fake.Requests.Select(r => r.Path).ToList();
        Assert.Contains("/calendar/2026/12/tv.json", paths);
        Assert.DoesNotContain("/calendar/tv.json", paths);
        Assert.DoesNotContain("/calendar/2026/11/tv.json", paths);
        Assert.DoesNotContain(h.Manifest.Sources, s => s.Id == "calendar-v1/tv");
    }

    [Fact]
    public async Task A_failing_trending_file_falls_back_to_the_api()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("data/discover/trending/movies/week_100.json", FakeFault.Status(503));

        var result = await h.FetchAsync();

        var week = h.Record("trending-api/movies/week");
        Assert.Equal((SourceOutcome.Fresh, "api/movies/trending/week.json", "trending/movies/week"), (week.Outcome, week.Path, week.FallbackFor));
        Assert.StartsWith($"{h.Fake.ApiBase}/movies/trending/week?extended=", week.Url, StringComparison.Ordinal);
        Assert.Equal(h.Fixture("api/movies/trending/week.json"), h.Stored(week.Path!));
        Assert.Equal((SourceOutcome.Missing, null), (h.Record("trending/movies/week").Outcome, h.Record("trending/movies/week").Path));
        Assert.Contains(result.Report.Requests, e => e.Id == "trending/movies/week" && !e.Fallback && e.Outcome == SourceOutcome.Missing);
        Assert.Contains(result.Report.Requests, e => e.Id == "trending-api/movies/week" && e.Fallback && e.Outcome == SourceOutcome.Fresh);
        Assert.DoesNotContain(h.Fake.Requests, r => r.Path == "/tv/trending/week");
        Assert.Equal(FetchSnapshot.Complete, result.Report.ExitCode);
    }

    [Fact]
    public async Task Premieres_follow_the_page_count_up_to_the_page_limit()
    {
        await using var h = await FetchHarness.StartAsync();

        await h.FetchAsync();

        var pages = (string kind, string variant) => h.Fake.Requests
            .Where(r => r.Path == $"/{kind}/premieres/{variant}").Select(r => r.Query("page")).ToList();
        Assert.Equal(["1", "2", "3"], pages("tv", "new"));        // 4 pages upstream, limit 3
        Assert.Equal(["1", "2"], pages("anime", "new"));          // 2 pages upstream
        Assert.Equal(["1"], pages("tv", "soon"));
        Assert.All(h.Fake.Requests.Where(r => r.Path.Contains("/premieres/", StringComparison.Ordinal)), r => Assert.Equal("50", r.Query("limit")));
        Assert.Equal(["premieres/tv/new/1", "premieres/tv/new/2", "premieres/tv/new/3"],
            h.Manifest.Sources.Where(s => s.Id.StartsWith("premieres/tv/new/", StringComparison.Ordinal)).Select(s => s.Id));
        Assert.Equal(h.Fixture("api/tv/premieres/new/page-3.json"), h.Stored("api/tv/premieres/new/page-3.json"));
    }

    [Fact]
    public async Task When_the_page_count_shrinks_the_extra_stored_pages_are_dropped()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        h.Fake.RemoveFile("api/tv/premieres/new/page-2.json");

        var result = await h.FetchAsync();

        Assert.DoesNotContain(h.Manifest.Sources, s => s.Id == "premieres/tv/new/2" || s.Id == "premieres/tv/new/3");
        Assert.False(File.Exists(Path.Combine(h.Dir, "api/tv/premieres/new/page-2.json")));
        Assert.Contains(result.Report.Notes, n => n.Contains("api/tv/premieres/new/page-3.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_client_id_only_cdn_files_are_fetched_and_the_skips_are_reported()
    {
        await using var h = await FetchHarness.StartAsync(clientId: null);

        var result = await h.FetchAsync();

        Assert.DoesNotContain(h.Fake.Requests, r => r.Host == "api");
        Assert.Equal(FetchSnapshot.Complete, result.Report.ExitCode);
        Assert.False(result.Report.ClientId);
        Assert.Equal(
            ["premieres/tv/new/1", "premieres/tv/soon/1", "premieres/anime/new/1", "premieres/anime/soon/1",
             "airing/tv/today", "airing/tv/tomorrow", "airing/anime/today", "airing/anime/tomorrow", "best/tv/all", "best/anime/all"],
            result.Report.Skipped.Select(s => s.Id));
        Assert.All(result.Report.Skipped, s => Assert.Equal(ApiAccessReason, s.Reason));
        var best = h.Record("best/tv/all");
        Assert.Equal((SourceOutcome.Missing, null), (best.Outcome, best.Path));
        Assert.Equal($"not requested: {ApiAccessReason}", best.Message);
        Assert.Equal(SourceOutcome.Fresh, h.Record("trending/tv/today").Outcome);
    }

    [Fact]
    public async Task Without_a_client_id_stored_api_lists_are_kept_as_stale_with_the_reason()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var page3 = h.Stored("api/tv/premieres/new/page-3.json");
        h.Options = h.Options with { ClientId = null };
        h.Fake.ClearRequests();

        var result = await h.FetchAsync();

        Assert.DoesNotContain(h.Fake.Requests, r => r.Host == "api");
        var record = h.Record("premieres/tv/new/3");
        Assert.Equal((SourceOutcome.Stale, "api/tv/premieres/new/page-3.json"), (record.Outcome, record.Path));
        Assert.StartsWith($"not requested: {ApiAccessReason}; kept the copy from", record.Message, StringComparison.Ordinal);
        Assert.Equal(page3, h.Stored(record.Path!));
        Assert.Contains(result.Report.Skipped, s => s.Id == "premieres/tv/new/3");
        Assert.Equal(FetchSnapshot.Complete, result.Report.ExitCode);
    }

    [Fact]
    public async Task A_refused_client_id_stops_api_requests_and_fails_the_fetch_with_the_cause()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.ExpectedClientId = "the-right-one";

        var result = await h.FetchAsync();

        Assert.Single(h.Fake.Requests, r => r.Host == "api");
        Assert.Equal(FetchSnapshot.Incomplete, result.Report.ExitCode);
        Assert.Contains("premieres/tv/new/1: HTTP 412 client_id_failed", result.Report.Message, StringComparison.Ordinal);
        Assert.Contains("SIMKL_CLIENT_ID is missing or wrong", result.Report.Message, StringComparison.Ordinal);
        Assert.All(result.Report.Skipped, s => Assert.StartsWith("the API refused premieres/tv/new/1 (HTTP 412)", s.Reason, StringComparison.Ordinal));
        Assert.Equal(SourceOutcome.Fresh, h.Record("calendar-v2/tv").Outcome);
        Assert.NotNull(result.Manifest);
    }

    [Fact]
    public async Task Unreachable_data_with_no_snapshot_saves_no_manifest()
    {
        await using var h = await FetchHarness.StartAsync(clientId: null);
        h.Options = h.Options with { DataBase = h.Fake.BaseUrl + "/nowhere", MaxAttempts = 1 };

        var result = await h.FetchAsync();

        Assert.Equal(FetchSnapshot.NoCalendarData, result.Report.ExitCode);
        Assert.StartsWith("Unreachable data with no snapshot: no calendar file could be fetched", result.Report.Message, StringComparison.Ordinal);
        Assert.Null(result.Manifest);
        Assert.False(File.Exists(Path.Combine(h.Dir, SnapshotManifest.FileName)));
        Assert.True(File.Exists(Path.Combine(h.Dir, FetchReport.FileName)));
    }

    [Fact]
    public async Task Unreachable_data_with_a_stored_snapshot_keeps_everything_stale()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var before = h.Files().ToDictionary(f => f, h.Stored);
        await h.Fake.DisposeAsync();   // the whole of Simkl goes away

        var result = await h.FetchAsync();

        Assert.All(h.Manifest.Sources.Where(s => s.Path is not null), s => Assert.Equal(SourceOutcome.Stale, s.Outcome));
        Assert.All(h.Manifest.Sources.Where(s => s.Path is not null), s => Assert.Matches("^(network error|not requested: page 1 could not be fetched)", s.Message));

        // Only the sources that had no copy (404 archive months last time) are left without data, and they make the fetch incomplete.
        Assert.Equal(FetchSnapshot.Incomplete, result.Report.ExitCode);
        Assert.All(result.Report.Problems, p => Assert.Matches(@"^calendar-v2/2026-1[02]/\w+: network error", p));
        foreach (var (path, bytes) in before.Where(kv => kv.Key.StartsWith("data/", StringComparison.Ordinal) || kv.Key.StartsWith("api/", StringComparison.Ordinal)))
        {
            Assert.Equal(bytes, h.Stored(path));
        }
    }

    [Fact]
    public async Task A_primary_failure_without_any_stored_copy_makes_the_fetch_incomplete()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("data/discover/trending/anime/today_100.json", FakeFault.Status(500));

        var result = await h.FetchAsync();

        Assert.Equal(FetchSnapshot.Incomplete, result.Report.ExitCode);
        Assert.Equal(["trending/anime/today: HTTP 500 Internal Server Error (after 4 attempts)"], result.Report.Problems);
        Assert.Equal(SourceOutcome.Missing, h.Record("trending/anime/today").Outcome);
    }

    [Fact]
    public async Task Requests_follow_the_host_rules_during_a_whole_fetch()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Options = h.Options with { ApiInterval = new FetchOptions().ApiInterval };

        await h.FetchAsync();

        var requests = h.Fake.Requests;
        Assert.All(requests, r => Assert.StartsWith("Simkl.Site/", r.Header("User-Agent"), StringComparison.Ordinal));
        Assert.All(requests.Where(r => r.Host == "data"), r => Assert.Equal("", r.QueryString));
        Assert.All(requests.Where(r => r.Host == "data"), r => Assert.Null(r.Header("simkl-api-key")));
        var api = requests.Where(r => r.Host == "api").OrderBy(r => r.At).ToList();
        Assert.Equal(13, api.Count);
        Assert.All(api, r => Assert.Equal(("test-client", "test-client"), (r.Header("simkl-api-key"), r.Query("client_id"))));
        Assert.All(api.Zip(api.Skip(1)), p => Assert.True(p.Second.At - p.First.At >= TimeSpan.FromMilliseconds(100)));
        Assert.Contains(requests, r => r.Path == "/calendar/v2/2026/10/tv.json");
        Assert.DoesNotContain(requests, r => r.Path.Contains("/2026/09/", StringComparison.Ordinal) || r.Path.Contains("/2026/010/", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Manifest.Sources, s => s.Url.Contains("client_id", StringComparison.Ordinal));
        Assert.DoesNotContain("test-client", File.ReadAllText(Path.Combine(h.Dir, FetchReport.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Months_that_leave_the_window_are_dropped_and_their_files_removed()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        Assert.True(File.Exists(Path.Combine(h.Dir, "data/calendar/v2/2026/10/tv.json")));
        h.Clock.Now = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

        await h.FetchAsync();

        Assert.DoesNotContain(h.Manifest.Sources, s => s.Month == "2026-10");
        Assert.False(File.Exists(Path.Combine(h.Dir, "data/calendar/v2/2026/10/tv.json")));
        Assert.Contains(h.Manifest.Sources, s => s.Id == "calendar-v2/2027-01/tv");
        Assert.True(File.Exists(Path.Combine(h.Dir, "data/calendar/v2/2026/11/tv.json")));
    }

    private const string ApiAccessReason = "SIMKL_CLIENT_ID is not set (API lists need a client id; CDN files do not)";
}
