using System.Collections.Concurrent;

namespace Simkl.Site.Check;

/// <summary>
/// Checks a built output folder before it is published: every internal link, image, script,
/// stylesheet, frame and <c>#anchor</c> resolves to a file (and id) of the output; every page has a
/// non-empty title and a lang; every image has alt text; no id repeats on a page; every URL of
/// sitemap.xml is a page of the output. External links (other hosts, mailto:, webcal:) are not fetched.
/// </summary>
public static class SiteChecker
{
    /// <summary>The host relative links are resolved against; it never leaves this process.</summary>
    internal static readonly Uri LocalRoot = new("http://site.invalid/");

    /// <param name="directory">The output folder (e.g. <c>_site</c>).</param>
    /// <param name="baseUrl">The public URL of the site, so absolute links to it count as internal;
    /// when null, the origin of the URLs in sitemap.xml is used.</param>
    public static async Task<CheckReport> CheckAsync(string directory, Uri? baseUrl = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new SiteException($"output folder '{directory}' does not exist (build the site first: simkl-site build)");
        }
        var root = Path.GetFullPath(directory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);

        var scans = new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)),
            cancellationToken,
            async (path, ct) => scans[path] = await PageScan.ScanAsync(Path.Combine(root, path), path, ct));

        var problems = new ConcurrentBag<CheckProblem>();
        var (sitemapProblems, sitemapBase) = new SitemapCheck(root, files, baseUrl).Check();
        baseUrl ??= sitemapBase;

        var resolver = new LinkResolver(files, scans, baseUrl);
        var links = 0;
        Parallel.ForEach(scans.Values, new ParallelOptions { CancellationToken = cancellationToken }, scan =>
        {
            foreach (var problem in scan.Problems)
            {
                problems.Add(problem);
            }
            var checkedHere = 0;
            foreach (var link in scan.Links)
            {
                var (isInternal, message) = resolver.Check(scan.Path, link.Url);
                if (isInternal)
                {
                    checkedHere++;
                }
                if (message is not null)
                {
                    problems.Add(new CheckProblem(scan.Path, link.Line, $"{link.Element} \"{link.Url}\": {message}"));
                }
            }
            Interlocked.Add(ref links, checkedHere);
        });

        foreach (var problem in sitemapProblems)
        {
            problems.Add(problem);
        }

        var sorted = problems
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Message, StringComparer.Ordinal)
            .ToList();
        return new CheckReport(scans.Count, links, sorted);
    }
}
