namespace Simkl.Site.Serve;

/// <summary>What the preview answers for one request path.</summary>
public abstract record ResolvedRequest
{
    /// <summary>A file of the output folder, sent with <paramref name="Status"/> (200, or 404 for 404.html).</summary>
    public sealed record File(string FullPath, int Status) : ResolvedRequest;

    /// <summary>A 301 to the same path with a trailing slash (a folder that has an index.html).</summary>
    public sealed record Redirect(string Location) : ResolvedRequest;

    /// <summary>Nothing there and no 404.html in the folder.</summary>
    public sealed record NotFound : ResolvedRequest;

    /// <summary>A path that tries to leave the folder or cannot name a file in it.</summary>
    public sealed record BadRequest : ResolvedRequest;
}

/// <summary>
/// Maps request paths to files of an output folder the way Netlify's CDN does for a static site:
/// <c>/dir/</c> serves <c>dir/index.html</c>; <c>/dir</c> redirects (301) to <c>/dir/</c> when that
/// folder has an index.html; <c>/about</c> serves <c>about.html</c> when there is such a file;
/// anything else serves <c>404.html</c> with status 404. Never resolves outside the folder: a
/// symbolic link in it that leads out (<c>_site/etc -&gt; /etc</c>) is treated as missing.
/// </summary>
public sealed class StaticSiteResolver
{
    private readonly string root;      // full path, no trailing separator
    private readonly string rootPrefix; // full path with a trailing separator
    private readonly string realRootPrefix; // the same with the root's own links resolved

    public StaticSiteResolver(string directory)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        rootPrefix = root + Path.DirectorySeparatorChar;
        realRootPrefix = Path.TrimEndingDirectorySeparator(RealPath.Of(root) ?? root) + Path.DirectorySeparatorChar;
    }

    public string Root => root;

    /// <param name="path">The decoded request path, starting with '/' (no query string).</param>
    public ResolvedRequest Resolve(string path)
    {
        if (!path.StartsWith('/'))
        {
            return new ResolvedRequest.BadRequest();
        }
        // Empty segments ("//") are skipped; dot segments and separators other than '/' never name a file here.
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(segment => segment is "." or ".." || segment.AsSpan().IndexOfAny('\\', '\0', ':') >= 0))
        {
            return new ResolvedRequest.BadRequest();
        }

        var relative = string.Join(Path.DirectorySeparatorChar, segments);
        if (path.EndsWith('/'))
        {
            return FileOrNotFound(Path.Combine(relative, "index.html"));
        }
        if (FullPathOf(relative) is { } full && System.IO.File.Exists(full))
        {
            return new ResolvedRequest.File(full, 200);
        }
        if (FullPathOf(Path.Combine(relative, "index.html")) is { } index && System.IO.File.Exists(index))
        {
            return new ResolvedRequest.Redirect(path + "/");
        }
        return FileOrNotFound(relative + ".html");
    }

    private ResolvedRequest FileOrNotFound(string relative)
    {
        if (FullPathOf(relative) is { } full && System.IO.File.Exists(full))
        {
            return new ResolvedRequest.File(full, 200);
        }
        var notFound = FullPathOf("404.html");
        return notFound is not null && System.IO.File.Exists(notFound)
            ? new ResolvedRequest.File(notFound, 404)
            : new ResolvedRequest.NotFound();
    }

    // The segment checks above already rule out "..": this is the second lock on the door. The
    // third is the real path: a link may point anywhere, so what it reaches must be inside too.
    private string? FullPathOf(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(rootPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        return RealPath.Of(full) is { } real && real.StartsWith(realRootPrefix, StringComparison.Ordinal) ? full : null;
    }
}
