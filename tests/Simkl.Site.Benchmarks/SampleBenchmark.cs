using System.Globalization;
using System.Text.Json;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// The bundled sample site as a fresh clone builds it: the CLI as production runs it (published,
/// <see cref="PublishedCli"/>), in the repository, each run a new child process with a new output
/// folder and a new schedule state, so no run reads what an earlier build left (a state left by a
/// large build made every sample build compare 25 MB of it: docs/benchmarks.md, "Session 11
/// changes"). Prints the build's own time (the <c>seconds</c> of its report: from the start of
/// the build, after the runtime has started) and the whole process's wall and CPU time, per run
/// and as medians, against the 1 s goal for the former.
/// </summary>
public static class SampleBenchmark
{
    public const double GoalSeconds = 1.0;

    public static int Run(string outDir, int runs)
    {
        var repo = RepoPaths.Find();
        var cli = PublishedCli.Publish(repo);
        Console.WriteLine($"the bundled sample site: {runs} builds, each a fresh child process with a new --site and --state; load average {Machine.LoadAverage()}");
        Console.WriteLine($"  simkl-site: {cli.Description}");
        Console.WriteLine($"  simkl-site build --site {Path.GetFullPath(outDir)}-runN --state {Path.GetFullPath(outDir)}-runN.schedule.json --json (in {repo.Root})");
        var builds = new List<(double Build, ChildFigures Process)>();
        var folders = new List<string>();
        try
        {
            for (var i = 1; i <= runs; i++)
            {
                var site = $"{Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir))}-run{i}";
                folders.Add(site);
                if (!cli.TryBuild(repo, site, out var run))
                {
                    return 1;
                }

                using var report = JsonDocument.Parse(run.Output);
                var seconds = report.RootElement.GetProperty("seconds").GetDouble();
                var pages = report.RootElement.GetProperty("pages").GetInt32();
                builds.Add((seconds, run));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {i,2}: {pages:N0} pages, build {seconds:F3} s; process {run.WallSeconds:F2} s wall, {run.CpuSeconds:F2} s CPU, {run.PeakRssBytes / 1048576.0:N0} MiB peak"));
            }
        }
        finally
        {
            foreach (var folder in folders)
            {
                BuildBenchmark.Remove(folder);
            }
        }

        var build = Machine.Median(builds.Select(b => b.Build));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median: build {build:F3} s (fastest {builds.Min(b => b.Build):F3}, slowest {builds.Max(b => b.Build):F3}); process {Machine.Median(builds.Select(b => b.Process.WallSeconds)):F2} s wall, {Machine.Median(builds.Select(b => b.Process.CpuSeconds)):F2} s CPU"));
        Console.WriteLine(build < GoalSeconds
            ? string.Create(CultureInfo.InvariantCulture, $"  goal met: the median build is under {GoalSeconds:F0} s")
            : string.Create(CultureInfo.InvariantCulture, $"  goal missed: the median build is {build:F3} s, not under {GoalSeconds:F0} s"));
        return build < GoalSeconds ? 0 : 1;
    }
}
