using System.Diagnostics;
using Simkl.Site.Model;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// Measures the load/normalise stage (<see cref="LoadCatalogue.FromSnapshot"/>) on a snapshot
/// folder: one warm-up, N measured runs, then time, throughput and memory against the targets
/// (under 2 s median and under 600 MB peak working set on the 2-core reference machine).
/// </summary>
public static class LoadBenchmark
{
    public const double TargetSeconds = 2.0;
    public const long TargetPeakBytes = 600L * 1000 * 1000;

    public sealed record Options(string Dir, int Iterations);

    /// <returns>0 when both targets are met, 1 when one is missed.</returns>
    public static int Run(Options options)
    {
        var dir = options.Dir;
        var manifest = SnapshotJson.ReadManifest(dir);
        var stored = manifest.Sources.Where(s => !string.IsNullOrEmpty(s.Path)).ToList();
        var jsonBytes = stored.Sum(s => new FileInfo(Path.Combine(dir, s.Path!)).Length);
        var mb = jsonBytes / 1e6;

        Console.WriteLine($"load benchmark: {Path.GetFullPath(dir)}");
        Console.WriteLine($"  snapshot: captured {manifest.CapturedAt:yyyy-MM-dd'T'HH:mm:ssK}, synthetic {manifest.Synthetic.ToString().ToLowerInvariant()}, {stored.Count} stored files, {mb:F1} MB JSON");
        Console.WriteLine($"  machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Machine.GarbageCollector()}");
        Console.WriteLine($"  load average: {LoadAverage()} (other processes on the machine inflate wall times; compare cpu time)");
        Console.WriteLine($"  runs: 1 warm-up + {options.Iterations} measured");

        var times = new List<double>();
        var allocated = new List<long>();
        var cpu = new List<double>();
        long heapPeak = 0;
        long liveAfter = 0;
        SiteCatalogue? last = null;
        for (var i = 0; i <= options.Iterations; i++)
        {
            last = null;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            using var sampler = new HeapSampler();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            last = LoadCatalogue.FromSnapshot(dir);
            sw.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var after = GC.GetTotalAllocatedBytes(precise: true);
            sampler.Stop();

            if (i == 0)
            {
                // The CLI loads once per process, so this cold figure (JIT included) is what a build pays.
                Console.WriteLine($"  warm-up (cold, includes JIT): {sw.Elapsed.TotalSeconds:F3} s (cpu {cpuSeconds:F2} s), allocated {(after - before) / 1e6:F0} MB");
                continue;
            }

            times.Add(sw.Elapsed.TotalSeconds);
            cpu.Add(cpuSeconds);
            allocated.Add(after - before);
            heapPeak = Math.Max(heapPeak, sampler.MaxHeapBytes);
            GC.Collect();
            liveAfter = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"  run {i}: {sw.Elapsed.TotalSeconds:F3} s (cpu {cpuSeconds:F2} s), allocated {allocated[^1] / 1e6:F0} MB, heap peak {sampler.MaxHeapBytes / 1e6:F0} MB");
        }

        times.Sort();
        var median = times[times.Count / 2];
        var min = times[0];
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakWorkingSet = process.PeakWorkingSet64;
        var c = last!;

        Console.WriteLine();
        Console.WriteLine($"  JSON read:         {mb:F1} MB in {stored.Count} files");
        Console.WriteLine($"  titles:            {c.Titles.Count:N0} ({Count(c, MediaKind.Tv)} tv, {Count(c, MediaKind.Anime)} anime, {Count(c, MediaKind.Movie)} movie)");
        Console.WriteLine($"  airings:           {c.Airings.Count:N0}");
        Console.WriteLine($"  lists:             {c.Lists.Count} ({c.Lists.Sum(l => l.Entries.Count):N0} entries); warnings: {c.Warnings.Count}");
        Console.WriteLine($"  warning records:   {string.Join(", ", LoadWarnings.CountByCode(c.Warnings).Select(kv => $"{kv.Key} {kv.Value}"))}");
        Console.WriteLine($"  load+normalise:    min {min:F3} s, median {median:F3} s");
        Console.WriteLine($"  cpu time:          {cpu.Order().ElementAt(cpu.Count / 2):F2} s per load (median, all threads)");
        Console.WriteLine($"  throughput:        {mb / median:F1} MB/s, {c.Airings.Count / median:N0} airings/s (median)");
        Console.WriteLine($"  GC allocated:      {allocated.Order().ElementAt(allocated.Count / 2) / 1e6:F0} MB per load (median)");
        Console.WriteLine($"  managed heap:      peak {heapPeak / 1e6:F0} MB during a load (sampled); {liveAfter / 1e6:F0} MB live with the catalogue held");
        Console.WriteLine($"  peak working set:  {peakWorkingSet / 1e6:F0} MB (Process.PeakWorkingSet64, whole process)");

        var timeMet = median < TargetSeconds;
        var memoryMet = peakWorkingSet < TargetPeakBytes;
        Console.WriteLine();
        Console.WriteLine($"  target load median < {TargetSeconds:F0} s:        {(timeMet ? "MET" : "MISSED")} ({median:F3} s)");
        Console.WriteLine($"  target peak working set < {TargetPeakBytes / 1e6:F0} MB: {(memoryMet ? "MET" : "MISSED")} ({peakWorkingSet / 1e6:F0} MB)");
        GC.KeepAlive(c);
        return timeMet && memoryMet ? 0 : 1;
    }

    private static string LoadAverage()
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

    private static int Count(SiteCatalogue c, MediaKind kind) => c.Titles.Keys.Count(k => k.Kind == kind);

    /// <summary>Samples the managed heap size on a background thread while a load runs.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _max;

        public HeapSampler()
        {
            _thread = new Thread(Loop) { IsBackground = true, Name = "heap-sampler", Priority = ThreadPriority.AboveNormal };
            _thread.Start();
        }

        public long MaxHeapBytes => Interlocked.Read(ref _max);

        public void Stop()
        {
            _stop = true;
            _thread.Join();
        }

        public void Dispose()
        {
            if (!_stop)
            {
                Stop();
            }
        }

        private void Loop()
        {
            while (!_stop)
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > _max)
                {
                    Interlocked.Exchange(ref _max, now);
                }

                Thread.Sleep(2);
            }
        }
    }
}
