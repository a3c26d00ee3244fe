using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Simkl.Site.Urls;
using Simkl.Site.Rendering;

namespace Simkl.Site.Content;

/// <summary>One page written in Markdown (<c>input/pages/about.md</c> becomes <c>/about/</c>).</summary>
public sealed record ContentPage(string Slug, string Title, string Description, RawHtml Html, string SourceFile)
{
    public string Path => $"/{Slug}/";
}

/// <summary>
/// Loads <c>input/pages/*.md</c>. The first <c># heading</c> is the page title (the layout renders
/// it as the one <c>h1</c>); the first paragraph is the meta description. Raw HTML in Markdown is
/// escaped (<c>DisableHtml</c>), and a link that is not http(s), mailto or site-relative fails the
/// build rather than becoming a <c>javascript:</c> href.
/// </summary>
public static class ContentPages
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public static IReadOnlyList<ContentPage> Load(string pagesDir, IReadOnlySet<string> reservedSlugs)
    {
        if (!Directory.Exists(pagesDir))
        {
            return [];
        }

        var files = Directory.GetFiles(pagesDir, "*.md", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        var pages = new List<ContentPage>(files.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var slug = Slugs.Sanitise(System.IO.Path.GetFileNameWithoutExtension(file));
            if (reservedSlugs.Contains(slug))
            {
                throw new SiteException($"{file}: the page name '{slug}' is taken by a generated section of the site; rename the file.");
            }

            if (!seen.Add(slug))
            {
                throw new SiteException($"{file}: another page already has the URL /{slug}/.");
            }

            pages.Add(Parse(File.ReadAllText(file), slug, file));
        }

        return pages;
    }

    public static ContentPage Parse(string markdown, string slug, string sourceFile)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        string? title = null;
        var firstHeading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (firstHeading is not null)
        {
            title = InlineText(firstHeading.Inline);
            document.Remove(firstHeading);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                throw new SiteException($"{sourceFile}: link '{link.Url}' is not an http(s), mailto or site-relative URL.");
            }
        }

        var description = document.Descendants<ParagraphBlock>().FirstOrDefault() is { } p ? InlineText(p.Inline) : string.Empty;
        var html = Markdig.Markdown.ToHtml(document, Pipeline);
        return new ContentPage(slug, title ?? slug, description, new RawHtml(html.Trim()), sourceFile);
    }

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        if (url.StartsWith('#'))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.Scheme is "https" or "http" or "mailto"
            : !url.Contains(':', StringComparison.Ordinal);
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var sb = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline l:
                    sb.Append(l.Content.ToString());
                    break;
                case CodeInline c:
                    sb.Append(c.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString().Trim();
    }
}
