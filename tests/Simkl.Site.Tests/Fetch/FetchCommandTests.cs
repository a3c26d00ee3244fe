using Simkl.Site.IO;
using System.Text.Json;
using Simkl.Site.FakeSimkl;
using Simkl.Site.Fetch;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Fetch;

/// <summary><c>simkl-site fetch</c> end to end, in a child process, against the fake Simkl.</summary>
public sealed class FetchCommandTests : IAsyncLifetime
{
    private readonly string work = Directory.CreateTempSubdirectory("simkl-cli-fetch-").FullName;
    private FakeSimklServer fake = null!;

    private string Snapshot => Path.Combine(work, ".cache", "snapshot");

    private static CalendarMonth ThisMonth => CalendarMonth.Window(DateTimeOffset.UtcNow, 0, 0)[0];

    public async Task InitializeAsync()
    {
        fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);

        // The process uses the real clock: serve archives for whatever month it is, and ask for that month only.
        foreach (var file in new[] { "tv", "anime", "movie_release" })
        {
            fake.SetFile($"data/calendar/v2/{ThisMonth.UrlPath}/{file}.json", File.ReadAllBytes(Path.Combine(FetchFixtures.Basic, $"data/calendar/v2/2026/11/{file}.json")));
        }

        Directory.CreateDirectory(Path.Combine(work, "input"));
        await File.WriteAllTextAsync(Path.Combine(work, "input", "site.json"), """{ "monthsBack": 0, "monthsAhead": 0 }""");
    }

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }

    private Task<ToolRun> Fetch(string? clientId, params string[] extra) => SimklCli.RunAsync(
        work,
        new Dictionary<string, string?> { ["SIMKL_CLIENT_ID"] = clientId, ["SIMKL_DATA_BASE"] = fake.DataBase },
        ["fetch", "--api-base", fake.ApiBase, .. extra]);

    [Fact]
    public async Task Every_fault_kind_ends_in_the_right_outcome_and_loses_no_data()
    {
        var first = await Fetch("cli-client");
        Assert.True(first.ExitCode == 0, first.Stderr + first.Stdout);
        Assert.Contains("fresh", first.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"sources: \d+ \(\d+ fresh, 0 not-modified, 0 stale, \d+ missing\)", first.Stdout);
        var good = SnapshotFiles();
        var month = ThisMonth;

        fake.SetFault("data/calendar/v2/tv.json", FakeFault.Status(503));
        fake.SetFault("data/calendar/v2/anime.json", FakeFault.Html());
        fake.SetFault("data/calendar/v2/movie_release.json", FakeFault.Truncated());
        fake.SetFault($"data/calendar/v2/{month.UrlPath}/tv.json", FakeFault.ErrorObject());
        fake.SetFault($"data/calendar/v2/{month.UrlPath}/anime.json", FakeFault.Disconnect());
        fake.SetFault($"data/calendar/v2/{month.UrlPath}/movie_release.json", FakeFault.Slow(TimeSpan.FromSeconds(20)).Times(1));
        fake.SetFault("data/discover/trending/movies/week_100.json", FakeFault.Status(503));
        fake.SetFault("data/discover/trending/tv/today_100.json", FakeFault.Status(429, retryAfter: "1").Times(1));
        fake.SetFault("api/tv/premieres/new/page-2.json", FakeFault.Status(410));
        fake.SetFault("api/tv/airing/today.json", FakeFault.ErrorObject("user_limit_exceeded"));
        fake.SetFault("api/anime/best/all.json", FakeFault.Html());
        fake.SetFile("data/discover/trending/anime/week_100.json", """[{"title":"Changed upstream","ids":{"simkl_id":1}}]""");

        var second = await Fetch("cli-client", "--timeout", "1", "--attempts", "2");

        Assert.True(second.ExitCode == 0, second.Stderr + second.Stdout);
        var manifest = SnapshotJson.ReadManifest(Snapshot);
        var outcome = (string id) => manifest.Sources.Single(s => s.Id == id).Outcome;
        Assert.Equal(SourceOutcome.Stale, outcome("calendar-v2/tv"));
        Assert.Equal(SourceOutcome.Fresh, outcome("calendar-v1/tv"));
        Assert.Equal(SourceOutcome.Stale, outcome("calendar-v2/anime"));
        Assert.Equal(SourceOutcome.Stale, outcome("calendar-v2/movies"));
        Assert.Equal(SourceOutcome.Stale, outcome($"calendar-v2/{month.Id}/tv"));
        Assert.Equal(SourceOutcome.Stale, outcome($"calendar-v2/{month.Id}/anime"));
        Assert.Equal(SourceOutcome.NotModified, outcome($"calendar-v2/{month.Id}/movies"));   // timed out once, then 304
        Assert.Equal(SourceOutcome.Stale, outcome("trending/movies/week"));                    // the CDN copy is kept...
        Assert.Equal(SourceOutcome.Fresh, outcome("trending-api/movies/week"));                // ...beside the API fallback
        Assert.Equal("api/movies/trending/week.json", manifest.Sources.Single(s => s.Id == "trending-api/movies/week").Path);
        Assert.Equal(SourceOutcome.NotModified, outcome("trending/tv/today"));                  // 429, waited, then 304
        Assert.Equal(SourceOutcome.Fresh, outcome("trending/anime/week"));
        Assert.Equal(SourceOutcome.Stale, outcome("premieres/tv/new/2"));
        Assert.Equal(SourceOutcome.NotModified, outcome("premieres/tv/new/3"));
        Assert.Equal(SourceOutcome.Stale, outcome("airing/tv/today"));
        Assert.Equal(SourceOutcome.Stale, outcome("best/anime/all"));

        // Nothing good was lost: every body from the first run is byte-identical, except the one that changed upstream.
        var now = SnapshotFiles();
        foreach (var (path, bytes) in good.Where(kv => kv.Key.Contains('/', StringComparison.Ordinal)))
        {
            if (path == "data/discover/trending/anime/week_100.json")
            {
                Assert.Contains("Changed upstream", System.Text.Encoding.UTF8.GetString(now[path]), StringComparison.Ordinal);
                continue;
            }

            Assert.True(bytes.AsSpan().SequenceEqual(now[path]), path);
        }

        Assert.DoesNotContain(now.Keys, f => AtomicFile.IsTempFile(f));
        Assert.Contains("rejected the body: an HTML page", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("[fallback]", second.Stdout, StringComparison.Ordinal);

        using var report = JsonDocument.Parse(now[FetchReport.FileName]);
        Assert.Equal(0, report.RootElement.GetProperty("exitCode").GetInt32());
        Assert.True(report.RootElement.GetProperty("totals").GetProperty("stale").GetInt32() >= 8);
        Assert.True(report.RootElement.GetProperty("clientId").GetBoolean());
        Assert.DoesNotContain("cli-client", System.Text.Encoding.UTF8.GetString(now[FetchReport.FileName]), StringComparison.Ordinal);
        Assert.DoesNotContain("cli-client", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_goes_to_stderr_as_plain_lines_when_output_is_redirected()
    {
        var run = await Fetch(null);

        Assert.Equal(0, run.ExitCode);
        Assert.Collection(
            run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')),
            l => Assert.Matches(@"^fetch sources: \d+ sources in \d+\.\d\d s \([\d,]+ sources/s\)$", l),
            l => Assert.Matches(@"^save snapshot: \d+\.\d\d s$", l));
        Assert.Contains("skipped 10: SIMKL_CLIENT_ID is not set", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_client_id_the_cdn_is_fetched_and_the_skips_are_printed()
    {
        var run = await Fetch(null, "--quiet");

        Assert.Equal((0, "", ""), (run.ExitCode, run.Stdout, run.Stderr));
        Assert.DoesNotContain(fake.Requests, r => r.Host == "api");
        var report = await File.ReadAllTextAsync(Path.Combine(Snapshot, FetchReport.FileName));
        Assert.Contains("SIMKL_CLIENT_ID is not set", report, StringComparison.Ordinal);

        var loud = await Fetch(null);
        Assert.Contains("skipped 10: SIMKL_CLIENT_ID is not set", loud.Stdout, StringComparison.Ordinal);
        Assert.Contains("not-modified", loud.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--out")] // the old name, hidden from --help for a release
    [InlineData("-o")]
    public async Task Unreachable_data_with_no_snapshot_exits_2_with_one_clear_line(string snapshotOption)
    {
        var run = await SimklCli.RunAsync(
            work, new Dictionary<string, string?>(),
            "fetch", "--data-base", fake.BaseUrl + "/gone", "--api-base", fake.ApiBase, "--attempts", "1", "--quiet", snapshotOption, "snap");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Unreachable data with no snapshot: no calendar file could be fetched from", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(work, "snap", SnapshotManifest.FileName)));
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--out")]
    public async Task Json_prints_the_fetch_report_as_one_document(string snapshotOption)
    {
        var run = await Fetch(null, "--json", snapshotOption, "alt");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, document.RootElement.GetProperty("exitCode").GetInt32());
        Assert.True(document.RootElement.GetProperty("totals").GetProperty("requests").GetInt32() > 0);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(work, "alt", FetchReport.FileName)), run.Stdout.TrimEnd('\n'));
    }

    [Fact]
    public async Task A_refused_client_id_exits_3_naming_the_cause()
    {
        fake.ExpectedClientId = "real-id";

        var run = await Fetch("wrong-id", "--quiet");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("HTTP 412 client_id_failed", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("SIMKL_CLIENT_ID", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Snapshot, SnapshotManifest.FileName)));
    }

    [Fact]
    public async Task Help_lists_the_options_and_unknown_options_are_errors()
    {
        var help = await SimklCli.RunAsync(work, new Dictionary<string, string?>(), "fetch", "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--data", "--settings", "--data-base", "--api-base", "--timeout", "--attempts", "--quiet" })
        {
            Assert.Contains(option, help.Stdout, StringComparison.Ordinal);
        }

        var unknown = await SimklCli.RunAsync(work, new Dictionary<string, string?>(), "fetch", "--nope");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("--nope", unknown.Stderr, StringComparison.Ordinal);

        var badBase = await SimklCli.RunAsync(work, new Dictionary<string, string?>(), "fetch", "--data-base", "ftp://x");
        Assert.Equal(2, badBase.ExitCode);
        Assert.Contains("must be an absolute http(s) URL", badBase.Stderr, StringComparison.Ordinal);
        Assert.Empty(fake.Requests);
    }

    private Dictionary<string, byte[]> SnapshotFiles() =>
        Directory.EnumerateFiles(Snapshot, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Snapshot, f).Replace('\\', '/'), File.ReadAllBytes);
}
