using System.Diagnostics;
using Simkl.Site.Benchmarks.Synthetic;

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
          generate-sample <dir>   write the bundled sample snapshot (input/data/sample) into <dir>
          check <site-dir> [n]    run the output checker (simkl-site check) n times (default 5) on a built site
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
                "check" when args.Length is 2 or 3 => CheckSite(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5),
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

    private static int GenerateSample(string dir)
    {
        var sw = Stopwatch.StartNew();
        var builder = SampleSnapshot.Build();
        var manifest = builder.WriteTo(dir);
        Console.WriteLine($"sample snapshot: {manifest.Sources.Count} files, {builder.TotalBytes:N0} bytes, captured {manifest.CapturedAt:O} -> {Path.GetFullPath(dir)} ({sw.ElapsedMilliseconds} ms)");
        return 0;
    }

    // The first run includes JIT and a cold file cache; the figures that matter are the later runs.
    private static int CheckSite(string dir, int iterations)
    {
        for (var i = 1; i <= iterations; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var report = Simkl.Site.Checking.SiteChecker.CheckAsync(dir).GetAwaiter().GetResult();
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
