using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// <c>simkl-site</c> as production runs it: published with the scheduled workflow's command
/// (<c>.github/workflows/schedule.yml</c>, step "Build the CLI": ReadyToRun for linux-x64, the
/// runtime settings of <c>Runtime.props</c> in its runtimeconfig) into <c>.cache/bench/cli</c>.
/// Published on every call: <c>dotnet publish</c> is incremental, and a copy left from older code
/// would measure that code.
/// </summary>
public sealed record PublishedCli(string Executable, string Description)
{
    /// <summary>The workflow's publish command, but for the output folder.</summary>
    public static readonly string[] Command = ["publish", "src/Simkl.Site.Cli", "-c", "Release", "-r", "linux-x64"];

    public static PublishedCli Publish(RepoPaths repo)
    {
        var dir = Path.Combine(repo.Root, ".cache", "bench", "cli");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repo.Root,
        };
        foreach (var a in (string[])[.. Command, "-o", dir, "--nologo"])
        {
            psi.ArgumentList.Add(a);
        }

        Console.WriteLine($"publishing the CLI as production does: dotnet {string.Join(' ', Command)} -o {Path.GetRelativePath(repo.Root, dir)}");
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(psi) ?? throw new IOException("could not start dotnet publish");
        var errors = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new IOException($"dotnet publish failed (exit {child.ExitCode}):\n{output}{errors.Result}");
        }

        var exe = Path.Combine(dir, "simkl-site");
        return new PublishedCli(exe, $"{Path.GetRelativePath(repo.Root, exe)} ({clock.Elapsed.TotalSeconds:F0} s to publish): {Precompiled(dir)}; runtimeconfig: {Settings(dir)}");
    }

    /// <summary>
    /// One <c>simkl-site build</c> into a new <paramref name="site"/> folder with a schedule state of
    /// its own beside it, run in the repository (its theme and input) as a child process measured by
    /// <see cref="Machine.Measure"/>, with <paramref name="data"/> before the output options. False
    /// (the failure printed) when the build fails.
    /// </summary>
    public bool TryBuild(RepoPaths repo, string site, out ChildFigures run, params string[] data)
    {
        BuildBenchmark.Fresh(site);
        run = Machine.Measure(repo.Root, Executable, ["build", .. data, "--site", site, "--state", BuildBenchmark.StatePath(site), "--json"]);
        if (run.ExitCode == 0)
        {
            return true;
        }

        Console.Error.WriteLine($"error: the build failed (exit {run.ExitCode}) {run.Output}");
        return false;
    }

    /// <summary>How many of the published assemblies carry ReadyToRun code, and whether it is one composite image.</summary>
    private static string Precompiled(string dir)
    {
        var assemblies = Directory.GetFiles(dir, "*.dll").Where(f => !f.EndsWith(".r2r.dll", StringComparison.Ordinal)).ToList();
        var r2r = assemblies.Count(IsReadyToRun);
        var composite = Directory.GetFiles(dir, "*.r2r.dll").Select(Path.GetFileName).ToList();
        return $"ReadyToRun {r2r} of {assemblies.Count} assemblies{(composite.Count > 0 ? $", composite {string.Join(", ", composite)}" : string.Empty)}";
    }

    private static bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    /// <summary>The runtime settings the executable starts with (configProperties of its runtimeconfig.json).</summary>
    private static string Settings(string dir)
    {
        using var config = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "simkl-site.runtimeconfig.json")));
        return config.RootElement.GetProperty("runtimeOptions").TryGetProperty("configProperties", out var properties)
            ? string.Join(", ", properties.EnumerateObject()
                .Where(p => p.Name.StartsWith("System.GC.", StringComparison.Ordinal) || p.Name.StartsWith("System.Runtime.Tiered", StringComparison.Ordinal) || p.Name.StartsWith("System.Threading.", StringComparison.Ordinal))
                .Select(p => $"{p.Name}={p.Value.GetRawText()}"))
            : "defaults";
    }
}
