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
    double Seconds)
{
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
        Math.Round(r.Elapsed.TotalSeconds, 3));
}
