using Simkl.Site.Progress;
using Spectre.Console;

namespace Simkl.Site.Cli.Progress;

/// <summary>
/// How <c>build</c> and <c>fetch</c> show progress, on stderr so stdout keeps only the summary: a
/// live Spectre.Console display on a terminal, plain lines when stderr is redirected (CI logs, where
/// Spectre's display prints nothing), nothing with <c>--quiet</c>.
/// </summary>
internal static class ConsoleProgress
{
    public static async Task<T> RunAsync<T>(bool quiet, Func<IRunProgress, Task<T>> work)
    {
        if (quiet)
        {
            return await work(NoProgress.Instance);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected || !console.Profile.Capabilities.Interactive)
        {
            return await work(new PlainProgress(Console.Error, TimeProvider.System));
        }

        return await LiveProgress.RunAsync(console, work);
    }
}
