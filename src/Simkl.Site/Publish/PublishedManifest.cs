using Simkl.Site.IO;
namespace Simkl.Site.Publish;

/// <summary>
/// The manifest of the build that is live, kept beside the snapshot
/// (<c>.cache/published/build-manifest.json</c>). Written only after a successful deploy
/// (<c>simkl-site guard --record</c>), read by the next guard.
/// </summary>
public static class PublishedManifest
{
    public const string DefaultPath = ".cache/published/build-manifest.json";

    /// <summary>The published manifest, or null before the first publish.</summary>
    public static BuildManifest? Read(string path) => File.Exists(path) ? CreateBuildManifest.Read(path) : null;

    /// <summary>Copies a validated manifest to <paramref name="publishedPath"/> atomically.</summary>
    public static BuildManifest Record(string manifestPath, string publishedPath)
    {
        var manifest = CreateBuildManifest.Read(manifestPath);
        AtomicFile.Write(publishedPath, File.ReadAllBytes(manifestPath));
        return manifest;
    }
}
