using System.Collections.Concurrent;
using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Outputs.Html;
using Simkl.Site.Publish;
using Simkl.Site.Rendering;
using Simkl.Site.Write;

namespace Simkl.Site.Build;

/// <summary>
/// Decides, page by page while rendering, which pages keep the previous output's file: those whose
/// <see cref="ModelHash"/> (output path, layouts, page view, model) equals the one stored in
/// <see cref="PageHashes"/> under the same render key, and whose file the previous build manifest
/// lists with the size it still has. Each page's "Updated" stamp (<see cref="BuildContext.StampOf"/>,
/// by its model hash) is part of the stored hash but not of the model hash, so a page whose model
/// is unchanged keeps its stamp and its file across captures, and a page rendered anew gets the
/// capture time of the snapshot that changed it. Collects this build's hashes for the next one. Thread-safe.
/// </summary>
internal sealed class UnchangedPages
{
    private readonly string _renderKey;
    private readonly BuildContext _context;
    private readonly PageHashes? _previous;
    private readonly IReadOnlyDictionary<string, ManifestFile> _previousFiles;
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _rendered = [];
    private int _kept;

    public UnchangedPages(string outputDir, string renderKey, BuildContext context)
    {
        _renderKey = renderKey;
        _context = context;
        _previous = PageHashes.Read(outputDir);
        _previousFiles = _previous is null ? new Dictionary<string, ManifestFile>() : PreviousFiles(outputDir);
    }

    public int Rendered => _rendered.Count;

    public int Kept => _kept;

    /// <summary>
    /// The render key: the code, every file of the theme (layouts, partials, assets and so the
    /// asset URLs) and the site-wide values all pages see. When it changes every page is rendered.
    /// </summary>
    public static string Key(string themeDir, IReadOnlyDictionary<string, object?> globals) =>
        ModelHash.Of(
            typeof(UnchangedPages).Assembly.ManifestModule.ModuleVersionId.ToString(),
            BuildFingerprint.HashFolder(themeDir),
            globals.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new KeyValuePair<string, object?>(g.Key, g.Value)).ToList())
        // Site-wide values that cannot be hashed: a key no build repeats, so nothing is kept.
        ?? Guid.NewGuid().ToString("N");

    /// <summary>
    /// True when <paramref name="page"/> kept its previous file (then it needs no rendering); false:
    /// render it with <paramref name="updated"/>, the time its content last changed.
    /// </summary>
    public bool TryKeep(PagePlan page, WriteSite writer, out DateTimeOffset updated)
    {
        var model = ModelHash.Of(page.OutputPath, page.Layout, page.BaseLayout, page.Page, page.Model);
        updated = _context.StampOf(page.OutputPath, model);
        var hash = model is null ? null : $"{model}@{UtcText.Format(updated)}";
        if (hash is not null)
        {
            _hashes[page.OutputPath] = hash;
        }

        if (hash is not null
            && _previous?.Previous(_renderKey, page.OutputPath) == hash
            && _previousFiles.TryGetValue(page.OutputPath, out var file)
            && writer.Keep(file))
        {
            Interlocked.Increment(ref _kept);
            return true;
        }

        _rendered.Add(page.OutputPath);
        return false;
    }

    public IReadOnlyList<string> RenderedPages() => [.. _rendered.Order(StringComparer.Ordinal)];

    /// <summary>This build's hashes (sorted by path, so the file's bytes are deterministic).</summary>
    public PageHashes Hashes() => new(
        _renderKey,
        _hashes.OrderBy(h => h.Key, StringComparer.Ordinal).ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal));

    private static Dictionary<string, ManifestFile> PreviousFiles(string outputDir)
    {
        try
        {
            return CreateBuildManifest.Read(BuildManifest.PathFor(outputDir)).Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        }
        catch (SiteException)
        {
            return [];
        }
    }
}
