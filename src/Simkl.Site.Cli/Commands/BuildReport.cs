using Simkl.Site.Build;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// The document <c>build --json</c> prints: what the build did, in counts and seconds (a failed
/// build prints <c>{ok: false, exitCode, error}</c> instead, as every command's <c>--json</c> does).
/// </summary>
internal sealed record BuildReport(
    bool Ok,
    string Site,
    DateTimeOffset Now,
    string TimeZone,
    bool InputsUnchanged,
    int Pages,
    int PagesRendered,
    int PagesKept,
    int Files,
    int Written,
    int Unchanged,
    int Deleted,
    bool Swapped,
    int Changes,
    int Warnings,
    double Seconds,
    IReadOnlyList<BuildReport.Stage> Stages)
{
    /// <summary>One stage's cost, as the build measured it (wall and CPU seconds, MB allocated, peak MiB so far).</summary>
    internal sealed record Stage(string Name, double WallSeconds, double CpuSeconds, double AllocatedMB, double PeakMiB);

    public static BuildReport From(BuildResult r) => new(
        true,
        r.OutputDir,
        r.Now,
        r.TimeZone,
        r.InputsUnchanged,
        r.Pages,
        r.PagesRendered,
        r.PagesKept,
        r.Files,
        r.Written,
        r.Unchanged,
        r.Deleted,
        r.Swapped,
        r.Changes,
        r.Warnings,
        Math.Round(r.Elapsed.TotalSeconds, 3),
        [.. r.Stages.Select(s => new Stage(
            s.Name,
            Math.Round(s.Wall.TotalSeconds, 3),
            Math.Round(s.Cpu.TotalSeconds, 3),
            Math.Round(s.AllocatedBytes / 1e6, 1),
            Math.Round(s.PeakWorkingSetBytes / 1048576.0, 1)))]);
}
