using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>What a calendar-like page shows besides its kind: everything, premieres, finales, or everything but specials.</summary>
public enum CalendarFilter
{
    Everything,
    Premieres,
    Finales,
    WithoutSpecials,
}

/// <summary>
/// The no-JS filter links of a calendar, premieres or finales page: one row choosing the kind, one
/// choosing what to show, each link a page that is built (the current one marked). The script's
/// filter form replaces a row when it offers the same choice (docs/markup.md: data-filter-links).
/// </summary>
public sealed record FilterLinksView(IReadOnlyList<TabLink> Kinds, IReadOnlyList<TabLink> Shows);

/// <summary>
/// A choice of the script's filter form that a plain page also shows: the form's query for it
/// (<c>kind=tv&amp;hide-specials=1</c>, in the order the script writes it) and that page.
/// </summary>
public sealed record FilterPageLink(string Query, string Href, string Text);

/// <summary>
/// The plain pages that stand for filter combinations: which exist, at which path, and the links
/// between them. A kind that cannot have premieres, finales or specials (<see cref="AiringRules"/>)
/// gets no such page, so nothing links one.
/// </summary>
public static class PlainFilters
{
    private static readonly CalendarFilter[] Filters =
        [CalendarFilter.Everything, CalendarFilter.Premieres, CalendarFilter.Finales, CalendarFilter.WithoutSpecials];

    /// <summary>All kinds (null), then each kind in display order.</summary>
    private static readonly MediaKind?[] KindChoices = [null, MediaKind.Tv, MediaKind.Anime, MediaKind.Movie];

    /// <summary>The page for a kind (or all) and a filter; null when that page is not built.</summary>
    public static string? Path(MediaKind? kind, CalendarFilter filter) => filter switch
    {
        CalendarFilter.Everything => SiteUrls.Calendar(kind),
        CalendarFilter.Premieres => kind is not { } k ? SiteUrls.Premieres : AiringRules.KindHasPremieres(k) ? SiteUrls.KindPremieres(k) : null,
        CalendarFilter.Finales => kind is not { } k ? SiteUrls.Finales : AiringRules.KindHasFinales(k) ? SiteUrls.KindFinales(k) : null,
        _ => kind is not { } k ? SiteUrls.CalendarWithoutSpecials() : AiringRules.KindHasSpecials(k) ? SiteUrls.CalendarWithoutSpecials(k) : null,
    };

    /// <summary>
    /// The page that shows <paramref name="filter"/> for <paramref name="kind"/>: its own, or for a
    /// kind without specials its calendar (already "without specials"); null when none does.
    /// </summary>
    private static string? Showing(MediaKind? kind, CalendarFilter filter) =>
        Path(kind, filter) ?? (filter == CalendarFilter.WithoutSpecials ? Path(kind, CalendarFilter.Everything) : null);

    /// <summary>The kinds (null: all) that have a page for <paramref name="filter"/>.</summary>
    public static IEnumerable<MediaKind?> KindsWith(CalendarFilter filter) =>
        KindChoices.Where(k => Path(k, filter) is not null);

    /// <summary>The links of the page for <paramref name="kind"/> and <paramref name="filter"/>.</summary>
    public static FilterLinksView Links(MediaKind? kind, CalendarFilter filter)
    {
        var current = Path(kind, filter);
        var kinds = new List<TabLink>();
        foreach (var k in KindChoices)
        {
            var href = Showing(k, filter);
            if (href is not null)
            {
                kinds.Add(new TabLink(href, k is { } kk ? $"Only {kk.Noun()}" : "All kinds", href == current));
            }
        }

        var shows = Filters
            .Select(f => (Filter: f, Href: Path(kind, f)))
            .Where(x => x.Href is not null)
            .Select(x => new TabLink(x.Href!, Text(x.Filter), x.Href == current))
            .ToList();

        // One choice is no choice: a movie calendar has only "Everything".
        return new FilterLinksView(kinds, shows.Count > 1 ? shows : []);
    }

    /// <summary>A plain page's title: "Upcoming TV without specials", "Anime premieres", "Finales".</summary>
    public static string Title(MediaKind? kind, CalendarFilter filter) => filter switch
    {
        CalendarFilter.Premieres => kind is { } k ? $"{k.Label()} premieres" : "Premieres",
        CalendarFilter.Finales => kind is { } k ? $"{k.Label()} finales" : "Finales",
        _ => (kind is { } k ? $"Upcoming {k.Noun()}" : "Upcoming calendar") + (filter == CalendarFilter.WithoutSpecials ? " without specials" : ""),
    };

    /// <summary>
    /// The choices of the filter form on the calendar of <paramref name="kind"/> that a plain page
    /// shows too (the page may show more: its own 30 a day, or every premiere, not only the
    /// calendar's days), for the script to link beside its status line.
    /// </summary>
    public static IReadOnlyList<FilterPageLink> FormPages(MediaKind? kind)
    {
        var links = new List<FilterPageLink>();
        foreach (var k in kind is null ? KindChoices : [kind])
        {
            // On a kind's calendar the kind is the page, not a choice in the query.
            var prefix = kind is null && k is { } chosen ? $"kind={chosen.Hook()}" : "";
            foreach (var (filter, flag) in new[] { (CalendarFilter.Everything, ""), (CalendarFilter.Premieres, "premieres=1"), (CalendarFilter.Finales, "finales=1"), (CalendarFilter.WithoutSpecials, "hide-specials=1") })
            {
                var query = string.Join("&", new[] { prefix, flag }.Where(x => x.Length > 0));
                var href = Showing(k, filter);
                if (query.Length > 0 && href is not null && href != SiteUrls.Calendar(kind))
                {
                    links.Add(new FilterPageLink(query, href, Title(k, href == Path(k, filter) ? filter : CalendarFilter.Everything)));
                }
            }
        }

        return links;
    }

    private static string Text(CalendarFilter filter) => filter switch
    {
        CalendarFilter.Everything => "Everything",
        CalendarFilter.Premieres => "Premieres",
        CalendarFilter.Finales => "Finales",
        _ => "Without specials",
    };
}
