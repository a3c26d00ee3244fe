using System.Diagnostics;
using Simkl.Site.FakeSimkl;
using Simkl.Site.Fetch;
using Simkl.Site.IO;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.Fetch;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Cli;

/// <summary>`simkl-site fetch` processes sharing one snapshot folder, and killed mid-fetch, against the fake Simkl.</summary>
public sealed class FetchProcessTests : IAsyncLifetime
{
    private readonly string work = Directory.CreateTempSubdirectory("simkl-fetch-proc-").FullName;
    private FakeSimklServer fake = null!;

    private string Snapshot => Path.Combine(work, ".cache", "snapshot");

    public async Task InitializeAsync()
    {
        fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        var month = CalendarMonth.Window(DateTimeOffset.UtcNow, 0, 0)[0];
        foreach (var file in new[] { "tv", "anime", "movie_release" })
        {
            fake.SetFile($"data/calendar/v2/{month.UrlPath}/{file}.json", File.ReadAllBytes(Path.Combine(FetchFixtures.Basic, $"data/calendar/v2/2026/11/{file}.json")));
        }

        Directory.CreateDirectory(Path.Combine(work, "input"));
        await File.WriteAllTextAsync(Path.Combine(work, "input", "site.json"), """{ "monthsBack": 0, "monthsAhead": 0 }""");
    }

    public async Task DisposeAsync()
    {
        await fake.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }

    private Process StartFetch(params string[] extra)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var start = new ProcessStartInfo(host) { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "simkl-site.dll"), "fetch", "--api-base", fake.ApiBase, "--quiet", .. extra])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SIMKL_CLIENT_ID"] = "proc-client";
        start.Environment["SIMKL_DATA_BASE"] = fake.DataBase;
        start.Environment.Remove("SIMKL_API_BASE");
        return Process.Start(start)!;
    }

    private static async Task<(int Code, string Err)> EndAsync(Process process)
    {
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stderr);
    }

    /// <summary>The snapshot loads, and every body its manifest names is there.</summary>
    private void AssertSnapshotLoads()
    {
        var manifest = SnapshotJson.ReadManifest(Snapshot);
        Assert.All(manifest.Sources.Select(s => s.Path).OfType<string>(), p => Assert.True(File.Exists(Path.Combine(Snapshot, p)), p));
        var catalogue = LoadCatalogue.FromSnapshot(Snapshot);
        Assert.NotEmpty(catalogue.Airings);
    }

    [Fact]
    public async Task A_second_fetch_into_the_same_folder_exits_5_and_the_first_completes()
    {
        // Slow answers keep the first fetch inside the folder while the second starts.
        fake.SetFault("data/calendar/v2/tv.json", FakeFault.Slow(TimeSpan.FromSeconds(3)).Times(1));
        using var first = StartFetch();
        var lockPath = FolderLock.PathFor(Snapshot);
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(lockPath) && ReadShared(lockPath).Contains($"pid={first.Id}\n", StringComparison.Ordinal)))
        {
            Assert.False(first.HasExited, "the first fetch ended before it was seen holding the lock");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "the first fetch never took the lock");
            await Task.Delay(20);
        }

        using var second = StartFetch("--wait", "0");
        var (secondCode, secondErr) = await EndAsync(second);
        var (firstCode, firstErr) = await EndAsync(first);

        Assert.Equal(5, secondCode);
        Assert.Contains($"a fetch (pid {first.Id}", secondErr, StringComparison.Ordinal);
        Assert.True(firstCode == 0, firstErr);
        AssertSnapshotLoads();
    }

    [Fact]
    public async Task A_fetch_killed_at_a_random_point_leaves_a_snapshot_that_loads()
    {
        var clock = Stopwatch.StartNew();
        using (var full = StartFetch())
        {
            var (code, err) = await EndAsync(full);
            Assert.True(code == 0, err);
        }

        var fetchTime = clock.Elapsed;
        var random = new Random(20261130);
        for (var trial = 0; trial < 4; trial++)
        {
            // A changed upstream file gives each fetch something to write.
            fake.SetFile("data/discover/trending/anime/week_100.json", $"[{{\"title\":\"Trial {trial}\",\"ids\":{{\"simkl_id\":{trial + 1}}}}}]");
            using var fetch = StartFetch();
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * fetchTime.TotalMilliseconds * 1.2));
            fetch.Kill(entireProcessTree: true);
            await fetch.WaitForExitAsync();

            AssertSnapshotLoads();
        }

        using var after = StartFetch();
        var (lastCode, lastErr) = await EndAsync(after);
        Assert.True(lastCode == 0, lastErr);
        AssertSnapshotLoads();
        Assert.DoesNotContain(Directory.EnumerateFiles(Snapshot, "*", SearchOption.AllDirectories), AtomicFile.IsTempFile);
    }

    [Fact]
    public async Task Opening_a_store_keeps_temp_files_of_a_live_writer_and_sweeps_a_dead_ones()
    {
        var folder = Path.Combine(Snapshot, "data", "calendar");
        Directory.CreateDirectory(folder);
        using var live = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var dead = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await dead.WaitForExitAsync();
        var livePartial = Path.Combine(folder, $".tv.json.0123abcd.p{live.Id}.partial");
        var deadPartial = Path.Combine(folder, $".anime.json.4567cdef.p{dead.Id}.partial");
        await File.WriteAllTextAsync(livePartial, "[{\"tit");
        await File.WriteAllTextAsync(deadPartial, "[{\"tit");
        dead.Dispose();

        try
        {
            var store = SnapshotStore.Open(Snapshot);

            Assert.Equal(1, store.SweptTempFiles);
            Assert.True(File.Exists(livePartial), "another live fetch's temp file was deleted");
            Assert.False(File.Exists(deadPartial));
        }
        finally
        {
            live.Kill();
        }
    }

    private static string ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
