namespace Simkl.Site.Cli.Commands;

/// <summary>
/// Runs a command body and turns expected failures into one clear line on stderr and exit code 2,
/// instead of a stack trace.
/// </summary>
internal static class UserError
{
    public static async Task<int> Guard(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is Simkl.Site.Snapshots.SnapshotException or Simkl.Site.SiteException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }
}
