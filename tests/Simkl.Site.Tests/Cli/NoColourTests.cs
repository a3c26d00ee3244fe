using System.Diagnostics;

namespace Simkl.Site.Tests.Cli;

/// <summary>
/// The CLI prints no colours at all (no SGR sequence, <c>ESC [ … m</c>), on a terminal or
/// redirected, so NO_COLOR and redirection have nothing to turn off. A terminal is given by
/// util-linux <c>script</c>, which runs the command on a pseudo-terminal. (On a terminal the .NET
/// runtime itself switches the keypad to application mode, <c>ESC [?1h ESC =</c>: not a colour.)
/// </summary>
public sealed class NoColourTests : IDisposable
{
    private static readonly string Sample = Path.Combine(Site.TestSite.RepoRoot, "input", "data", "sample");
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("simkl-cli-colour-");

    /// <summary>Select Graphic Rendition: colours, bold, underline, reset.</summary>
    private const string Colour = "\u001b\\[[0-9;:]*m";

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<string[]> Runs() => new()
    {
        new[] { "--help" },
        new[] { "build", "--help" },
        new[] { "stats", "--data", Sample, "--time-zone", "UTC" },
        new[] { "build", "--data", Sample, "--site", "out" },
        new[] { "check", "--site", "missing" },
        new[] { "stats", "--nope" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task No_escape_sequences_on_a_terminal_or_redirected(string[] args)
    {
        var onTerminal = await OnTerminal(args);
        var (_, stdout, stderr) = await CliProcess.RunAsync(_dir.FullName, args);

        Assert.True(onTerminal.Length > 0 && stdout.Length + stderr.Length > 0, "the command printed nothing");
        Assert.DoesNotMatch(Colour, onTerminal);
        Assert.DoesNotContain('\u001b', stdout + stderr);
    }

    /// <summary>Runs the CLI on a pseudo-terminal (stdout and stderr are a TTY) and returns what it printed.</summary>
    private async Task<string> OnTerminal(string[] args)
    {
        Assert.True(File.Exists("/usr/bin/script"), "util-linux `script` is missing (apt-get install bsdutils)");
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "simkl-site.dll") }.Concat(args).Select(Quote));
        var info = new ProcessStartInfo("/usr/bin/script", ["--quiet", "--return", "--command", command, "/dev/null"])
        {
            WorkingDirectory = _dir.FullName,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.Environment.Remove("NO_COLOR");
        info.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return output;
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
