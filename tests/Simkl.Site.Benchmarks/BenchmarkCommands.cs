using System.Diagnostics;
using System.Globalization;
using Simkl.Site.TestData;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// The benchmark tool's subcommands. Kept as a plain switch (no System.CommandLine) so the tool
/// has no dependencies beyond the library it measures.
/// </summary>
public static class BenchmarkCommands
{
    private const string Usage = """
        usage: Simkl.Site.Benchmarks <command> [arguments]

        commands:
          generate-sample <dir>            write the bundled sample snapshot (input/data/sample) into <dir>
          generate-large <dir> [--seed N] [--titles N]
                                           write a production-sized synthetic snapshot into <dir>
                                           (--titles scales it; default 20000, about 143,000 airings)
          generate-daily <dir> [--days N] [--seed N]
                                           write a snapshot at Simkl's real daily volume (290 TV, 30 anime,
                                           50 movies a day; default 28 days) into <dir>
          load <dir> [--iterations N]      time LoadCatalogue.FromSnapshot on <dir> (1 warm-up + N runs, default 5)
          load --generate [<dir>] [--seed N] [--iterations N]
                                           the same on a large synthetic snapshot, generated first if <dir>
                                           has none (default dir: .cache/bench/large)

          check <site-dir> [--iterations N]
                                           time the output checker (simkl-site check) on a built site
                                           (N runs, default 5)
          changes <dir> [--iterations N]   time schedule-change detection on <dir>: a first build, then one
                                           6 h later with every 50th upcoming episode moved by a day
          feeds <dir> [--iterations N]     time every iCalendar feed of <dir> (both variants): the own writer
                                           (N runs, default 3) and Ical.Net (the previous writer, 1 run)
          atom <dir> [--iterations N]      time the Atom feed of <dir> (/feed.xml as built, and the writer alone
                                           on 40x its entries; N runs, default 5)
          sample [--runs N] [--out DIR]    the bundled sample site as a fresh clone builds it: the published CLI,
                                           N fresh child processes (default 7), each with a new --site and --state
                                           (default DIR .cache/bench/sample): the build's own seconds and the
                                           process's wall/CPU, medians; exit 1 when the median build is not under 1 s
          render <dir> [--theme DIR]... [--layout NAME] [--passes N]
                                           the templates alone: every page of <dir> (or those of one layout)
                                           rendered warm on one thread, N passes (default 5): fastest and
                                           median ms and µs a page per layout; several --theme folders
                                           alternate within each pass, to compare themes or renderers
          fetch <snapshot-dir>             fetch from the fake Simkl server serving <snapshot-dir> (e.g.
                                           input/data/sample) with injected faults, then again
                                           conditionally: wall time, requests, attempts, outcomes

          build [<dir>] [--out DIR]        the real build (Release) of <dir> (default: the large snapshot in
                                           .cache/bench/large, generated when missing): per stage wall/CPU/
                                           allocations, pages/s, peak working set, a rebuild that must write
                                           nothing, then check on the output
          build [<dir>] --vs-hugo DIR [--runs N] [--out DIR]
                                           Hugo on its yardstick site (generated into DIR once) and our build,
                                           alternating N times (default 3) in child processes: medians, ratio.
                                           Both write new folders beside --out (deleted after the last run).
                                           Ours is the CLI published as production does (ReadyToRun, into
                                           .cache/bench/cli, republished incrementally each time)
          build --sizes 5000,10000,20000,40000 [--chart FILE]
                                           build snapshots of those title counts (generated under .cache/bench):
                                           time and memory per size, SVG chart (default docs/benchmarks-scaling.svg)

          deploy <dir> [--out DIR]         what a 6-hourly deploy uploads: build <dir>, rebuild the same folder
                                           from its next capture (6 h later: episodes moved and added, trending
                                           reordered), print pages rendered/kept and the files and MB that differ

        load exits 1 when a target (median < 2 s, peak working set < 600 MB) is missed; build exits 1
        when the build's completeness verification or check fails, or the unchanged rebuild writes.
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            return args[0] switch
            {
                "generate-sample" when args.Length == 2 => GenerateSample(args[1]),
                "generate-large" => GenerateLarge(args[1..]),
                "generate-daily" => GenerateDaily(args[1..]),
                "load" => Load(args[1..]),
                "check" when args.Length == 2 => CheckSite(args[1], 5),
                "check" when args.Length == 4 && args[2] == "--iterations" => CheckSite(args[1], int.Parse(args[3], CultureInfo.InvariantCulture)),
                "changes" when args.Length is 2 or 4 && (args.Length == 2 || args[2] == "--iterations") =>
                    ChangesBenchmark.Run(args[1], args.Length == 4 && int.TryParse(args[3], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 5),
                "feeds" when args.Length is 2 or 4 && (args.Length == 2 || args[2] == "--iterations") =>
                    FeedsBenchmark.Run(args[1], args.Length == 4 && int.TryParse(args[3], CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 3),
                "atom" when args.Length is 2 or 4 && (args.Length == 2 || args[2] == "--iterations") =>
                    AtomBenchmark.Run(args[1], args.Length == 4 && int.TryParse(args[3], CultureInfo.InvariantCulture, out var a) && a > 0 ? a : 5),
                "fetch" when args.Length == 2 => FetchBenchmark.Run(args[1]),
                "render" when args.Length >= 2 => Render(args[1..]),
                "sample" => Sample(args[1..]),
                "build" => Build(args[1..]),
                "build-once" when args.Length == 3 => BuildBenchmark.Once(args[1], args[2]),
                "deploy" when args.Length is 2 or 4 && (args.Length == 2 || args[2] == "--out") =>
                    DeployBenchmark.Run(args[1], args.Length == 4 ? args[3] : Path.Combine(".cache", "bench", "deploy-site")),
                _ => Fail($"unknown command or wrong arguments: {string.Join(' ', args)}"),
            };
        }
        catch (IOException e)
        {
            return Fail(e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(e.Message);
        }
    }

    /// <summary>Whether the option at <paramref name="i"/> is followed by a whole number above zero.</summary>
    private static bool PositiveInt(string[] args, int i, out int value)
    {
        value = 0;
        return i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out value) && value > 0;
    }

    private static int Sample(string[] args)
    {
        var (runs, outDir) = (7, Path.Combine(".cache", "bench", "sample"));
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when PositiveInt(args, i, out var n):
                    runs = n;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                default:
                    return Fail($"sample: unexpected argument '{args[i]}'");
            }
        }

        return SampleBenchmark.Run(outDir, runs);
    }

    private static int Render(string[] args)
    {
        var (themes, layout, passes) = (new List<string>(), (string?)null, 5);
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--theme" when i + 1 < args.Length:
                    themes.Add(args[++i]);
                    break;
                case "--layout" when i + 1 < args.Length:
                    layout = args[++i];
                    break;
                case "--passes" when PositiveInt(args, i, out var n):
                    passes = n;
                    i++;
                    break;
                default:
                    return Fail($"render: unexpected argument '{args[i]}'");
            }
        }

        return RenderBenchmark.Run(args[0], themes.Count > 0 ? themes : ["theme"], passes, layout);
    }

    private static int GenerateSample(string dir)
    {
        var sw = Stopwatch.StartNew();
        var builder = SampleSnapshot.Build();
        var manifest = builder.WriteTo(dir);
        Console.WriteLine($"sample snapshot: {manifest.Sources.Count} files, {builder.TotalBytes:N0} bytes, captured {manifest.CapturedAt:O} -> {Path.GetFullPath(dir)} ({sw.ElapsedMilliseconds} ms)");
        return 0;
    }

    private static int GenerateDaily(string[] args)
    {
        var volume = new DailyVolume();
        string? dir = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seed" && i + 1 < args.Length && ulong.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s))
            {
                volume = volume with { Seed = s };
                i++;
            }
            else if (args[i] == "--days" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var d) && d is > 0 and <= 36)
            {
                volume = volume with { Days = d };
                i++;
            }
            else if (dir is null && !args[i].StartsWith('-'))
            {
                dir = args[i];
            }
            else
            {
                return Fail($"generate-daily: unexpected argument '{args[i]}' (--days is 1 to 36: the rolling file's window)");
            }
        }

        if (dir is null)
        {
            return Fail("generate-daily: missing <dir>");
        }

        var sw = Stopwatch.StartNew();
        var builder = DailyVolumeSnapshot.Build(volume);
        var manifest = builder.WriteTo(dir);
        Console.WriteLine($"daily-volume snapshot: {volume.Days} days, {manifest.Sources.Count} files, {builder.TotalBytes:N0} bytes -> {Path.GetFullPath(dir)} ({sw.ElapsedMilliseconds} ms)");
        return 0;
    }

    private static int GenerateLarge(string[] args)
    {
        var seed = LargeSnapshot.DefaultSeed;
        var titles = LargeSnapshot.DefaultTitles;
        string? dir = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seed" && i + 1 < args.Length && ulong.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s))
            {
                seed = s;
                i++;
            }
            else if (args[i] == "--titles" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var t) && t is >= 100 and <= 200_000)
            {
                titles = t;
                i++;
            }
            else if (dir is null && !args[i].StartsWith('-'))
            {
                dir = args[i];
            }
            else
            {
                return Fail($"generate-large: unexpected argument '{args[i]}'");
            }
        }

        if (dir is null)
        {
            return Fail("generate-large: missing <dir>");
        }

        WriteLarge(dir, seed, titles);
        return 0;
    }

    private static int Build(string[] args)
    {
        string? dir = null;
        string? hugo = null;
        string? sizes = null;
        var outDir = Path.Combine(".cache", "bench", "site");
        var chart = Path.Combine(RepoPaths.Find().Docs, "benchmarks-scaling.svg");
        var runs = 3;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--vs-hugo" when i + 1 < args.Length:
                    hugo = args[++i];
                    break;
                case "--runs" when PositiveInt(args, i, out var n):
                    runs = n;
                    i++;
                    break;
                case "--sizes" when i + 1 < args.Length:
                    sizes = args[++i];
                    break;
                case "--chart" when i + 1 < args.Length:
                    chart = args[++i];
                    break;
                default:
                    if (dir is null && !args[i].StartsWith('-'))
                    {
                        dir = args[i];
                        break;
                    }

                    return Fail($"build: unexpected argument '{args[i]}'");
            }
        }

        if (sizes is not null)
        {
            var list = new List<int>();
            foreach (var part in sizes.Split(','))
            {
                if (!int.TryParse(part, CultureInfo.InvariantCulture, out var size) || size is < 100 or > 200_000)
                {
                    return Fail($"build: --sizes takes title counts from 100 to 200000, not '{part}'");
                }

                list.Add(size);
            }

            return ScalingBenchmark.Run(list, Path.Combine(".cache", "bench"), chart);
        }

        if (dir is null)
        {
            dir = Path.Combine(".cache", "bench", "large");
            if (!File.Exists(Path.Combine(dir, Simkl.Site.Model.SnapshotManifest.FileName)))
            {
                // In a child process, so this process's peak working set is the build's.
                var code = RunSelf("generate-large", dir);
                if (code != 0)
                {
                    return Fail($"build: generating the snapshot failed (exit {code})");
                }
            }
        }

        return hugo is not null
            ? HugoComparison.Compare(dir, outDir, hugo, runs)
            : BuildBenchmark.Run(new BuildBenchmark.Options(dir, outDir));
    }

    private static int Load(string[] args)
    {
        var seed = LargeSnapshot.DefaultSeed;
        var iterations = 5;
        var generate = false;
        string? dir = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--generate":
                    generate = true;
                    break;
                case "--seed" when i + 1 < args.Length && ulong.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--iterations" when PositiveInt(args, i, out var n):
                    iterations = n;
                    i++;
                    break;
                default:
                    if (dir is null && !args[i].StartsWith('-'))
                    {
                        dir = args[i];
                        break;
                    }

                    return Fail($"load: unexpected argument '{args[i]}'");
            }
        }

        if (dir is null && !generate)
        {
            return Fail("load: give a snapshot <dir>, or --generate");
        }

        dir ??= Path.Combine(".cache", "bench", "large");
        if (!File.Exists(Path.Combine(dir, Simkl.Site.Model.SnapshotManifest.FileName)))
        {
            if (!generate)
            {
                return Fail($"load: no snapshot.json in '{dir}' (add --generate to create a large synthetic snapshot there)");
            }

            // Generate in a child process so this process's peak working set measures the load only.
            var code = RunSelf("generate-large", dir, "--seed", seed.ToString(CultureInfo.InvariantCulture));
            if (code != 0)
            {
                return Fail($"load: generating the snapshot failed (exit {code})");
            }
        }

        try
        {
            return LoadBenchmark.Run(new LoadBenchmark.Options(dir, iterations));
        }
        catch (Simkl.Site.Snapshots.SnapshotException e)
        {
            return Fail(e.Message);
        }
    }

    private static int RunSelf(params string[] args)
    {
        var exe = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this process's executable.");
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet")
        {
            psi.ArgumentList.Add(typeof(BenchmarkCommands).Assembly.Location);
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var child = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {exe}.");
        child.WaitForExit();
        return child.ExitCode;
    }

    internal static void WriteLarge(string dir, ulong seed, int titles = LargeSnapshot.DefaultTitles)
    {
        var sw = Stopwatch.StartNew();
        var builder = LargeSnapshot.Build(seed, titles);
        var manifest = builder.WriteTo(dir);
        Console.WriteLine($"large snapshot: {manifest.Sources.Count} files, {builder.TotalBytes / 1e6:F1} MB, seed {seed}, size {titles} -> {Path.GetFullPath(dir)} ({sw.Elapsed.TotalSeconds:F1} s)");
    }

    // The first run includes JIT and a cold file cache; the figures that matter are the later runs.
    private static int CheckSite(string dir, int iterations)
    {
        for (var i = 1; i <= iterations; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var report = Simkl.Site.Check.SiteChecker.CheckAsync(dir).GetAwaiter().GetResult();
            sw.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            // CPU time too: on a busy machine wall time says more about the neighbours than the checker.
            Console.WriteLine(
                $"check run {i}: {report.Pages} pages, {report.Links} links, {report.Problems.Count} problems in {sw.ElapsedMilliseconds} ms wall, " +
                $"{cpu.TotalMilliseconds:N0} ms CPU ({report.Pages / sw.Elapsed.TotalSeconds:N0} pages/s wall, {allocated / 1048576.0:N1} MB allocated)");
        }
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
