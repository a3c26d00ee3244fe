using System.Diagnostics;
using Simkl.Site.FakeSimkl;
using Simkl.Site.Fetch;
using Simkl.Site.Model;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// One fetch, then a second (conditional) one, against the fake Simkl server serving a snapshot
/// folder, with a fixed set of injected faults: what a change to the retry or pacing code must not
/// change (requests, attempts, outcomes) and how long it takes. Waits are real (1 s backoff base,
/// Retry-After as sent, 110 ms API pacing), so the wall time shows the waits.
/// </summary>
internal static class FetchBenchmark
{
    public static int Run(string fixtureRoot)
    {
        if (!File.Exists(Path.Combine(fixtureRoot, SnapshotManifest.FileName)))
        {
            Console.Error.WriteLine($"error: fetch: no snapshot.json in '{fixtureRoot}'");
            return 2;
        }

        var now = SnapshotJson.ReadManifest(fixtureRoot).CapturedAt;
        var dir = Directory.CreateTempSubdirectory("simkl-fetch-bench-").FullName;
        try
        {
            return RunAsync(fixtureRoot, now, dir).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<int> RunAsync(string fixtureRoot, DateTimeOffset now, string dir)
    {
        await using var fake = await FakeSimklServer.StartAsync(fixtureRoot);
        fake.SetFault("data/calendar/v2/tv.json", FakeFault.Status(503, retryAfter: "1").Times(2));
        fake.SetFault("data/calendar/v2/anime.json", FakeFault.Disconnect().Times(1));
        fake.SetFault("data/discover/trending/tv/today_100.json", FakeFault.Status(429, retryAfter: "0").Times(1));
        fake.SetFault("data/calendar/v2/2026/11/tv.json", FakeFault.Slow(TimeSpan.FromSeconds(3)).Times(1));
        fake.SetFault("data/discover/trending/movies/month_100.json", FakeFault.Status(404));
        fake.SetFault("api/tv/best/all.json", FakeFault.Status(500).Times(1));
        fake.SetFault("api/anime/airing/today.json", FakeFault.Status(400));
        var request = new FetchRequest(
            new SiteSettings { MonthsBack = 1, MonthsAhead = 1 },
            new FetchOptions { DataBase = fake.DataBase, ApiBase = fake.ApiBase, ClientId = "bench-client", Timeout = TimeSpan.FromSeconds(2) },
            dir) { Time = new FixedNow(now) };

        var exit = 0;
        foreach (var run in new[] { "first fetch (faults)", "second fetch (conditional)" })
        {
            fake.ClearRequests();
            var sw = Stopwatch.StartNew();
            var result = await FetchSnapshot.RunAsync(request);
            sw.Stop();
            Print(run, sw.Elapsed, fake.Requests, result.Report);
            exit = Math.Max(exit, result.Report.ExitCode);
        }

        return exit == FetchSnapshot.NoCalendarData ? 1 : 0;
    }

    private static void Print(string run, TimeSpan wall, IReadOnlyList<FakeRequest> requests, FetchReport report)
    {
        var api = requests.Where(r => r.Host == "api").OrderBy(r => r.At).ToList();
        var gaps = api.Zip(api.Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds).ToList();
        var busiestSecond = api.Count == 0 ? 0 : api.Max(a => api.Count(b => b.At >= a.At && b.At < a.At.AddSeconds(1)));
        var statuses = string.Join(", ", requests.GroupBy(r => r.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "dropped")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
        var outcomes = string.Join(", ", report.Requests.GroupBy(e => e.Outcome).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
        Console.WriteLine($"{run}: {wall.TotalMilliseconds:N0} ms wall, exit {report.ExitCode}");
        Console.WriteLine($"  requests: {requests.Count} ({requests.Count(r => r.Host == "data")} CDN, {api.Count} API); statuses {statuses}");
        Console.WriteLine($"  sources: {report.Requests.Count}, attempts {report.Requests.Sum(e => e.Attempts)}; outcomes {outcomes}");
        Console.WriteLine($"  API pacing: busiest second {busiestSecond} requests, smallest gap {(gaps.Count == 0 ? 0 : gaps.Min()):N0} ms");
        foreach (var e in report.Requests.Where(e => e.Attempts > 1 || e.Message is not null).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {e.Id}: {e.Outcome}, {e.Attempts} attempt(s), {e.HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}{(e.Message is null ? "" : ": " + e.Message)}");
        }
    }

    /// <summary>The snapshot's capture time as "now" (so its months are the ones fetched); timers stay real.</summary>
    private sealed class FixedNow(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
