using Simkl.Site.Build;
using Simkl.Site.Cli.Commands;

namespace Simkl.Site.Cli.Watching;

/// <summary>
/// <c>serve --watch</c>: rebuilds the site whenever the theme, the content, the settings or the
/// snapshot change. Each rebuild is the normal build (atomic swap, incremental writer: only
/// changed files are rewritten), so the server never sees a half-built folder, and a failed
/// rebuild leaves the last good site served.
/// </summary>
internal sealed class RebuildOnChange(BuildOptions options, TextWriter output)
{
    /// <summary>How long nothing may change before a rebuild starts.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    /// <summary>What the build reads: theme, content, settings file and snapshot folder.</summary>
    public IEnumerable<string> Sources =>
        new[] { options.ThemeDir, options.InputDir, options.SettingsPath, options.DataDir }.OfType<string>();

    /// <summary>
    /// What the build writes, so a site folder inside a watched one does not rebuild itself forever:
    /// the site folder and its siblings named after it (staging folder, manifest, lock), and the
    /// schedule state's folder (the state and its temp files).
    /// </summary>
    public bool WrittenByTheBuild(string path)
    {
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDir));
        return path.StartsWith(site, StringComparison.Ordinal)
            || (options.StatePath is { } state
                && path.StartsWith(Path.GetDirectoryName(Path.GetFullPath(state)) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(DebouncedWatcher watcher, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var changed = await watcher.NextBatchAsync(Quiet, cancellationToken);
                var cwd = Environment.CurrentDirectory;
                var names = changed.Take(3).Select(p => Path.GetRelativePath(cwd, p));
                output.WriteLine($"Changed: {string.Join(", ", names)}{(changed.Count > 3 ? $" and {changed.Count - 3} more" : string.Empty)}; rebuilding.");
                try
                {
                    BuildCommand.Report(SiteBuilder.Build(options), output);
                }
                catch (Exception e) when (e is SiteException or Snapshots.SnapshotException or IOException or UnauthorizedAccessException)
                {
                    output.WriteLine($"error: {e.Message}");
                    output.WriteLine("The last good build is still served; fix the problem and save again.");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the server stops too.
        }
    }
}
