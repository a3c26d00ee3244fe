using System.Diagnostics;
using Simkl.Site.Build;
using Simkl.Site.Check;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// The <c>build</c> benchmark: the real build (the CLI's outputs and settings) on a snapshot,
/// per stage wall / CPU / allocations, pages/s, files, peak working set; then a rebuild from the
/// same snapshot, which must write nothing (with the whole-build fingerprint, with the page hashes
/// alone, and with neither); then <c>check</c> on the output. A build that fails its
/// completeness verification, a rebuild that writes, or a check with problems exits 1.
/// </summary>
public static class BuildBenchmark
{
    public sealed record Options(string DataDir, string OutDir);

    public static int Run(Options options)
    {
        var repo = RepoPaths.Find();
        Console.WriteLine($"build benchmark: {Path.GetFullPath(options.DataDir)} -> {Path.GetFullPath(options.OutDir)}");
        Console.WriteLine($"  machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Machine.GarbageCollector()}, load average {Machine.LoadAverage()}");
        Fresh(options.OutDir);

        BuildResult full;
        try
        {
            full = SiteBuilder.Build(CliOptions(repo, options.DataDir, options.OutDir));
        }
        catch (SiteException e)
        {
            Console.WriteLine($"  completeness verification: FAILED: {e.Message}");
            return 1;
        }

        var peak = Machine.PeakWorkingSet();
        Console.WriteLine();
        PrintStages("full build", full);
        Console.WriteLine($"  pages: {full.Pages:N0}, files: {full.Files:N0} ({full.Written:N0} written), {full.Pages / full.Elapsed.TotalSeconds:N0} pages/s wall");
        Console.WriteLine($"  peak working set: {peak / 1048576.0:N0} MiB (whole process, load included)");
        Console.WriteLine($"  completeness verification: ok (every page checked while rendering, every day page present)");

        var again = SiteBuilder.Build(CliOptions(repo, options.DataDir, options.OutDir));
        Console.WriteLine();
        PrintStages("rebuild, unchanged snapshot", again);
        Rebuilt("rebuild", again, full);

        // The same rebuild without the fingerprint: every page's model hashed and found unchanged, nothing rendered or written.
        File.Delete(Path.GetFullPath(options.OutDir) + ".build-inputs.json");
        var hashed = SiteBuilder.Build(CliOptions(repo, options.DataDir, options.OutDir));
        Console.WriteLine();
        PrintStages("rebuild, unchanged snapshot, fingerprint removed (page hashes decide)", hashed);
        Rebuilt("page hashes", hashed, full);

        // Without the page hashes too: everything rendered again, compared byte for byte, nothing written.
        File.Delete(Path.GetFullPath(options.OutDir) + ".build-inputs.json");
        File.Delete(Path.GetFullPath(options.OutDir) + ".page-hashes.json");
        var rendered = SiteBuilder.Build(CliOptions(repo, options.DataDir, options.OutDir));
        Console.WriteLine();
        PrintStages("rebuild, unchanged snapshot, fingerprint and page hashes removed (renders everything)", rendered);
        Rebuilt("re-render", rendered, full);

        var clock = Stopwatch.StartNew();
        var report = SiteChecker.CheckAsync(options.OutDir).GetAwaiter().GetResult();
        Console.WriteLine();
        Console.WriteLine($"  check: {report.Pages:N0} pages, {report.Links:N0} links, {report.Problems.Count} problems ({clock.Elapsed.TotalSeconds:F1} s)");
        foreach (var problem in report.Problems.Take(10))
        {
            Console.WriteLine($"    {problem}");
        }

        // The page-hash rebuild may render /changes/: after the first build its model records that a
        // schedule state now exists, though the page reads the same.
        var ok = report.Ok && again.InputsUnchanged && hashed.PagesRendered * 100 < full.Pages && rendered.PagesKept == 0
            && new[] { again, hashed, rendered }.All(r => r.Written == 0 && r.Deleted == 0 && !r.Swapped);
        Console.WriteLine($"  result: {(ok ? "ok" : "FAILED")} (verification, check, no-change rebuild writes nothing)");
        return ok ? 0 : 1;
    }

    /// <summary>One full build from scratch, for a child process the caller measures; prints "pages files seconds".</summary>
    public static int Once(string dataDir, string outDir)
    {
        Fresh(outDir);
        try
        {
            var result = SiteBuilder.Build(CliOptions(RepoPaths.Find(), dataDir, outDir));
            Console.WriteLine(FormattableString.Invariant($"{result.Pages} {result.Files} {result.Elapsed.TotalSeconds:F3}"));
            return 0;
        }
        catch (SiteException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>The CLI's build: its settings, theme, outputs and a state file of its own.</summary>
    public static BuildOptions CliOptions(RepoPaths repo, string dataDir, string outDir) => new()
    {
        DataDir = dataDir,
        OutputDir = outDir,
        ThemeDir = repo.Theme,
        InputDir = repo.Input,
        Generators = OutputGenerators.Default(),
        StatePath = StatePath(outDir),
    };

    private static void Rebuilt(string name, BuildResult result, BuildResult full) =>
        Console.WriteLine($"  {name}: {result.PagesRendered:N0} pages rendered, {result.PagesKept:N0} kept; {result.Written} files written, {result.Unchanged:N0} unchanged, {result.Deleted} deleted, swapped {result.Swapped.ToString().ToLowerInvariant()}, "
            + $"inputs unchanged {result.InputsUnchanged.ToString().ToLowerInvariant()}; {result.Elapsed.TotalSeconds:F2} s = {100 * result.Elapsed.TotalSeconds / full.Elapsed.TotalSeconds:F1}% of the full build");

    private static void PrintStages(string heading, BuildResult result)
    {
        Console.WriteLine($"  {heading}: {result.Elapsed.TotalSeconds:F1} s wall");
        Console.WriteLine($"    {"stage",-18} {"wall s",8} {"cpu s",8} {"alloc MB",10} {"peak MiB so far",16} {"GC pause s",11} {"GCs 0/1/2",12}");
        foreach (var stage in result.Stages)
        {
            Console.WriteLine($"    {stage.Name,-18} {stage.Wall.TotalSeconds,8:F2} {stage.Cpu.TotalSeconds,8:F2} {stage.AllocatedBytes / 1e6,10:N0} {stage.PeakWorkingSetBytes / 1048576.0,16:N0} {stage.GcPause.TotalSeconds,11:F2} {stage.Collections,12}");
        }
    }

    /// <summary>
    /// Every measured build starts from nothing: the folder and what a build keeps beside it are
    /// deleted (only a folder a build made). The parent is created, so a fresh clone (no
    /// <c>.cache/bench</c> yet) can build into the default folder.
    /// </summary>
    internal static void Fresh(string outDir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        if (!Write.WriteSite.IsBuildOutput(full))
        {
            throw new IOException($"'{outDir}' is not a folder a build made; choose another --out");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Remove(full);
    }

    /// <summary>
    /// Deletes a site folder and every file a build keeps beside it (<c>{folder}.*</c>: its state,
    /// stamps, manifest, fingerprint, page hashes, lock), so the next build there starts from nothing.
    /// </summary>
    internal static void Remove(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var beside in Directory.EnumerateFiles(Path.GetDirectoryName(folder)!, Path.GetFileName(folder) + ".*"))
        {
            File.Delete(beside);
        }
    }

    /// <summary>The schedule state of a measured build: beside its folder, its own.</summary>
    internal static string StatePath(string outDir) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir)) + ".schedule.json";
}

/// <summary>The repository's theme and input folders, found from the current folder upwards.</summary>
public sealed record RepoPaths(string Root)
{
    public string Theme => Path.Combine(Root, "theme");
    public string Input => Path.Combine(Root, "input");
    public string Docs => Path.Combine(Root, "docs");
    public string HugoScript => Path.Combine(Root, "tests", "Simkl.Site.Benchmarks", "Hugo", "hugo_site.py");

    public static RepoPaths Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simkl.Site.sln")))
            {
                return new RepoPaths(dir.FullName);
            }
        }

        throw new IOException("run the benchmark inside the repository (no Simkl.Site.sln found above the current folder)");
    }
}
