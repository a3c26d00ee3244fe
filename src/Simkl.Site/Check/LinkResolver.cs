using System.Collections.Concurrent;

namespace Simkl.Site.Check;

/// <summary>
/// Decides whether a URL written on a page points into the output, and if so whether the file (and
/// the <c>#anchor</c>) exists. The same targets appear on every page (navigation, footer, assets),
/// so answers are cached per resolved target.
/// </summary>
internal sealed class LinkResolver(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageScan> pages, Uri? baseUrl)
{
    private readonly ConcurrentDictionary<string, string?> cache = new(StringComparer.Ordinal);
    private readonly string basePath = baseUrl is null ? "/" : EnsureTrailingSlash(baseUrl.AbsolutePath);

    /// <summary>Checks one URL from the page at <paramref name="pagePath"/>.</summary>
    /// <returns>Whether the URL is internal (so counted as checked), and the problem, if any.</returns>
    public (bool Internal, string? Problem) Check(string pagePath, string url)
    {
        if (!Uri.TryCreate(new Uri(SiteChecker.LocalRoot, Escape(pagePath)), url, out var target))
        {
            return (false, "not a valid URL");
        }
        if (target.Scheme == "javascript")
        {
            return (false, "javascript: URLs are blocked by the site's Content-Security-Policy");
        }
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            return (false, null); // mailto:, webcal:, tel:, data: are not files of the site.
        }
        if (InternalPath(target) is not { } path)
        {
            return (false, null); // another host: not fetched
        }
        if (pagePath == "404.html" && IsPathRelative(url))
        {
            return (true, "404.html is served at every missing path, so a relative link breaks there; make it root-relative (\"/...\")");
        }

        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        return (true, cache.GetOrAdd(path + "#" + fragment, _ => Resolve(path, fragment)));
    }

    /// <summary>The output file a site path maps to, or the problem. Shared with the sitemap check.</summary>
    public static (string? File, string? Problem) FileFor(IReadOnlySet<string> files, string path)
    {
        var decoded = Uri.UnescapeDataString(path);
        var relative = decoded.TrimStart('/');
        if (decoded.EndsWith('/'))
        {
            var index = relative + "index.html";
            return files.Contains(index) ? (index, null) : (null, $"no file {index} in the output");
        }
        if (files.Contains(relative))
        {
            return (relative, null);
        }
        if (files.Contains(relative + "/index.html"))
        {
            return (null, $"{decoded} is a folder: the CDN answers with a redirect to {decoded}/; link to {decoded}/");
        }
        if (files.Contains(relative + ".html"))
        {
            return (relative + ".html", null);
        }
        return (null, $"no file {relative} in the output");
    }

    /// <summary>The site path (from '/') of an internal URL, or null for another host.</summary>
    public string? InternalPath(Uri target)
    {
        if (target.Host == SiteChecker.LocalRoot.Host)
        {
            return target.AbsolutePath;
        }
        if (baseUrl is not null &&
            string.Equals(target.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase) &&
            target.Port == baseUrl.Port &&
            (target.AbsolutePath + "/").StartsWith(basePath, StringComparison.Ordinal))
        {
            return "/" + target.AbsolutePath[Math.Min(basePath.Length, target.AbsolutePath.Length)..];
        }
        return null;
    }

    private string? Resolve(string path, string fragment)
    {
        var (file, problem) = FileFor(files, path);
        if (file is null)
        {
            return problem;
        }
        if (fragment.Length == 0 || fragment == "top" || !pages.TryGetValue(file, out var page))
        {
            return null; // "#top" scrolls to the top by definition; fragments of non-HTML files are not ids.
        }
        return page.Ids.Contains(fragment) ? null : $"no element with id=\"{fragment}\" in {file}";
    }

    // "x/", "../x", "x.html" but not "/x", "//host/x", "#a", "?q" or "scheme:..."
    private static bool IsPathRelative(string url) =>
        url.Length > 0 && url[0] is not ('/' or '#' or '?') && !Uri.TryCreate(url, UriKind.Absolute, out _);

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string EnsureTrailingSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
