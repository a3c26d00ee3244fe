using System.Collections.Frozen;
using System.Security.Cryptography;
using Simkl.Site.Outputs;

namespace Simkl.Site.Build;

/// <summary>
/// The theme's static files with content-hashed names (<c>site.css</c> becomes
/// <c>/assets/site.3f2a9c1b.css</c>), so they can be cached forever and a changed file gets a new
/// URL. Templates ask for URLs with <c>{{ asset "site.css" }}</c>. Stylesheets get their
/// <c>@import "tokens.css";</c> inlined first (<see cref="CssImports"/>).
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
    /// <param name="assetsDir">The theme's <c>assets</c> folder.</param>
    /// <param name="unfingerprinted">Names (relative to the folder) another output publishes under a fixed URL, e.g. <c>widget.js</c>.</param>
    public static AssetManifest Run(string assetsDir, IReadOnlyCollection<string>? unfingerprinted = null)
    {
        if (!Directory.Exists(assetsDir))
        {
            return AssetManifest.Empty;
        }

        var files = Directory.GetFiles(assetsDir, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var names = files.Select(f => Path.GetRelativePath(assetsDir, f).Replace('\\', '/')).ToArray();

        // Stylesheets: imported files (tokens.css) are inlined into their importers, not published.
        var css = names.Where(n => n.EndsWith(".css", StringComparison.Ordinal))
            .ToDictionary(n => n, n => File.ReadAllText(Path.Combine(assetsDir, n)), StringComparer.Ordinal);
        var inlined = css.Values.SelectMany(CssImports.Names).ToHashSet(StringComparer.Ordinal);
        var outputs = new List<OutputFile>(files.Length);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            var name = names[i];
            if (Path.GetFileName(name).StartsWith('.') || inlined.Contains(name) || (unfingerprinted?.Contains(name) ?? false))
            {
                continue;
            }

            var bytes = css.TryGetValue(name, out var text)
                ? CssImports.Utf8(CssImports.Inline(text, name, n => css.GetValueOrDefault(n)))
                : File.ReadAllBytes(files[i]);
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
