using System.Diagnostics;
using Simkl.Site.Tests.Fetch;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>
/// Runs the real <c>simkl-site</c> (copied beside the tests) in a child process, so each run has its
/// own environment (SIMKL_CLIENT_ID is process-wide) and real exit codes and output.
/// </summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static async Task<Run> RunAsync(string workDir, IReadOnlyDictionary<string, string?> env, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "simkl-site.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "SIMKL_CLIENT_ID", "SIMKL_DATA_BASE", "SIMKL_API_BASE" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
