using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Decides the feed matrix and what each feed covers, in days of the site zone:
/// <list type="bullet">
/// <item>all and each kind: <see cref="DaysBack"/> days back to the end of the upcoming window
/// (<c>upcomingDays</c> days from today): what a subscriber's calendar needs, and small enough to
/// poll every 6 hours;</item>
/// <item>premieres and finales: <see cref="DaysBack"/> days back to the end of the data (they are
/// few and announced months ahead);</item>
/// <item>one feed per title: everything in the calendar window (<see cref="FeedWindow.ArchiveFrom"/>
/// to the end of the data).</item>
/// </list>
/// </summary>
public static class PlanIcalFeeds
{
    /// <summary>How many days before today the site-wide feeds still show.</summary>
    public const int DaysBack = 7;

    public static IReadOnlyList<IcalFeed> Plan(BuildContext context, SiteIndex index)
    {
        var site = context.Settings.Title;
        var airings = AiringFacts.InFeedOrder(index.AiringsBetween(index.Window.ArchiveFrom)).ToList();
        var recentFrom = index.Today.AddDays(-DaysBack);
        var recent = AiringFacts.InFeedOrder(index.AiringsBetween(recentFrom)).ToList();
        var upcoming = AiringFacts.InFeedOrder(index.AiringsBetween(recentFrom, index.Window.UpcomingTo)).ToList();

        var span = $"the last {DaysBack} days and the next {context.Settings.UpcomingDays}";
        var feeds = new List<IcalFeed>
        {
            new(SiteUrls.IcsAll(false), SiteUrls.IcsAll(true), $"{site}: TV, anime and movies",
                $"Upcoming and recent TV episodes, anime episodes and movie releases from Simkl's public calendar: {span}.",
                SiteUrls.Calendar(), upcoming),
        };

        foreach (var kind in MediaKindNames.All)
        {
            feeds.Add(new(SiteUrls.IcsKind(kind, false), SiteUrls.IcsKind(kind, true), $"{site}: {KindName(kind)}",
                $"{char.ToUpperInvariant(KindName(kind)[0])}{KindName(kind)[1..]} from Simkl's public calendar: {span}.",
                SiteUrls.Calendar(kind), [.. upcoming.Where(a => a.Kind == kind)]));
        }

        feeds.Add(new(SiteUrls.IcsPremieres(false), SiteUrls.IcsPremieres(true), $"{site}: premieres",
            "Series and season premieres of TV shows and anime from Simkl's public calendar.",
            SiteUrls.Premieres, [.. recent.Where(AiringRules.IsPremiere)]));
        feeds.Add(new(SiteUrls.IcsFinales(false), SiteUrls.IcsFinales(true), $"{site}: finales",
            "Mid-season, season and series finales from Simkl's public calendar.",
            SiteUrls.Finales, [.. recent.Where(AiringRules.IsFinale)]));

        // One feed per title the site has a page for, even with nothing scheduled yet: the title
        // page links it, and a subscriber sees new episodes as soon as Simkl lists them.
        var byTitle = airings.GroupBy(a => (a.Kind, a.SimklId)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var title in context.Catalogue.Titles.Values
                     .OrderBy(t => t.Kind).ThenBy(t => t.SimklId))
        {
            feeds.Add(new(
                SiteUrls.IcsTitle(title.Kind, title.SimklId, false),
                SiteUrls.IcsTitle(title.Kind, title.SimklId, true),
                $"{title.Name} ({title.Kind.Label()}) · {site}",
                $"Every {title.Kind.Occurrence()} of {title.Name} in Simkl's public calendar.",
                SiteUrls.Title(title),
                byTitle.TryGetValue((title.Kind, title.SimklId), out var own) ? own : []));
        }

        return feeds;
    }

    private static string KindName(MediaKind kind) => kind.Items();
}
