using System.Text.Json;
using Simkl.Site.IO;

namespace Simkl.Site.Build;

/// <summary>
/// What each page of the output was rendered from, kept beside the output
/// (<c>_site.page-hashes.json</c>) with the build inputs: the render key (code, theme files and the
/// site-wide values every page sees, such as the "data as of" stamp) and, per page, the
/// <see cref="Rendering.ModelHash"/> of its layout, page view and model. The next build renders a
/// page again only when the render key or the page's hash differs, or its file is not as the
/// build manifest lists it; every other page keeps its bytes.
/// </summary>
internal sealed record PageHashes(string RenderKey, Dictionary<string, string> Pages)
{
    public const string FileName = "page-hashes.json";

    public static string PathFor(string siteDir) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDir)) + "." + FileName;

    /// <summary>The hashes the previous build left beside <paramref name="outputDir"/>, or null (none, or unreadable).</summary>
    public static PageHashes? Read(string outputDir)
    {
        try
        {
            var path = PathFor(outputDir);
            if (!File.Exists(path))
            {
                return null;
            }

            using var file = File.OpenRead(path);
            return JsonSerializer.Deserialize<PageHashes>(file);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The previous hash of <paramref name="path"/> when it was rendered under the same render key.</summary>
    public string? Previous(string renderKey, string path) =>
        RenderKey == renderKey && Pages.TryGetValue(path, out var hash) ? hash : null;

    /// <summary>The file's bytes, made while the rest of the build still runs; <see cref="WriteBeside"/> writes them.</summary>
    public ChunkedBytes Serialize() => ChunkedBytes.Json(this, JsonSerializerOptions.Default);

    public static void WriteBeside(string outputDir, ChunkedBytes serialized) =>
        AtomicFile.Write(PathFor(outputDir), serialized);

    public static void RemoveBeside(string outputDir) => File.Delete(PathFor(outputDir));
}
