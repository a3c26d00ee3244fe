namespace Simkl.Site.Cli.Commands;

/// <summary>
/// Runs a command body and turns expected failures into one clear line on stderr and an exit code
/// instead of a stack trace: 1 for a bad option value, 4 for a folder the tool refuses to replace, 5 for a folder another
/// build or fetch holds, 2 for the rest.
/// </summary>
internal static class UserError
{
    public static Task<int> Guard(Func<Task<int>> body) => Guard(body, Console.Error);

    /// <summary>As <see cref="Guard(Func{Task{int}})"/>, writing the message to <paramref name="error"/> (the invocation's error writer).</summary>
    public static async Task<int> Guard(Func<Task<int>> body, TextWriter error)
    {
        try
        {
            return await body();
        }
        catch (OptionException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        catch (Simkl.Site.Write.FolderRefusedException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 4;
        }
        catch (Simkl.Site.IO.FolderBusyException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 5;
        }
        catch (Exception e) when (e is Simkl.Site.Snapshots.SnapshotException or Simkl.Site.SiteException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }
}
