using System.Diagnostics;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>
/// Runs a committed node script from <c>tests/Simkl.Site.Tests/Feeds/js/</c> against the repo's
/// pinned npm tools (ical.js, ajv). Fails with a clear message when node or <c>npm ci</c> is missing,
/// so the independent checks never silently skip.
/// </summary>
internal static class NodeScript
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simkl.Site.sln")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (Simkl.Site.sln) above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="args"/>; returns stdout, fails the test on a non-zero exit.</summary>
    public static string Run(string script, string requiredPackage, params string[] args)
    {
        var package = Path.Combine(RepoRoot, "node_modules", requiredPackage, "package.json");
        Assert.True(File.Exists(package),
            $"npm package '{requiredPackage}' is missing: run `npm ci` in {RepoRoot} (the feed tests parse output with it).");
        var scriptPath = Path.Combine(RepoRoot, "tests", "Simkl.Site.Tests", "TestSupport", "js", script);
        Assert.True(File.Exists(scriptPath), $"missing test script {scriptPath}");

        var psi = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoRoot,
        };
        psi.ArgumentList.Add(scriptPath);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node is not installed or not on PATH ({e.Message}); the feed tests need node 20+ and `npm ci`.");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"node {script} failed (exit {process.ExitCode}):\n{stderr.Result}");
            return stdout.Result;
        }
    }
}
