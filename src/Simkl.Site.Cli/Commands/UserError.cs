namespace Simkl.Site.Cli.Commands;

/// <summary>
/// Runs a command body and turns expected failures into one clear line on stderr and exit code 2
/// (1 for a bad option value), instead of a stack trace.
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
        catch (Exception e) when (e is Simkl.Site.Snapshots.SnapshotException or Simkl.Site.SiteException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }
}
