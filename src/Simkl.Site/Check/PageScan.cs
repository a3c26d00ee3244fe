using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Simkl.Site.Check;

/// <summary>A link found on a page: the raw URL as written, the element it came from and its line.</summary>
internal sealed record PageLink(string Url, string Element, int Line);

/// <summary>
/// What the checker needs from one HTML page, extracted in one parse so the DOM can be dropped:
/// its ids, its links, and the problems visible on the page alone (title, lang, alt, duplicate ids).
/// </summary>
internal sealed record PageScan(string Path, IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links, IReadOnlyList<CheckProblem> Problems)
{
    // Every attribute that makes the browser (or the visitor) fetch another file, by element.
    private static readonly Dictionary<string, string[]> LinkAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["area"] = ["href"],
        ["link"] = ["href"],
        ["script"] = ["src"],
        ["img"] = ["src", "srcset"],
        ["iframe"] = ["src"],
        ["source"] = ["src", "srcset"],
        ["video"] = ["poster"],
    };

    public static async Task<PageScan> ScanAsync(string fullPath, string path, CancellationToken cancellationToken)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var text = await File.ReadAllTextAsync(fullPath, cancellationToken);
        using var document = await parser.ParseDocumentAsync(text, cancellationToken);

        var problems = new List<CheckProblem>();
        void Problem(IElement? element, string message) => problems.Add(new(path, LineOf(element), message));

        // Completeness: not cut short, and every stated count matches what is shown.
        if (PageCompleteness.CutShort(path, text) is { } cut)
        {
            problems.Add(cut);
        }

        problems.AddRange(PageCompleteness.Check(path, document, out _));

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

        // One walk over the elements: alt text, ids and links together.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        foreach (var element in document.All)
        {
            if (element.LocalName == "img" && !element.HasAttribute("alt"))
            {
                Problem(element, $"<img src=\"{element.GetAttribute("src")}\"> has no alt attribute");
            }

            if (element.GetAttribute("id") is { } id)
            {
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

            if (!LinkAttributes.TryGetValue(element.LocalName, out var attributes))
            {
                continue;
            }
            foreach (var attribute in attributes)
            {
                if (element.GetAttribute(attribute) is not { } value)
                {
                    continue;
                }
                var where = $"<{element.LocalName} {attribute}>";
                if (attribute == "srcset")
                {
                    links.AddRange(Srcset.Urls(value).Select(url => new PageLink(url, where, LineOf(element))));
                }
                else
                {
                    links.Add(new PageLink(value.Trim(), where, LineOf(element)));
                }
            }
        }
        return new PageScan(path, ids, links, problems);
    }

    private static int LineOf(IElement? element) => element?.SourceReference?.Position.Line ?? 1;
}
