using Simkl.Site.Content;
using Simkl.Site.Settings;
using Simkl.Site.Rendering;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// One page to render: where it goes, which layout, the small model it needs, and the base layout
/// it is wrapped in (<c>baseof</c>; widget pages for iframes use <c>embed-base</c>, without the
/// site's header and navigation).
/// </summary>
public sealed record PagePlan(string OutputPath, string Layout, PageView Page, object Model, string BaseLayout = PageRenderer.BaseLayout);

/// <summary>The whole page set of a build, computed once, in a stable order (the sitemap's).</summary>
public sealed record SitePlan(IReadOnlyList<PlannedPage> Pages);

/// <summary>
/// One page of the <see cref="SitePlan"/>: its path, whether the sitemap lists it, and its
/// <see cref="PagePlan"/>, either made while planning (the few pages of the small families) or
/// made by <see cref="Make"/> when the page is rendered. The large families (title, day, week and
/// month pages) are made late, so their models are built, hashed, rendered and dropped one page
/// at a time instead of all living from planning to the end of rendering. Making a page reads
/// only data that no longer changes after planning, so pages can be made on any thread.
/// </summary>
public sealed class PlannedPage
{
    private readonly PagePlan? _made;
    private readonly Func<PagePlan>? _make;

    private PlannedPage(string path, string outputPath, bool noIndex, PagePlan? made, Func<PagePlan>? make)
    {
        Path = path;
        OutputPath = outputPath;
        NoIndex = noIndex;
        _made = made;
        _make = make;
    }

    /// <summary>The page's site path (<c>/tv/1/slug/</c>).</summary>
    public string Path { get; }

    /// <summary>The file it is written to (<c>tv/1/slug/index.html</c>).</summary>
    public string OutputPath { get; }

    /// <summary>True: the sitemap leaves it out.</summary>
    public bool NoIndex { get; }

    /// <summary>A page whose model is made already.</summary>
    public static PlannedPage Of(PagePlan page) => new(page.Page.Path, page.OutputPath, page.Page.NoIndex, page, null);

    /// <summary>A page at <paramref name="path"/>, listed in the sitemap, whose model <paramref name="make"/> builds when it is rendered.</summary>
    public static PlannedPage Later(string path, Func<PagePlan> make) => new(path, SiteUrls.File(path), false, null, make);

    /// <summary>
    /// The page to render. A page made late must be the one it was planned as: the sitemap and the
    /// completeness check have already used its path.
    /// </summary>
    public PagePlan Make()
    {
        if (_made is not null)
        {
            return _made;
        }

        var page = _make!();
        if (page.Page.Path != Path || page.OutputPath != OutputPath || page.Page.NoIndex != NoIndex)
        {
            throw new InvalidOperationException($"The page planned at '{Path}' was made as '{page.Page.Path}' ('{page.OutputPath}', noindex {page.Page.NoIndex}).");
        }

        return page;
    }
}

/// <summary>Makes <see cref="PageView"/>s: canonical URL from the base URL and path, full title.</summary>
public sealed class PageViews(string baseUrl, string siteTitle, SiteNav nav, IReadOnlyList<FeedLinkView> siteFeeds)
{
    /// <summary>The page views of a site with these settings and content pages (its menu and site-wide feeds).</summary>
    public static PageViews For(SiteSettings settings, IReadOnlyList<ContentPage> content) =>
        new(settings.BaseUrl, settings.Title, new SiteNav(content), FeedLinks.SiteWide(settings));

    public PageView Make(string path, string title, string description, string section) => new()
    {
        Title = title,
        FullTitle = title == siteTitle ? title : $"{title} · {siteTitle}",
        Description = description,
        Path = path,
        Canonical = baseUrl + path,
        Section = section,
        Header = nav.Header(section, path),
        SiteFeeds = siteFeeds,
    };
}
