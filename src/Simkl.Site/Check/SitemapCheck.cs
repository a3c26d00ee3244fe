using System.Xml;
using System.Xml.Linq;

namespace Simkl.Site.Check;

/// <summary>
/// Checks sitemap.xml (and the sitemaps a sitemap index lists): every &lt;loc&gt; is an absolute URL
/// on the site's origin that maps to a page of the output. When no base URL is given, the origin
/// of the first &lt;loc&gt; is taken as the site's, and returned so page links to it count as internal.
/// </summary>
internal sealed class SitemapCheck(string root, IReadOnlySet<string> files, Uri? baseUrl)
{
    private readonly List<CheckProblem> problems = [];
    private readonly HashSet<string> visited = new(StringComparer.Ordinal);
    private Uri? site = baseUrl;

    public (IReadOnlyList<CheckProblem> Problems, Uri? BaseUrl) Check()
    {
        if (!files.Contains("sitemap.xml"))
        {
            problems.Add(new("sitemap.xml", 1, "missing: every site has /sitemap.xml"));
        }
        else
        {
            CheckFile("sitemap.xml");
        }
        return (problems, site);
    }

    private void CheckFile(string path)
    {
        if (!visited.Add(path))
        {
            return;
        }
        XDocument document;
        try
        {
            document = XDocument.Load(Path.Combine(root, path), LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(new(path, Math.Max(1, e.LineNumber), $"not well-formed XML: {e.Message}"));
            return;
        }

        var rootName = document.Root!.Name.LocalName;
        if (rootName is not ("urlset" or "sitemapindex"))
        {
            problems.Add(new(path, LineOf(document.Root), $"root element is <{rootName}>, not <urlset> or <sitemapindex>"));
            return;
        }
        var entryName = rootName == "urlset" ? "url" : "sitemap";
        var entries = document.Root.Elements().Where(e => e.Name.LocalName == entryName).ToList();
        if (entries.Count == 0)
        {
            problems.Add(new(path, LineOf(document.Root), $"<{rootName}> lists no <{entryName}>"));
        }
        foreach (var entry in entries)
        {
            var loc = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "loc");
            if (loc is null)
            {
                problems.Add(new(path, LineOf(entry), $"<{entryName}> has no <loc>"));
                continue;
            }
            var text = loc.Value.Trim();
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                problems.Add(new(path, LineOf(loc), $"\"{text}\" is not an absolute http(s) URL"));
                continue;
            }
            site ??= new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
            var sitePath = new LinkResolver(files, new Dictionary<string, PageScan>(), site).InternalPath(url);
            if (sitePath is null)
            {
                problems.Add(new(path, LineOf(loc), $"\"{text}\" is not on the site ({site})"));
                continue;
            }
            var (file, problem) = LinkResolver.FileFor(files, sitePath);
            if (file is null)
            {
                problems.Add(new(path, LineOf(loc), $"\"{text}\": {problem}"));
            }
            else if (entryName == "sitemap")
            {
                CheckFile(file);
            }
            else if (!file.EndsWith(".html", StringComparison.Ordinal) || file == "404.html")
            {
                problems.Add(new(path, LineOf(loc), $"\"{text}\" is not a page ({file})"));
            }
        }
    }

    private static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
}
