using Simkl.Site.Content;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// The main menu (<c>site.nav</c>), and which of its entries a page is: the one place both the
/// site view and the page views read it from.
/// </summary>
public sealed class SiteNav
{
    private readonly HashSet<string> _paths;

    public SiteNav(IReadOnlyList<ContentPage> content)
    {
        var items = new List<NavItem>
        {
            new(SiteUrls.Home, "Home", "home"),
            new(SiteUrls.Calendar(), "Calendar", "calendar"),
            new(SiteUrls.KindHome(MediaKind.Tv), MediaKind.Tv.Label(), MediaKind.Tv.Section()),
            new(SiteUrls.KindHome(MediaKind.Anime), MediaKind.Anime.Label(), MediaKind.Anime.Section()),
            new(SiteUrls.KindHome(MediaKind.Movie), MediaKind.Movie.Label(), MediaKind.Movie.Section()),
            new(SiteUrls.Premieres, "Premieres", "premieres"),
            new(SiteUrls.Finales, "Finales", "finales"),
            new(SiteUrls.Trending(), "Trending", "trending"),
            new(SiteUrls.Airing, "Airing", "airing"),
            new(SiteUrls.Best, "Best", "best"),
            new(SiteUrls.Changes, "Changes", "changes"),
        };
        if (content.FirstOrDefault(p => p.Slug == "about") is { } about)
        {
            items.Add(new(about.Path, about.Title, about.Slug));
        }

        Items = items;
        _paths = items.Select(i => i.Href).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<NavItem> Items { get; }

    /// <summary>
    /// What the header shows of a page: its section (the menu marks that entry) and its path only
    /// when a menu entry links to it (marked as the current page). Every other page of a section
    /// has the same state, so the header is rendered once for all of them.
    /// </summary>
    public HeaderState Header(string section, string path) => new(section, _paths.Contains(path) ? path : string.Empty);
}
