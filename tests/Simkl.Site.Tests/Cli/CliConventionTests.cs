using System.Reflection;
using System.Text.Json;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Cli;

/// <summary>
/// One name per concept across commands (<c>--site</c>, <c>--data</c>), the old names as hidden
/// aliases, and what every command's --help, --version and output promise.
/// </summary>
public sealed class CliConventionTests : IDisposable
{
    private static readonly string Sample = Path.Combine(TestSite.RepoRoot, "input", "data", "sample");
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("simkl-cli-names-");

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<string> Commands() => ["fetch", "build", "serve", "check", "stats", "guard"];

    /// <summary>command, the names --help shows, the old names it must not show.</summary>
    public static TheoryData<string, string[], string[]> FolderNames() => new()
    {
        { "fetch", ["--data"], ["--out", "-o"] },
        { "build", ["--data", "--site"], ["--out", "-o"] },
        { "serve", ["--site"], ["--dir"] },
        { "check", ["--site"], ["--dir"] },
        { "stats", ["--data"], [] },
        { "guard", ["--site"], [] },
    };

    [Theory]
    [MemberData(nameof(FolderNames))]
    public async Task Help_shows_one_name_per_folder_with_examples_and_exit_codes(string command, string[] shown, string[] hidden)
    {
        var (exit, help, _) = await SimklCli.RunAsync(_dir.FullName, command, "--help");

        Assert.Equal(0, exit);
        foreach (var name in shown)
        {
            Assert.Contains($"  {name} <dir>", help, StringComparison.Ordinal);
        }

        var options = help[help.IndexOf("Options:", StringComparison.Ordinal)..help.IndexOf("Examples:", StringComparison.Ordinal)];
        foreach (var name in hidden)
        {
            Assert.DoesNotMatch($@"(^|[\s,]){name}[\s,]", options);
        }

        var examples = help[help.IndexOf("Examples:", StringComparison.Ordinal)..help.IndexOf("Exit codes:", StringComparison.Ordinal)];
        Assert.Contains($"  simkl-site {command}", examples, StringComparison.Ordinal);
        var codes = help[help.IndexOf("Exit codes:", StringComparison.Ordinal)..].Split('\n').Skip(1)
            .Where(l => l.Length > 0).Select(l => int.Parse(l.TrimStart()[..1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([0, 1, 2], codes.Take(3));
        Assert.All(codes, c => Assert.InRange(c, 0, 5));
    }

    [Fact]
    public async Task Root_help_lists_the_whole_exit_code_contract()
    {
        var (exit, help, _) = await SimklCli.RunAsync(_dir.FullName, "--help");

        Assert.Equal(0, exit);
        var codes = help[help.IndexOf("Exit codes:", StringComparison.Ordinal)..].Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.TrimStart()[..1]);
        Assert.Equal(["0", "1", "2", "3", "4", "5"], codes);
    }

    [Fact]
    public async Task Version_is_the_assemblys_informational_version()
    {
        var expected = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "simkl-site.dll"))
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var (exit, stdout, _) = await SimklCli.RunAsync(_dir.FullName, "--version");

        Assert.Equal(0, exit);
        Assert.Equal(expected, stdout.Trim());
        Assert.StartsWith("0.", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--site")]
    [InlineData("--out")]
    [InlineData("-o")]
    public async Task Build_writes_the_site_folder_under_its_new_and_old_names(string name)
    {
        var (exit, stdout, stderr) = await SimklCli.RunAsync(_dir.FullName, "build", "--data", Sample, name, "public");

        Assert.True(exit == 0, stderr);
        Assert.Contains("into " + Path.Combine(_dir.FullName, "public"), stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "public", "index.html")));
    }

    [Theory]
    [InlineData("check", "--site")]
    [InlineData("check", "--dir")]
    [InlineData("serve", "--site")]
    [InlineData("serve", "--dir")]
    [InlineData("guard", "--site")]
    public async Task Check_serve_and_guard_read_the_site_folder_under_its_new_and_old_names(string command, string name)
    {
        // A folder that does not exist: each command names the folder it was given, so this shows
        // which option the value reached without building a site.
        string[] args = command == "serve" ? [command, name, "elsewhere", "--port", "0"] : [command, name, "elsewhere"];
        var (exit, _, stderr) = await SimklCli.RunAsync(_dir.FullName, args);

        Assert.Equal(2, exit);
        Assert.Contains(Path.Combine(_dir.FullName, "elsewhere"), stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--site", "--out")]
    [InlineData("check", "--site", "--dir")]
    [InlineData("fetch", "--data", "-o")]
    public async Task Giving_a_new_name_and_its_old_name_is_a_bad_option(string command, string name, string old)
    {
        var (exit, _, stderr) = await SimklCli.RunAsync(_dir.FullName, command, name, "a", old, "b");

        Assert.Equal(1, exit);
        Assert.Contains($"{old} is the old name of {name}: give only {name}.", stderr, StringComparison.Ordinal);
    }
}
