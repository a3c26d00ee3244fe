namespace Simkl.Site.Cli.Commands;

/// <summary>
/// Runs a command body and turns expected failures into one clear line on stderr and an exit code
/// instead of a stack trace: 1 for a bad option value, 4 for a folder the tool refuses to replace, 5 for a folder another
/// build or fetch holds, 2 for the rest. With <c>--json</c> the failure is also one JSON document on
/// stdout (<see cref="Failure"/>), so a script that reads stdout always gets a document, even when the
/// command failed before it had a report of its own.
/// </summary>
internal static class UserError
{
    /// <summary>What <c>--json</c> prints when a command fails before it has a report of its own.</summary>
    internal sealed record Failure(bool Ok, int ExitCode, string Error);

    public static Task<int> Guard(Func<Task<int>> body, bool json = false) => Guard(body, Console.Error, json ? Console.Out : null);

    /// <summary>
    /// As <see cref="Guard(Func{Task{int}}, bool)"/>, writing the message to <paramref name="error"/> (the invocation's
    /// error writer) and, when <paramref name="json"/> is given, the failure document to it.
    /// </summary>
    public static async Task<int> Guard(Func<Task<int>> body, TextWriter error, TextWriter? json = null)
    {
        try
        {
            return await body();
        }
        catch (OptionException e)
        {
            return await Fail(1, e.Message);
        }
        catch (Simkl.Site.Write.FolderRefusedException e)
        {
            return await Fail(4, e.Message);
        }
        catch (Simkl.Site.IO.FolderBusyException e)
        {
            return await Fail(5, e.Message);
        }
        catch (Exception e) when (e is Simkl.Site.Snapshots.SnapshotException or Simkl.Site.SiteException or IOException or UnauthorizedAccessException)
        {
            return await Fail(2, e.Message);
        }

        async Task<int> Fail(int code, string message)
        {
            await error.WriteLineAsync($"error: {message}");
            if (json is not null)
            {
                JsonOutput.Write(json, new Failure(false, code, message));
            }

            return code;
        }
    }
}
