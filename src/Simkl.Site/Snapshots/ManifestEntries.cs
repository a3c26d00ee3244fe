using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simkl.Site.Text;
using Simkl.Site.Model;

namespace Simkl.Site.Snapshots;

/// <summary>
/// Reads a manifest entry by entry: a record that does not deserialise (an unknown outcome, type or
/// kind) or that names an unsafe path is dropped with a problem instead of failing the whole file.
/// </summary>
internal static class ManifestEntries
{
    /// <summary>The manifest with its good entries, or null for a JSON null.</summary>
    /// <exception cref="JsonException">Not JSON, or the top level is not a manifest.</exception>
    public static SnapshotManifest? Read(byte[] json)
    {
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject root)
        {
            throw new JsonException("the top level is not an object");
        }

        var sources = root["sources"];
        root.Remove("sources");
        var manifest = root.Deserialize<SnapshotManifest>(SnapshotJson.Options);
        if (manifest is null)
        {
            return null;
        }

        var problems = new List<ManifestProblem>();
        var kept = new List<SourceRecord>();
        if (sources is JsonArray items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var (record, problem) = Entry(items[i], i);
                if (problem is not null)
                {
                    problems.Add(problem);
                }
                else
                {
                    kept.Add(record!);
                }
            }
        }
        else if (sources is not null)
        {
            problems.Add(new ManifestProblem("'sources' is not a list; no source could be used"));
        }

        return manifest with { Sources = kept, Problems = problems };
    }

    private static (SourceRecord? Record, ManifestProblem? Problem) Entry(JsonNode? item, int index)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"source #{index + 1}");
        if (item is JsonObject o && o["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var rawId))
        {
            label += $" ('{Clip(rawId)}')";
        }

        SourceRecord? record;
        try
        {
            record = item?.Deserialize<SourceRecord>(SnapshotJson.Options);
        }
        catch (JsonException e)
        {
            return (null, new ManifestProblem($"{label} dropped: not a valid source record ({PlainText.Clean(e.Message)})"));
        }

        if (record is null)
        {
            return (null, new ManifestProblem($"{label} dropped: null"));
        }

        if (record.Id.Length == 0 || PlainText.HasUnsafe(record.Id) || PlainText.HasUnsafe(record.Url))
        {
            return (null, new ManifestProblem($"{label} dropped: the id is empty, or the id or URL has control characters"));
        }

        return record.Path is not null && !IsSafePath(record.Path)
            ? (null, new ManifestProblem($"{label} dropped: path '{Clip(record.Path)}' is not inside the snapshot folder (absolute, '..', empty segment or control characters)", UnsafePath: true))
            : (record with { Message = PlainText.Clean(record.Message) }, null);
    }

    /// <summary>A relative, '/'-separated path with no empty, '.' or '..' segment and nothing a terminal or file system would misread.</summary>
    public static bool IsSafePath(string path) =>
        path.Length > 0 && !PlainText.HasUnsafe(path) && !System.IO.Path.IsPathRooted(path) && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal) && path.Split('/').All(part => part is not ("" or "." or ".."));

    private static string Clip(string text)
    {
        var clean = PlainText.CleanText(text);
        return clean.Length <= 60 ? clean : clean[..60] + "…";
    }
}
