using System.Diagnostics;

namespace Simkl.Site.Build;

/// <summary>
/// What one stage of a build cost: wall time, CPU time of the whole process (all threads) and the
/// bytes the garbage collector handed out while it ran, and the process's peak working set so far
/// (so the stage that set the peak is the first one showing it). The build records them for every
/// run because they are cheap (four counters per stage) and the benchmark prints them.
/// </summary>
public sealed record StageFigures(string Name, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes, long PeakWorkingSetBytes);

/// <summary>Measures consecutive stages: each <see cref="End"/> closes the stage that began at the previous one.</summary>
internal sealed class StageClock
{
    private readonly List<StageFigures> _stages = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _wallMark;
    private TimeSpan _cpuMark = Process().Cpu;
    private long _allocatedMark = GC.GetTotalAllocatedBytes();

    public IReadOnlyList<StageFigures> Stages => _stages;

    public void End(string name)
    {
        var wall = _wall.Elapsed;
        var (cpu, peak) = Process();
        var allocated = GC.GetTotalAllocatedBytes();
        _stages.Add(new StageFigures(name, wall - _wallMark, cpu - _cpuMark, allocated - _allocatedMark, peak));
        (_wallMark, _cpuMark, _allocatedMark) = (wall, cpu, allocated);
    }

    private static (TimeSpan Cpu, long PeakWorkingSet) Process()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (process.TotalProcessorTime, process.PeakWorkingSet64);
    }
}
