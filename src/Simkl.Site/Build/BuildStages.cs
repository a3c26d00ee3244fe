using System.Diagnostics;

namespace Simkl.Site.Build;

/// <summary>
/// What one stage of a build cost: wall time, CPU time of the whole process (all threads) and the
/// bytes the garbage collector handed out while it ran, and the process's peak working set so far
/// (so the stage that set the peak is the first one showing it). The build records them for every
/// run because they are cheap (a few counters per stage) and the benchmark prints them. The garbage
/// collector's pauses and collections (gen0/gen1/gen2) show how much of a stage's time is memory.
/// </summary>
public sealed record StageFigures(string Name, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, long PeakWorkingSetBytes, TimeSpan GcPause = default, string Collections = "");

/// <summary>Measures consecutive stages: each <see cref="End"/> closes the stage that began at the previous one.</summary>
internal sealed class StageClock
{
    private readonly List<StageFigures> _stages = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _wallMark;
    private TimeSpan _cpuMark = Process().Cpu;
    private long _allocatedMark = GC.GetTotalAllocatedBytes();
    private TimeSpan _pauseMark = GC.GetTotalPauseDuration();
    private (int, int, int) _collectionsMark = Collections();

    public IReadOnlyList<StageFigures> Stages => _stages;

    public void End(string name)
    {
        var wall = _wall.Elapsed;
        var (cpu, peak) = Process();
        var allocated = GC.GetTotalAllocatedBytes();
        var pause = GC.GetTotalPauseDuration();
        var collections = Collections();
        var (g0, g1, g2) = _collectionsMark;
        var counts = $"{collections.Item1 - g0}/{collections.Item2 - g1}/{collections.Item3 - g2}";
        _stages.Add(new StageFigures(name, wall - _wallMark, cpu - _cpuMark, allocated - _allocatedMark, peak, pause - _pauseMark, counts));
        (_wallMark, _cpuMark, _allocatedMark, _pauseMark, _collectionsMark) = (wall, cpu, allocated, pause, collections);
    }

    // Collections of each generation so far (a gen2 collection counts in all three).
    private static (int, int, int) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    private static (TimeSpan Cpu, long PeakWorkingSet) Process()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (process.TotalProcessorTime, process.PeakWorkingSet64);
    }
}
