using Simkl.Site.IO;
using System.Text.Json;
using Simkl.Site.Model;

namespace Simkl.Site.Snapshots;

/// <summary>
/// A snapshot folder being refreshed: the previous manifest (for validators and last good copies),
/// atomic writes of bodies and of <c>snapshot.json</c>, and clean-up of what the new manifest no
/// longer references. Bodies live at the contract paths (<c>data/...</c>, <c>api/...</c>).
/// </summary>
public sealed class SnapshotStore
{
    private readonly Dictionary<string, SourceRecord> previous;

    private SnapshotStore(string root, SnapshotManifest? manifest, string? problem, int swept)
    {
        Root = root;
        Previous = manifest;
        ManifestProblem = problem;
        SweptTempFiles = swept;
        previous = (manifest?.Sources ?? []).GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    public string Root { get; }

    /// <summary>The manifest found when the store was opened, or null.</summary>
    public SnapshotManifest? Previous { get; }

    /// <summary>Why an existing <c>snapshot.json</c> could not be read (the fetch then starts without validators).</summary>
    public string? ManifestProblem { get; }

    /// <summary>Temp files of an earlier, interrupted write that were removed on open.</summary>
    public int SweptTempFiles { get; }

    /// <summary>
    /// Opens (creating if needed) <paramref name="root"/>, sweeping temp files an interrupted run left
    /// behind: only this store's own kind of temp file, and only when the process that wrote it is gone
    /// (another fetch may be writing into the same folder; the CLI also holds the folder's lock).
    /// </summary>
    public static SnapshotStore Open(string root)
    {
        var full = System.IO.Path.GetFullPath(root);
        Directory.CreateDirectory(full);
        var swept = 0;
        foreach (var file in Directory.EnumerateFiles(full, ".*", SearchOption.AllDirectories).Where(AtomicFile.IsStaleTempFile))
        {
            File.Delete(file);
            swept++;
        }

        if (!File.Exists(System.IO.Path.Combine(full, SnapshotManifest.FileName)))
        {
            return new SnapshotStore(full, null, null, swept);
        }

        try
        {
            return new SnapshotStore(full, SnapshotJson.ReadManifest(full), null, swept);
        }
        catch (SnapshotException e)
        {
            return new SnapshotStore(full, null, e.Message, swept);
        }
    }

    public SourceRecord? PreviousRecord(string id) => previous.GetValueOrDefault(id);

    /// <summary>Previous records whose id starts with <paramref name="prefix"/>, in manifest order.</summary>
    public IReadOnlyList<SourceRecord> PreviousRecords(string prefix) =>
        [.. (Previous?.Sources ?? []).Where(s => s.Id.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>True when <paramref name="relativePath"/> names a stored body that exists.</summary>
    public bool HasBody(string? relativePath) => relativePath is not null && TryFullPath(relativePath, out var full) && File.Exists(full);

    public Task WriteBodyAsync(string relativePath, byte[] body, CancellationToken ct) =>
        AtomicFile.WriteAllBytesAsync(FullPath(relativePath), body, ct);

    public Task SaveManifestAsync(SnapshotManifest manifest, CancellationToken ct) =>
        SaveJsonAsync(SnapshotManifest.FileName, manifest, ct);

    /// <summary>Writes <paramref name="value"/> as indented JSON to <paramref name="fileName"/> in the root, atomically.</summary>
    public Task SaveJsonAsync<T>(string fileName, T value, CancellationToken ct) =>
        AtomicFile.WriteAllBytesAsync(System.IO.Path.Combine(Root, fileName), JsonSerializer.SerializeToUtf8Bytes(value, SnapshotJson.Options), ct);

    /// <summary>Deletes bodies the previous manifest referenced and <paramref name="current"/> does not (months that left the window, pages that are gone).</summary>
    public IReadOnlyList<string> PruneUnreferenced(SnapshotManifest current)
    {
        var kept = current.Sources.Select(s => s.Path).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var path in (Previous?.Sources ?? []).Select(s => s.Path).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!kept.Contains(path) && TryFullPath(path, out var full) && File.Exists(full))
            {
                File.Delete(full);
                removed.Add(path);
            }
        }

        return removed;
    }

    /// <summary>The absolute path of a contract path; refuses anything that would leave the snapshot folder.</summary>
    public string FullPath(string relativePath) =>
        TryFullPath(relativePath, out var full) ? full : throw new SnapshotException($"Snapshot path '{relativePath}' leaves the snapshot folder.");

    private bool TryFullPath(string relativePath, out string full)
    {
        full = "";
        if (!ManifestEntries.IsSafePath(relativePath))
        {
            return false;
        }

        full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, relativePath));
        return full.StartsWith(Root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
