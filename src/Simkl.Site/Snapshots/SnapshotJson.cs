using System.Text.Json;
using System.Text.Json.Serialization;

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

    public static SnapshotManifest ReadManifest(string snapshotDir)
    {
        var path = System.IO.Path.Combine(snapshotDir, SnapshotManifest.FileName);
        if (!File.Exists(path))
        {
            throw new SnapshotException($"No snapshot at '{snapshotDir}': {SnapshotManifest.FileName} is missing.");
        }

        try
        {
            return JsonSerializer.Deserialize<SnapshotManifest>(File.ReadAllBytes(path), Options)
                ?? throw new SnapshotException($"'{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new SnapshotException($"'{path}' is not a valid snapshot manifest: {e.Message}", e);
        }
    }
}

/// <summary>A snapshot folder that cannot be used, with a message for the person running the tool.</summary>
public sealed class SnapshotException : Exception
{
    public SnapshotException(string message) : base(message) { }
    public SnapshotException(string message, Exception inner) : base(message, inner) { }
}
