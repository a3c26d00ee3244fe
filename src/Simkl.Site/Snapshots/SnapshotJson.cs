using System.Text.Json;
using System.Text.Json.Serialization;
using Simkl.Site.Text;
using Simkl.Site.Model;

namespace Simkl.Site.Snapshots;

/// <summary>The one set of JSON options for files we write ourselves (manifests, reports).</summary>
public static class SnapshotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>
    /// Reads <c>snapshot.json</c>. A file that is not a manifest at all throws; single bad entries
    /// (unknown outcomes or types, unsafe paths, control characters) are dropped and described in
    /// <see cref="SnapshotManifest.Problems"/>, so one damaged line cannot stop builds and fetches.
    /// </summary>
    /// <exception cref="SnapshotException">No file, or a file that is not a snapshot manifest.</exception>
    public static SnapshotManifest ReadManifest(string snapshotDir)
    {
        var path = System.IO.Path.Combine(snapshotDir, SnapshotManifest.FileName);
        if (!File.Exists(path))
        {
            throw new SnapshotException($"No snapshot at '{snapshotDir}': {SnapshotManifest.FileName} is missing.");
        }

        try
        {
            return ManifestEntries.Read(File.ReadAllBytes(path))
                ?? throw new SnapshotException($"'{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new SnapshotException($"'{path}' is not a valid snapshot manifest: {PlainText.Clean(e.Message)}", e);
        }
        catch (IOException e)
        {
            throw new SnapshotException($"'{path}' could not be read: {e.Message}", e);
        }
    }
}

/// <summary>A snapshot folder that cannot be used, with a message for the person running the tool.</summary>
public sealed class SnapshotException : Exception
{
    public SnapshotException(string message) : base(message) { }
    public SnapshotException(string message, Exception inner) : base(message, inner) { }
}
