using System.Threading.Channels;

namespace Simkl.Site.Cli.Watching;

/// <summary>
/// Watches folders (recursively) and files, and hands out changes in batches: a batch ends when
/// nothing more has changed for a quiet period, so saving a template (often a write, a rename and
/// another write) or a fetch writing many files causes one rebuild, not dozens.
/// </summary>
internal sealed class DebouncedWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();

    /// <param name="paths">Folders (watched with everything under them) and files; missing ones are skipped.</param>
    /// <param name="ignore">Paths whose changes do not count (e.g. what the rebuild itself writes).</param>
    public DebouncedWatcher(IEnumerable<string> paths, Func<string, bool> ignore)
    {
        void Changed(string changed)
        {
            if (!ignore(changed))
            {
                changes.Writer.TryWrite(changed);
            }
        }

        var all = paths.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).Distinct(StringComparer.Ordinal).ToList();
        foreach (var path in all)
        {
            if (all.Any(other => path.StartsWith(other + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Directory.Exists(other)))
            {
                continue; // inside a folder already watched with everything under it
            }

            FileSystemWatcher watcher;
            if (Directory.Exists(path))
            {
                watcher = new FileSystemWatcher(path) { IncludeSubdirectories = true };
            }
            else if (File.Exists(path))
            {
                watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path));
            }
            else
            {
                continue;
            }

            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => Changed(e.FullPath);
            // Too many changes at once (the OS buffer overflowed): which files is unknown, so rebuild anyway.
            watcher.Error += (_, _) => changes.Writer.TryWrite(path);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
            Watched.Add(path);
        }
    }

    /// <summary>The folders and files actually watched (those that existed).</summary>
    public List<string> Watched { get; } = [];

    /// <summary>Waits for a change, then until nothing has changed for <paramref name="quiet"/>; returns the changed paths, sorted.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var settle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            settle.CancelAfter(quiet);
            try
            {
                batch.Add(await changes.Reader.ReadAsync(settle.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return [.. batch];
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }
}
