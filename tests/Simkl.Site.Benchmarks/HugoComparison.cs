using System.Globalization;
using System.Text.Json;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// <c>build --vs-hugo DIR</c>: Hugo on the yardstick site (the same page set, its data pre-grouped
/// in front matter; <c>Hugo/hugo_site.py</c>) and a full Simkl.Site build of the snapshot, each in
/// its own child process, alternating N times. Ours is the CLI as production runs it (published
/// ReadyToRun, <c>simkl-site build --data DIR --site OUT</c>, its runtimeconfig), from a fresh
/// folder each time. A shared machine's speed drifts between runs; the ratio of the medians taken
/// in one alternating run is the figure that holds.
/// <para>
/// Every run of either tool writes a folder of its own, and the folders are deleted only after the
/// last run: on ext4 without a journal (this machine's disk) creating files right after deleting
/// tens of thousands costs several times the system time (the allocator skips recently freed
/// inodes one by one), so deleting the previous output just before a run measured the delete, not
/// the build — 3.5 s to 14 s of system time for the same build (docs/benchmarks.md).
/// </para>
/// </summary>
public static class HugoComparison
{
    public const string Hugo = "/usr/bin/hugo";

    /// <summary>The yardstick's size: the large snapshot's titles and airings.</summary>
    public const int Titles = 20_000;
    public const int Airings = 130_000;

    public sealed record Run(string Tool, ChildFigures Figures, int Pages)
    {
        public double PagesPerSecond => Pages / Figures.WallSeconds;
    }

    public static int Compare(string dataDir, string outDir, string hugoDir, int runs)
    {
        var repo = RepoPaths.Find();
        if (!File.Exists(Hugo))
        {
            Console.Error.WriteLine($"error: {Hugo} not found (apt-get install hugo)");
            return 2;
        }

        if (!File.Exists(Path.Combine(hugoDir, "config.json")))
        {
            Console.WriteLine($"generating the Hugo yardstick site ({Titles:N0} titles, {Airings:N0} airings) in {Path.GetFullPath(hugoDir)}");
            var made = Machine.Measure(null, "python3", repo.HugoScript, hugoDir, Titles.ToString(CultureInfo.InvariantCulture), Airings.ToString(CultureInfo.InvariantCulture));
            if (made.ExitCode != 0)
            {
                Console.Error.WriteLine($"error: hugo_site.py failed (exit {made.ExitCode})");
                return 2;
            }
        }

        var cli = PublishedCli.Publish(repo);
        Console.WriteLine($"Simkl.Site vs Hugo: {runs} alternating runs, each a fresh child process; load average {Machine.LoadAverage()}");
        Console.WriteLine($"  simkl-site: {cli.Description}");
        Console.WriteLine($"  simkl-site build --data {Path.GetFullPath(dataDir)} --site {Path.GetFullPath(outDir)}-runN --state {Path.GetFullPath(outDir)}-runN.schedule.json --json (in {repo.Root})");
        Console.WriteLine($"  hugo: {Hugo} --quiet --destination {Path.GetFullPath(outDir)}-hugo-runN (in {Path.GetFullPath(hugoDir)})");
        Console.WriteLine($"  every run writes a new folder beside {Path.GetFullPath(outDir)}; all are deleted after the last run");
        var results = new List<Run>();
        var folders = new List<string>();
        try
        {
            for (var i = 1; i <= runs; i++)
            {
                // Both tools write to the file system --out is on (the disk, or tmpfs to leave it out).
                var hugoOut = $"{Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir))}-hugo-run{i}";
                folders.Add(hugoOut);
                var hugo = RunHugo(hugoDir, hugoOut);
                results.Add(hugo);
                Print(i, hugo);

                var site = $"{Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir))}-run{i}";
                folders.Add(site);
                if (!cli.TryBuild(repo, site, out var ours, "--data", Path.GetFullPath(dataDir)))
                {
                    return 1;
                }

                using var report = JsonDocument.Parse(ours.Output);
                results.Add(new Run("simkl-site", ours, report.RootElement.GetProperty("pages").GetInt32()));
                Print(i, results[^1]);
            }
        }
        finally
        {
            foreach (var folder in folders)
            {
                BuildBenchmark.Remove(folder);
            }
        }

        var h = Summary(results.Where(r => r.Tool == "hugo").ToList());
        var s = Summary(results.Where(r => r.Tool == "simkl-site").ToList());
        Console.WriteLine();
        Console.WriteLine($"  {"median",-12} {"pages",8} {"wall s",8} {"cpu s",8} {"peak MiB",9} {"pages/s",8}");
        Console.WriteLine($"  {"simkl-site",-12} {s.Pages,8:N0} {s.Wall,8:F1} {s.Cpu,8:F1} {s.Peak / 1048576.0,9:N0} {s.PagesPerSecond,8:N0}");
        Console.WriteLine($"  {"hugo",-12} {h.Pages,8:N0} {h.Wall,8:F1} {h.Cpu,8:F1} {h.Peak / 1048576.0,9:N0} {h.PagesPerSecond,8:N0}");
        Console.WriteLine($"  ratio: simkl-site pages/s = {s.PagesPerSecond / h.PagesPerSecond:F2} x Hugo's; CPU {s.Cpu / h.Cpu:F2} x; peak memory {s.Peak / (double)h.Peak:F2} x");
        PrintStages(results.Where(r => r.Tool == "simkl-site").OrderBy(r => r.Figures.WallSeconds).ElementAt(runs / 2));
        return 0;
    }

    // The stages of the median simkl-site run, as its build --json reported them.
    private static void PrintStages(Run median)
    {
        using var report = JsonDocument.Parse(median.Figures.Output);
        Console.WriteLine();
        Console.WriteLine($"  stages of the median simkl-site run ({median.Figures.WallSeconds:F1} s wall)");
        Console.WriteLine($"    {"stage",-20} {"wall s",7} {"cpu s",7} {"alloc MB",9}");
        foreach (var stage in report.RootElement.GetProperty("stages").EnumerateArray())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {stage.GetProperty("name").GetString(),-20} {stage.GetProperty("wallSeconds").GetDouble(),7:F2} {stage.GetProperty("cpuSeconds").GetDouble(),7:F2} {stage.GetProperty("allocatedMB").GetDouble(),9:N0}"));
        }
    }

    private static Run RunHugo(string dir, string publicDir)
    {
        if (Directory.Exists(publicDir))
        {
            Directory.Delete(publicDir, recursive: true);
        }

        var figures = Machine.Measure(dir, Hugo, "--quiet", "--destination", publicDir);
        if (figures.ExitCode != 0)
        {
            throw new IOException($"hugo failed (exit {figures.ExitCode})");
        }

        var pages = Directory.EnumerateFiles(publicDir, "*.html", SearchOption.AllDirectories).Count();
        return new Run("hugo", figures, pages);
    }

    private static void Print(int i, Run r) =>
        Console.WriteLine($"  run {i} {r.Tool,-11} {r.Pages,7:N0} pages {r.Figures.WallSeconds,7:F1} s wall {r.Figures.CpuSeconds,7:F1} s cpu {r.Figures.PeakRssBytes / 1048576.0,7:N0} MiB peak {r.PagesPerSecond,7:N0} pages/s");

    private sealed record Medians(int Pages, double Wall, double Cpu, long Peak)
    {
        public double PagesPerSecond => Pages / Wall;
    }

    private static Medians Summary(List<Run> runs) => new(
        runs[0].Pages,
        Machine.Median(runs.Select(r => r.Figures.WallSeconds)),
        Machine.Median(runs.Select(r => r.Figures.CpuSeconds)),
        (long)Machine.Median(runs.Select(r => (double)r.Figures.PeakRssBytes)));
}
