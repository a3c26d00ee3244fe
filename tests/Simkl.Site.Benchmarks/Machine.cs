using System.Diagnostics;
using System.Globalization;

namespace Simkl.Site.Benchmarks;

/// <summary>What one child process cost, as <c>/usr/bin/time</c> saw it.</summary>
public sealed record ChildFigures(double WallSeconds, double CpuSeconds, long PeakRssBytes, int ExitCode, string Output);

/// <summary>What one in-process run cost: wall time, CPU time of the whole process (all threads), bytes allocated.</summary>
public sealed record InProcessFigures<T>(T Result, double WallMs, double CpuMs, long Allocated);

/// <summary>The machine and child processes: load average, peak memory, measured runs.</summary>
public static class Machine
{
    private const string Time = "/usr/bin/time";

    /// <summary>The garbage collector this process runs with, as the runtime reports it (runtimeconfig and environment applied).</summary>
    public static string GarbageCollector()
    {
        var gc = GC.GetConfigurationVariables();
        string Of(string key) => gc.TryGetValue(key, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?" : "?";
        return System.Runtime.GCSettings.IsServerGC
            ? $"server GC, {Of("HeapCount")} heaps, concurrent {Of("ConcurrentGC").ToLowerInvariant()}, dynamic adaptation {Of("GCDynamicAdaptationMode")}, not affinitized {Of("NoAffinitize").ToLowerInvariant()}, conserve memory {Of("GCConserveMem")}, large objects from {Of("LOHThreshold")} bytes, young budget at most {Of("GCGen0MaxBudget")} bytes"
            : $"workstation GC, concurrent {Of("ConcurrentGC").ToLowerInvariant()}";
    }

    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>Runs <paramref name="run"/> in this process after a full collection, so earlier garbage is not counted.</summary>
    public static InProcessFigures<T> MeasureInProcess<T>(Func<T> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Stop();
        return new InProcessFigures<T>(
            result,
            clock.Elapsed.TotalMilliseconds,
            (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds,
            GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>
    /// Runs a program under <c>/usr/bin/time</c> (GNU time), so each run gets its own wall, user+system
    /// CPU and peak resident set, measured the same way for Hugo and for this tool.
    /// </summary>
    public static ChildFigures Measure(string? workingDir, string program, params string[] args)
    {
        if (!File.Exists(Time))
        {
            throw new IOException($"{Time} (GNU time) is needed to measure child processes: apt-get install time");
        }

        var figures = Path.GetTempFileName();
        try
        {
            var psi = new ProcessStartInfo(Time) { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = workingDir ?? Environment.CurrentDirectory };
            foreach (var a in (string[])["-f", "%e %U %S %M", "-o", figures, program, .. args])
            {
                psi.ArgumentList.Add(a);
            }

            using var child = Process.Start(psi) ?? throw new IOException($"could not start {program}");
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            var fields = File.ReadAllLines(figures).Last(l => l.Length > 0).Split(' ');
            double D(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
            return new ChildFigures(D(0), D(1) + D(2), long.Parse(fields[3], CultureInfo.InvariantCulture) * 1024, child.ExitCode, output);
        }
        finally
        {
            File.Delete(figures);
        }
    }

    /// <summary>This benchmark's own executable and the arguments that start it (apphost or <c>dotnet x.dll</c>).</summary>
    public static (string Program, string[] Prefix) Self()
    {
        var exe = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this process's executable.");
        return Path.GetFileNameWithoutExtension(exe) == "dotnet"
            ? (exe, [typeof(Machine).Assembly.Location])
            : (exe, []);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
