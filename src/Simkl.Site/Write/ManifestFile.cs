using System.Security.Cryptography;

namespace Simkl.Site.Write;

/// <summary>One output file: site-relative '/'-separated path, lowercase hex SHA-256, size in bytes.</summary>
public sealed record ManifestFile(string Path, string Sha256, long Size)
{
    /// <summary>SHA-256 and size of one file's bytes.</summary>
    public static ManifestFile Of(string path, ReadOnlySpan<byte> content) =>
        new(path, Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);
}

/// <summary>
/// Where a site folder's build manifest lives: beside the folder, <c>{siteDir}.build-manifest.json</c>.
/// The writer needs it too (a folder with a manifest beside it is one this tool made).
/// </summary>
public static class ManifestLocation
{
    public const string FileName = "build-manifest.json";

    public static string For(string siteDir) =>
        System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(siteDir)) + "." + FileName;
}
