using System.Diagnostics;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>Runs a program to completion and captures its output (for the linter and CLI tests).</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;

    public static async Task<ToolRun> RunAsync(string fileName, IEnumerable<string> args, string workingDirectory, IDictionary<string, string?>? environment = null)
    {
        var psi = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (k, v) in environment ?? new Dictionary<string, string?>())
        {
            psi.Environment[k] = v;
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in 3 minutes");
        }

        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The CLI as built beside the tests: <c>dotnet simkl-site.dll ...</c>.</summary>
    public static Task<ToolRun> CliAsync(string workingDirectory, params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "simkl-site.dll"), .. args], workingDirectory,
            new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["SIMKL_CLIENT_ID"] = null });
}
