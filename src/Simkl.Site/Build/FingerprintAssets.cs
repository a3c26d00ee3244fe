using System.Collections.Frozen;
using System.Security.Cryptography;
using Simkl.Site.Outputs;

namespace Simkl.Site.Build;

/// <summary>
/// The theme's static files with content-hashed names (<c>site.css</c> becomes
/// <c>/assets/site.3f2a9c1b.css</c>), so they can be cached forever and a changed file gets a new
/// URL. Templates ask for URLs with <c>{{ asset "site.css" }}</c>.
/// </summary>
public sealed class AssetManifest
{
    private readonly FrozenDictionary<string, string> _urls;

    internal AssetManifest(IReadOnlyList<OutputFile> files, FrozenDictionary<string, string> urls)
    {
        Files = files;
        _urls = urls;
    }

    public static AssetManifest Empty { get; } = new([], FrozenDictionary<string, string>.Empty);

    /// <summary>The fingerprinted files to write, under <c>assets/</c>.</summary>
    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>Logical name ('/'-separated, relative to <c>theme/assets</c>) → site URL.</summary>
    public IReadOnlyDictionary<string, string> Urls => _urls;

    public string? Url(string name) => _urls.TryGetValue(name.TrimStart('/'), out var url) ? url : null;
}

public static class FingerprintAssets
{
    public static AssetManifest Run(string assetsDir)
    {
        if (!Directory.Exists(assetsDir))
        {
            return AssetManifest.Empty;
        }

        var files = Directory.GetFiles(assetsDir, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var outputs = new List<OutputFile>(files.Length);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(assetsDir, file).Replace('\\', '/');
            if (Path.GetFileName(name).StartsWith('.'))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
            var ext = Path.GetExtension(name);
            var stem = name[..^ext.Length];
            var path = $"assets/{stem}.{hash}{ext}";
            outputs.Add(new OutputFile(path, bytes));
            urls[name] = "/" + path;
        }

        return new AssetManifest(outputs, urls.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
