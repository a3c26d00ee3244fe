using System.Diagnostics;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>A program run to completion with its output (linters; the CLI through <see cref="SimklCli"/>).</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;

    public static Task<ToolRun> RunAsync(string fileName, IEnumerable<string> args, string workingDirectory)
    {
        var psi = new ProcessStartInfo(fileName, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        return RunAsync(psi);
    }

    /// <summary>Runs a prepared start to completion (3 minutes at most, then the process tree is killed).</summary>
    public static async Task<ToolRun> RunAsync(ProcessStartInfo psi)
    {
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
            throw new TimeoutException($"{psi.FileName} did not finish in 3 minutes");
        }

        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }
}
