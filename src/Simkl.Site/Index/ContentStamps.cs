using System.Collections.Concurrent;
using System.Text.Json;
using Simkl.Site.IO;

namespace Simkl.Site.Index;

/// <summary>
/// When each output's content last changed: per key (a page's output path, a JSON file's path, an
/// Atom entry) the hash of its content without the stamp and the capture time of the snapshot in
/// which it got that content. A key whose hash is the one kept from the previous build keeps its
/// stamp; any other key (new, changed, or no previous stamps at all) is stamped with this build's
/// capture time. So a page's "Updated" line, a JSON file's <c>generatedAt</c> and an Atom
/// <c>updated</c> change only with what they describe, and a build from a fresh checkout with the
/// state restored gives the same bytes as the build before it. Kept beside the schedule state (CI
/// restores that folder), not beside the output (CI starts without one). Thread-safe.
/// </summary>
public sealed class ContentStamps
{
    private readonly IReadOnlyDictionary<string, ContentStamp> _previous;
    private readonly ConcurrentDictionary<string, ContentStamp> _current = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _capturedAt;

    public ContentStamps(IReadOnlyDictionary<string, ContentStamp> previous, DateTimeOffset capturedAt)
    {
        _previous = previous;
        _capturedAt = capturedAt.ToUniversalTime();
    }

    /// <summary>The stamp of <paramref name="key"/> with content <paramref name="hash"/>: the kept one when the hash is the same, else the capture time.</summary>
    public DateTimeOffset Of(string key, string hash)
    {
        var stamp = _previous.TryGetValue(key, out var kept) && kept.Hash == hash ? kept : new ContentStamp(hash, _capturedAt);
        _current[key] = stamp;
        return stamp.At;
    }

    /// <summary>This build's stamps: only the keys it asked for, sorted, so the file's bytes are deterministic.</summary>
    public SortedDictionary<string, ContentStamp> Current() => new(_current, StringComparer.Ordinal);

    /// <summary>The stamps file that goes with a schedule state file: <c>schedule.json</c> → <c>schedule.stamps.json</c>.</summary>
    public static string PathFor(string statePath) => Path.ChangeExtension(statePath, null) + ".stamps.json";

    /// <summary>The stamps kept at <paramref name="path"/>; none when the file is missing or unreadable (every key is then stamped anew).</summary>
    public static ContentStamps Read(string? path, DateTimeOffset capturedAt)
    {
        Dictionary<string, ContentStamp>? previous = null;
        try
        {
            if (path is not null && File.Exists(path))
            {
                using var file = File.OpenRead(path);
                previous = JsonSerializer.Deserialize<Dictionary<string, ContentStamp>>(file);
            }
        }
        catch (JsonException)
        {
            previous = null;
        }

        // A damaged entry (null, no hash) is left out: that key is stamped anew, the rest are kept.
        var kept = (previous ?? []).Where(p => p.Value is { Hash: not null }).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new ContentStamps(kept, capturedAt);
    }

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.Write(path, ChunkedBytes.Json(Current(), JsonSerializerOptions.Default));
    }
}

/// <summary>A content hash and the capture time since which the content has had it.</summary>
public sealed record ContentStamp(string Hash, DateTimeOffset At);
