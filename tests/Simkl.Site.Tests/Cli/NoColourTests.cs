using System.Diagnostics;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Cli;

/// <summary>
/// No colours (SGR sequences, <c>ESC [ … m</c>) when NO_COLOR is set or output is redirected, and
/// none at all from the commands' own text (help, reports, errors) even on a terminal. Only a live
/// progress display of a long build or fetch on a terminal may use colour, and NO_COLOR turns it
/// off. A terminal is given by util-linux <c>script</c>, which runs the command on a
/// pseudo-terminal. (There the .NET runtime itself switches the keypad to application mode,
/// <c>ESC [?1h ESC =</c>: not a colour.)
/// </summary>
public sealed class NoColourTests : IDisposable
{
    private static readonly string Sample = Path.Combine(TestSite.RepoRoot, "input", "data", "sample");
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("simkl-cli-colour-");

    /// <summary>Select Graphic Rendition: colours, bold, underline, reset.</summary>
    private const string Colour = "\u001b\\[[0-9;:]*m";

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>Command lines, and whether they may show a live progress display on a terminal.</summary>
    public static TheoryData<string[], bool> Runs() => new()
    {
        { ["--help"], false },
        { ["build", "--help"], false },
        { ["stats", "--data", Sample, "--time-zone", "UTC"], false },
        { ["check", "--site", "missing"], false },
        { ["stats", "--nope"], false },
        { ["build", "--data", Sample, "--site", "out"], true },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task No_colour_with_NO_COLOR_or_redirected_and_none_in_the_commands_own_text(string[] args, bool progress)
    {
        var (_, stdout, stderr) = await SimklCli.RunAsync(_dir.FullName, args);
        var noColour = await OnTerminal(args, noColor: true);

        Assert.True(noColour.Length > 0 && stdout.Length + stderr.Length > 0, "the command printed nothing");
        Assert.DoesNotContain('\u001b', stdout + stderr);
        Assert.DoesNotMatch(Colour, noColour);
        if (!progress)
        {
            Assert.DoesNotMatch(Colour, await OnTerminal(args, noColor: false));
        }
    }

    /// <summary>Runs the CLI on a pseudo-terminal (stdout and stderr are a TTY) and returns what it printed.</summary>
    private async Task<string> OnTerminal(string[] args, bool noColor)
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
        if (noColor)
        {
            info.Environment["NO_COLOR"] = "1";
        }

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
