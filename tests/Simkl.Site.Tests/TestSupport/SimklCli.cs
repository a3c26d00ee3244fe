using System.Diagnostics;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>
/// The one way tests run the real <c>simkl-site</c> (copied beside the tests) as a child process: its
/// own environment (SIMKL_* variables cleared, then the test's own set), real exit codes and output.
/// </summary>
internal static class SimklCli
{
    private static readonly string[] SimklVariables = ["SIMKL_CLIENT_ID", "SIMKL_DATA_BASE", "SIMKL_API_BASE"];

    /// <summary>A start for a process the test drives itself (to race, lock or kill it).</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "simkl-site.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var name in SimklVariables)
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        return info;
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args) => StartInfo(workingDirectory, null, args);

    public static Task<ToolRun> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    /// <summary>Runs to completion (3 minutes at most, then the process tree is killed).</summary>
    public static Task<ToolRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        ToolRun.RunAsync(StartInfo(workingDirectory, environment, args));
}
