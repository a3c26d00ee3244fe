using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>One kind's ways in on the search page: "TV: upcoming calendar, trending".</summary>
public sealed record SearchKindView(string Label, string Titles, IReadOnlyList<LinkView> Links);

/// <summary>
/// <c>/search/</c>: where the header's search form goes without JavaScript. The site is static,
/// so without the script the page explains that and offers the per-kind pages to browse; with it,
/// search.js shows the results for <c>?q=</c> here (docs/markup.md, <c>data-search-page</c>).
/// </summary>
public sealed record SearchPageModel(string Titles, IReadOnlyList<SearchKindView> Kinds);

public static class SearchPage
{
    public static PagePlan Plan(BuildContext context, PageViews views)
    {
        var view = views.Make(
            SiteUrls.Search,
            "Search titles",
            "Find a TV show, anime or movie by its title.",
            "search") with { HasTimes = true };
        var counts = context.Catalogue.Titles.Keys.CountBy(k => k.Kind).ToDictionary();
        var kinds = PlanSite.Kinds.Select(kind => new SearchKindView(
            kind.Label(),
            PlanSite.Plural(counts.GetValueOrDefault(kind), "title", "titles"),
            [
                new LinkView(SiteUrls.KindHome(kind), $"All about {kind.Noun()}"),
                new LinkView(SiteUrls.Calendar(kind), $"Upcoming {kind.Noun()}"),
                new LinkView(SiteUrls.Trending(kind), $"Trending {kind.Noun()}"),
            ])).ToList();
        return new PagePlan(SiteUrls.File(SiteUrls.Search), "search", view, new SearchPageModel(Formats.Number(context.Catalogue.Titles.Count), kinds));
    }
}
