using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Simkl.Site.Checking;

/// <summary>A link found on a page: the raw URL as written, the element it came from and its line.</summary>
internal sealed record PageLink(string Url, string Element, int Line);

/// <summary>
/// What the checker needs from one HTML page, extracted in one parse so the DOM can be dropped:
/// its ids, its links, and the problems visible on the page alone (title, lang, alt, duplicate ids).
/// </summary>
internal sealed record PageScan(string Path, IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links, IReadOnlyList<CheckProblem> Problems)
{
    // Every attribute that makes the browser (or the visitor) fetch another file.
    private static readonly (string Selector, string Attribute)[] LinkAttributes =
    [
        ("a[href]", "href"),
        ("area[href]", "href"),
        ("link[href]", "href"),
        ("script[src]", "src"),
        ("img[src]", "src"),
        ("iframe[src]", "src"),
        ("source[src]", "src"),
        ("video[poster]", "poster"),
    ];

    private static readonly (string Selector, string Attribute)[] SrcsetAttributes =
    [
        ("img[srcset]", "srcset"),
        ("source[srcset]", "srcset"),
    ];

    public static async Task<PageScan> ScanAsync(string fullPath, string path, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        await using var stream = File.OpenRead(fullPath);
        using var document = await parser.ParseDocumentAsync(stream, cancellationToken);

        var problems = new List<CheckProblem>();
        void Problem(IElement? element, string message) => problems.Add(new(path, LineOf(element), message));

        var html = document.DocumentElement;
        if (string.IsNullOrWhiteSpace(html.GetAttribute("lang")))
        {
            Problem(html, "<html> has no lang attribute");
        }
        var title = document.Head?.QuerySelector("title");
        if (title is null)
        {
            Problem(document.Head, "page has no <title>");
        }
        else if (string.IsNullOrWhiteSpace(title.TextContent))
        {
            Problem(title, "<title> is empty");
        }
        foreach (var img in document.QuerySelectorAll("img:not([alt])"))
        {
            Problem(img, $"<img src=\"{img.GetAttribute("src")}\"> has no alt attribute");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            var id = element.Id!;
            if (id.Length == 0)
            {
                Problem(element, $"<{element.LocalName}> has an empty id");
            }
            else if (!ids.Add(id))
            {
                Problem(element, $"duplicate id \"{id}\" (first at line {firstLine[id]})");
            }
            else
            {
                firstLine[id] = LineOf(element);
            }
        }

        var links = new List<PageLink>();
        foreach (var (selector, attribute) in LinkAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                links.Add(new(element.GetAttribute(attribute)!.Trim(), $"<{element.LocalName} {attribute}>", LineOf(element)));
            }
        }
        foreach (var (selector, attribute) in SrcsetAttributes)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                foreach (var url in Srcset.Urls(element.GetAttribute(attribute)!))
                {
                    links.Add(new(url, $"<{element.LocalName} {attribute}>", LineOf(element)));
                }
            }
        }
        return new PageScan(path, ids, links, problems);
    }

    private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 1;
}
