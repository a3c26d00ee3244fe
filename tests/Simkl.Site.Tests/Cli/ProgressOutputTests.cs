using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Cli;

/// <summary>
/// <c>build</c> progress when output is redirected (CI): plain lines on stderr, one per stage, the
/// summary alone on stdout; nothing at all with <c>--quiet</c>.
/// </summary>
public sealed class ProgressOutputTests : IDisposable
{
    private static readonly string Sample = Path.Combine(TestSite.RepoRoot, "input", "data", "sample");
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("simkl-progress-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public async Task A_redirected_build_prints_one_plain_line_per_stage_on_stderr()
    {
        var (exit, stdout, stderr) = await Build();

        Assert.Equal(0, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        // The sample builds 227 pages (221 before the 6 plain filter pages: premieres and finales per kind, calendars without specials).
        // A stage running longer than 5 s (a busy machine) also says how far it is; the lines that end the stages are fixed.
        var running = lines.Where(l => l.Contains(" of ", StringComparison.Ordinal)).ToList();
        Assert.All(running, l => Assert.Matches(@"^(render pages: [\d,]+ of 227 pages \([\d,]+ pages/s\)|generate feeds, data and widgets: \d+ of \d+ outputs \([\d,]+ outputs/s\))$", l));
        Assert.Collection(
            lines.Except(running),
            l => Assert.Matches(@"^load snapshot: \d+\.\d\d s$", l),
            l => Assert.Matches(@"^plan pages: \d+\.\d\d s$", l),
            l => Assert.Matches(@"^render pages: 227 pages in \d+\.\d\d s \([\d,]+ pages/s\)$", l),
            l => Assert.Matches(@"^generate feeds, data and widgets: \d+ outputs in \d+\.\d\d s \([\d,]+ outputs/s\)$", l),
            l => Assert.Matches(@"^write files: \d+\.\d\d s$", l));
        Assert.DoesNotContain('\u001b', stderr);
        Assert.StartsWith("Built 227 pages", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quiet_build_prints_nothing_and_still_builds()
    {
        var (exit, stdout, stderr) = await Build("--quiet");

        Assert.Equal((0, "", ""), (exit, stdout, stderr));
        Assert.True(File.Exists(Path.Combine(dir.FullName, "_site", "index.html")));
    }

    private Task<ToolRun> Build(params string[] extra) =>
        SimklCli.RunAsync(dir.FullName, [
            "build", "--data", Sample, "--out", "_site", "--state", "state.json",
            "--theme", Path.Combine(TestSite.RepoRoot, "theme"), "--input", Path.Combine(TestSite.RepoRoot, "input"), .. extra]);
}
