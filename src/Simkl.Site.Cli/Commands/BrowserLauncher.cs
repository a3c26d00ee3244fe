using System.Diagnostics;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// <c>serve --open</c>: opens the URL in the desktop's browser (<c>xdg-open</c> on Linux,
/// <c>open</c> on macOS, the shell on Windows). Without one (a server, a container, CI) it says
/// so and prints the URL; it never stops the server.
/// </summary>
internal static class BrowserLauncher
{
    public static void Open(Uri url, TextWriter output)
    {
        if (OperatingSystem.IsWindows())
        {
            Start(new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true }, url, output);
            return;
        }

        var opener = OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        if (FindOnPath(opener) is not { } program)
        {
            output.WriteLine($"No {opener} here to open a browser: open {url} yourself.");
            return;
        }

        var info = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(url.AbsoluteUri);
        Start(info, url, output);
    }

    private static void Start(ProcessStartInfo info, Uri url, TextWriter output)
    {
        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            output.WriteLine($"Could not open a browser ({e.Message}): open {url} yourself.");
            return;
        }

        output.WriteLine($"Opening {url} in the browser.");
        if (process is null || !info.RedirectStandardOutput)
        {
            process?.Dispose();
            return;
        }

        // xdg-open without a desktop fails after a moment; say so instead of leaving the user waiting.
        _ = Task.Run(async () =>
        {
            using (process)
            {
                var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
                await process.WaitForExitAsync();
                await drain;
                if (process.ExitCode != 0)
                {
                    output.WriteLine($"{Path.GetFileName(info.FileName)} could not open a browser (exit code {process.ExitCode}): open {url} yourself.");
                }
            }
        });
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
