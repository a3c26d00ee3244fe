using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Content;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// Computes the page set of the site (docs/url-map.md, minus feeds / widgets / API / ICS which
/// other generators add) from the <see cref="PageIndex"/>, once per build. Title, day, week and
/// month pages (nearly all of them) are planned by path only and made when rendered
/// (<see cref="PlannedPage"/>).
/// </summary>
public static class PlanSite
{
    public static SitePlan Run(BuildContext context, PageIndex index, IReadOnlyList<ContentPage> content)
    {
        var settings = context.Settings;
        var views = PageViews.For(settings, content);
        var pages = new List<PlannedPage>();
        var calendars = new CalendarPlanner(context, index, views);
        var homes = new HomePlanner(context, index, views);
        var lists = new ListPlanner(context, index, views);
        void Add(PagePlan page) => pages.Add(PlannedPage.Of(page));

        Add(homes.Home());
        homes.KindHomes().ToList().ForEach(Add);
        calendars.Upcoming().ToList().ForEach(Add);
        pages.AddRange(new MonthPlanner(context, index, views).Months());
        pages.AddRange(new WeekPlanner(context, index, views).Weeks());
        pages.AddRange(new DayPagePlanner(context, index, views).Days());

        PlainFilters.KindsWith(CalendarFilter.Premieres).Select(k => lists.Premieres(k)).ToList().ForEach(Add);
        PlainFilters.KindsWith(CalendarFilter.Finales).Select(k => lists.Finales(k)).ToList().ForEach(Add);
        lists.Trending().ToList().ForEach(Add);
        Add(lists.Airing());
        Add(lists.Best());

        pages.AddRange(new TitlePlanner(context, index, views).Titles());
        PlanEmbedPages.Run(context, index, views).ToList().ForEach(Add);
        Add(SearchPage.Plan(context, views));
        Add(SubscribePagePlanner.Page(context, views));

        foreach (var page in content)
        {
            var view = views.Make(page.Path, page.Title, page.Description, page.Slug);
            Add(new PagePlan(SiteUrls.File(page.Path), "content", view, new ContentModel(page.Html)));
        }

        var notFound = views.Make(SiteUrls.NotFound, "Page not found", "This page does not exist.", "404") with { NoIndex = true };
        Add(new PagePlan(SiteUrls.File(SiteUrls.NotFound), "404", notFound, new NotFoundModel(
        [
            new LinkView(SiteUrls.Home, "Home"),
            new LinkView(SiteUrls.Calendar(), "Upcoming calendar"),
            new LinkView(SiteUrls.Premieres, "Premieres"),
            new LinkView(SiteUrls.Trending(), "Trending on Simkl"),
        ])));
        return new SitePlan(pages);
    }

    /// <summary>Kinds in display order.</summary>
    internal static readonly MediaKind[] Kinds = [MediaKind.Tv, MediaKind.Anime, MediaKind.Movie];

    internal static string Plural(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{Formats.Number(n)} {many}";

    internal static string KindNoun(MediaKind kind) => kind.Noun();
}
