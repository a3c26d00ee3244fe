using System.Diagnostics;
using Simkl.Site.IO;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>A `simkl-site build` of the bundled sample running as a child process, to lock, race or kill.</summary>
internal sealed class CliBuild : IDisposable
{
    private readonly Process process;
    private readonly string output;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;

    private CliBuild(Process process, string output)
    {
        this.process = process;
        this.output = output;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    public int Pid => process.Id;

    /// <summary>Starts a build of the sample into <paramref name="output"/>; state and anything else it writes stay under <paramref name="work"/>.</summary>
    public static CliBuild Start(string work, string output, params string[] extra)
    {
        var repo = TestSite.RepoRoot;
        string[] now = extra.Contains("--now") ? [] : ["--now", "2026-11-27T12:00:00Z"];
        var info = SimklCli.StartInfo(repo, [
            "build", "--site", output, "--state", Path.Combine(work, "state", "schedule.json"),
            "--data", Path.Combine(repo, "input", "data", "sample"), .. now, .. extra]);
        return new CliBuild(Process.Start(info)!, output);
    }

    /// <summary>Waits until the build holds the output folder's lock (the lock file names its pid).</summary>
    public async Task WaitUntilLockedAsync()
    {
        var path = FolderLock.PathFor(output);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the build ended (exit {process.ExitCode}) before it was seen holding the lock: {await stderr}");
            }

            if (File.Exists(path) && ReadShared(path).Contains($"pid={process.Id}\n", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("the build never took the lock");
    }

    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private static string ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }
}
