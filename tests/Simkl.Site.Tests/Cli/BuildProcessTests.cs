using System.Diagnostics;
using Simkl.Site.Check;
using Simkl.Site.IO;
using Simkl.Site.Publish;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Cli;

/// <summary>`simkl-site build` as processes that race for one folder, are refused, or are killed.</summary>
public sealed class BuildProcessTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("simkl-build-proc-").FullName;

    private string Output => Path.Combine(work, "_site");

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static async Task AssertCompleteSiteAsync(string output)
    {
        Assert.True(File.Exists(Path.Combine(output, "index.html")), "the site has its home page");
        var report = await SiteChecker.CheckAsync(output);
        Assert.True(report.Ok, string.Join("\n", report.Problems.Take(10)));
        Assert.True(report.Pages > 50, $"only {report.Pages} pages");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task An_empty_site_folder_is_a_bad_option(string output)
    {
        var (code, _, stderr) = await SimklCli.RunAsync(work, "build", "--site", output);

        Assert.Equal(1, code);
        Assert.Contains("--site must name a folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_json_is_one_document_that_counts_pages_rendered_and_kept()
    {
        var state = Path.Combine(work, "state.json");
        var first = await SimklCli.RunAsync(work, "build", "--site", Output, "--state", state, "--json");
        var again = await SimklCli.RunAsync(work, "build", "--site", Output, "--state", state, "--json");

        Assert.True(first.ExitCode == 0, first.Stderr);
        using var built = System.Text.Json.JsonDocument.Parse(first.Stdout);
        var pages = built.RootElement.GetProperty("pages").GetInt32();
        Assert.True(pages > 50, first.Stdout);
        Assert.Equal((pages, 0), (built.RootElement.GetProperty("pagesRendered").GetInt32(), built.RootElement.GetProperty("pagesKept").GetInt32()));
        Assert.False(built.RootElement.GetProperty("inputsUnchanged").GetBoolean());
        var stages = built.RootElement.GetProperty("stages").EnumerateArray().ToList();
        Assert.Contains(stages, s => s.GetProperty("name").GetString() == "render+verify" && s.GetProperty("cpuSeconds").GetDouble() > 0);

        Assert.True(again.ExitCode == 0, again.Stderr);
        using var skipped = System.Text.Json.JsonDocument.Parse(again.Stdout);
        Assert.True(skipped.RootElement.GetProperty("inputsUnchanged").GetBoolean());
        Assert.Equal(0, skipped.RootElement.GetProperty("written").GetInt32());
    }

    [Fact]
    public async Task Out_on_a_folder_no_build_made_exits_4_and_deletes_nothing()
    {
        var home = Path.Combine(work, "home");
        Directory.CreateDirectory(Path.Combine(home, "Documents"));
        await File.WriteAllTextAsync(Path.Combine(home, "Documents", "thesis.txt"), "four years");

        using var build = CliBuild.Start(work, home);
        var (code, _, stderr) = await build.WaitAsync();

        Assert.Equal(4, code);
        Assert.Contains("Refusing to replace", stderr, StringComparison.Ordinal);
        Assert.Equal("four years", await File.ReadAllTextAsync(Path.Combine(home, "Documents", "thesis.txt")));
    }

    [Fact]
    public async Task A_second_build_into_the_same_folder_exits_5_and_the_first_publishes_a_complete_site()
    {
        using var first = CliBuild.Start(work, Output);
        await first.WaitUntilLockedAsync();
        using var second = CliBuild.Start(work, Output, "--wait", "0");

        var secondRun = await second.WaitAsync();
        var firstRun = await first.WaitAsync();

        Assert.True(firstRun.ExitCode == 0, firstRun.Stderr);
        Assert.Equal(5, secondRun.ExitCode);
        Assert.Contains("is busy", secondRun.Stderr, StringComparison.Ordinal);
        Assert.Contains($"pid {first.Pid}", secondRun.Stderr, StringComparison.Ordinal);
        await AssertCompleteSiteAsync(Output);
    }

    [Fact]
    public async Task A_build_killed_at_a_random_point_leaves_the_previous_site_complete()
    {
        var clock = Stopwatch.StartNew();
        using (var full = CliBuild.Start(work, Output))
        {
            var run = await full.WaitAsync();
            Assert.True(run.ExitCode == 0, run.Stderr);
        }

        var buildTime = clock.Elapsed;
        var random = new Random(20261130);
        for (var trial = 0; trial < 4; trial++)
        {
            // A different "now" changes pages, so the killed build has a real swap to do.
            var now = $"2026-11-{28 + trial}T12:00:00Z";
            using var build = CliBuild.Start(work, Output, "--now", now);
            await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * buildTime.TotalMilliseconds * 1.2));
            build.Kill();

            await AssertCompleteSiteAsync(Output);
        }

        using var after = CliBuild.Start(work, Output, "--now", "2026-12-05T12:00:00Z");
        var last = await after.WaitAsync();
        Assert.True(last.ExitCode == 0, last.Stderr);
        await AssertCompleteSiteAsync(Output);
        Assert.True(File.Exists(BuildManifest.PathFor(Output)));
        Assert.DoesNotContain(Directory.GetDirectories(work), d => Path.GetFileName(d).StartsWith("_site.", StringComparison.Ordinal));
        Assert.Equal(0, new FileInfo(FolderLock.PathFor(Output)).Length);
    }
}
