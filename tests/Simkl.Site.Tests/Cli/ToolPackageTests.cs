using System.Reflection;
using System.Diagnostics;
using Simkl.Site.Tests.Publish;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Cli;

/// <summary>
/// <c>simkl-site</c> as a .NET tool: packed with <c>dotnet pack</c>, installed from that local
/// package into a temporary tool path (no other package source, its own package cache), then run
/// from an empty folder, where it builds the sample with the theme and content packaged with it.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("simkl-tool-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static Task<ToolRun> Run(string fileName, IEnumerable<string> args, string workingDirectory, Dictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return ToolRun.RunAsync(info);
    }

    [Fact]
    public async Task Packs_installs_from_the_local_package_and_builds_the_sample_anywhere()
    {
        var feed = Path.Combine(_dir.FullName, "feed");
        var tools = Path.Combine(_dir.FullName, "tools");
        var work = Directory.CreateDirectory(Path.Combine(_dir.FullName, "work")).FullName;
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var project = Path.Combine(PublishingData.RepoRoot(), "src", "Simkl.Site.Cli");
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // A cache of its own: the shared one would keep serving an earlier package of the same version.
            ["NUGET_PACKAGES"] = Path.Combine(_dir.FullName, "packages"),
        };

        // The test project's build already built the CLI in this configuration.
        var pack = await Run(Dotnet, ["pack", project, "-c", configuration, "--no-build", "-o", feed], _dir.FullName, environment);
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Single(Directory.GetFiles(feed, "Simkl.Site.Cli.*.nupkg"));

        // Only the local folder as a package source: nothing is fetched from the network.
        var config = Path.Combine(_dir.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var install = await Run(Dotnet,
            ["tool", "install", "--tool-path", tools, "--add-source", feed, "--configfile", config, "Simkl.Site.Cli"], _dir.FullName, environment);
        Assert.True(install.ExitCode == 0, install.Output);

        var tool = Path.Combine(tools, "simkl-site");
        var version = await Run(tool, ["--version"], work, environment);
        var expected = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "simkl-site.dll"))
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal((0, expected), (version.ExitCode, version.Stdout.Trim()));

        var build = await Run(tool, ["build"], work, environment);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("No theme/ here: using the theme packaged with simkl-site", build.Stdout, StringComparison.Ordinal);
        Assert.Contains("building from the bundled sample", build.Stdout, StringComparison.Ordinal);
        Assert.Contains("<title>", await File.ReadAllTextAsync(Path.Combine(work, "_site", "index.html")), StringComparison.Ordinal);
    }
}
