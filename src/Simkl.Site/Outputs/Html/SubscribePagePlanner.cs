using Simkl.Site.Index;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>The <c>/subscribe/</c> page: how calendar subscriptions work, the subscribe panel, and every site-wide feed as plain links.</summary>
public static class SubscribePagePlanner
{
    public static PagePlan Page(BuildContext context, PageViews views)
    {
        var feeds = FeedLinks.SiteWide(context.Settings);
        var page = views.Make(SiteUrls.Subscribe, "Subscribe to the calendar", $"Add the {context.Settings.Title} calendar to Apple Calendar, Google Calendar, Outlook or any calendar app: everything, one kind, premieres, finales or one show.", "subscribe") with
        {
            Feeds = feeds,
        };
        return new PagePlan(SiteUrls.File(SiteUrls.Subscribe), "subscribe", page, new SubscribeModel(feeds));
    }
}

/// <summary>Model of the subscribe page: the site-wide feeds, listed with every link.</summary>
public sealed record SubscribeModel(IReadOnlyList<FeedLinkView> Feeds);
