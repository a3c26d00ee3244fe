using Simkl.Site.Rendering;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// One page to render: where it goes, which layout, the small model it needs, and the base layout
/// it is wrapped in (<c>baseof</c>; widget pages for iframes use <c>embed-base</c>, without the
/// site's header and navigation).
/// </summary>
public sealed record PagePlan(string OutputPath, string Layout, PageView Page, object Model, string BaseLayout = PageRenderer.BaseLayout);

/// <summary>The whole page set of a build, computed once, in a stable order.</summary>
public sealed record SitePlan(IReadOnlyList<PagePlan> Pages);

/// <summary>Makes <see cref="PageView"/>s: canonical URL from the base URL and path, full title.</summary>
public sealed class PageViews(string baseUrl, string siteTitle)
{
    public PageView Make(string path, string title, string description, string section) => new()
    {
        Title = title,
        FullTitle = title == siteTitle ? title : $"{title} · {siteTitle}",
        Description = description,
        Path = path,
        Canonical = baseUrl + path,
        Section = section,
    };
}
