using System.Diagnostics;

namespace Simkl.Site.Building;

/// <summary>
/// What one stage of a build cost: wall time, CPU time of the whole process (all threads) and the
/// bytes the garbage collector handed out while it ran. The build records them for every run
/// because they are cheap (three counters per stage) and the benchmark prints them.
/// </summary>
public sealed record StageFigures(string Name, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes);

/// <summary>Measures consecutive stages: each <see cref="End"/> closes the stage that began at the previous one.</summary>
internal sealed class StageClock
{
    private readonly List<StageFigures> _stages = [];
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _wallMark;
    private TimeSpan _cpuMark = Cpu();
    private long _allocatedMark = GC.GetTotalAllocatedBytes();

    public IReadOnlyList<StageFigures> Stages => _stages;

    public void End(string name)
    {
        var wall = _wall.Elapsed;
        var cpu = Cpu();
        var allocated = GC.GetTotalAllocatedBytes();
        _stages.Add(new StageFigures(name, wall - _wallMark, cpu - _cpuMark, allocated - _allocatedMark));
        (_wallMark, _cpuMark, _allocatedMark) = (wall, cpu, allocated);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
