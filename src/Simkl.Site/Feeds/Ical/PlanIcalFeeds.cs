using Simkl.Site.Catalogue;
using Simkl.Site.Pipeline;

namespace Simkl.Site.Feeds.Ical;

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

    public static IReadOnlyList<IcalFeed> Plan(BuildContext context)
    {
        var window = FeedWindow.For(context);
        var site = context.Settings.Title;
        var airings = AiringFacts.InFeedOrder(context.Catalogue.Airings
                .Where(a => context.Catalogue.FindTitle(a.Kind, a.SimklId) is not null)
                .Where(a => window.InArchive(a.When.DayIn(context.Zone))))
            .ToList();
        var recentFrom = context.Today.AddDays(-DaysBack);
        var recent = airings.Where(a => a.When.DayIn(context.Zone) >= recentFrom).ToList();
        var upcoming = recent.Where(a => a.When.DayIn(context.Zone) <= window.UpcomingTo).ToList();

        var span = $"the last {DaysBack} days and the next {context.Settings.UpcomingDays}";
        var feeds = new List<IcalFeed>
        {
            new(FeedPaths.IcsAll(false), FeedPaths.IcsAll(true), $"{site}: TV, anime and movies",
                $"Upcoming and recent TV episodes, anime episodes and movie releases from Simkl's public calendar: {span}.",
                "calendar/", upcoming),
        };

        foreach (var kind in MediaKindNames.All)
        {
            feeds.Add(new(FeedPaths.IcsKind(kind, false), FeedPaths.IcsKind(kind, true), $"{site}: {KindName(kind)}",
                $"{char.ToUpperInvariant(KindName(kind)[0])}{KindName(kind)[1..]} from Simkl's public calendar: {span}.",
                $"calendar/{kind.Section()}/", [.. upcoming.Where(a => a.Kind == kind)]));
        }

        feeds.Add(new(FeedPaths.IcsPremieres(false), FeedPaths.IcsPremieres(true), $"{site}: premieres",
            "Series and season premieres of TV shows and anime from Simkl's public calendar.",
            "premieres/", [.. recent.Where(AiringFacts.IsPremiere)]));
        feeds.Add(new(FeedPaths.IcsFinales(false), FeedPaths.IcsFinales(true), $"{site}: finales",
            "Mid-season, season and series finales from Simkl's public calendar.",
            "finales/", [.. recent.Where(AiringFacts.IsFinale)]));

        // One feed per title the site has a page for, even with nothing scheduled yet: the title
        // page links it, and a subscriber sees new episodes as soon as Simkl lists them.
        var byTitle = airings.GroupBy(a => (a.Kind, a.SimklId)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var title in context.Catalogue.Titles.Values
                     .OrderBy(t => t.Kind).ThenBy(t => t.SimklId))
        {
            feeds.Add(new(
                FeedPaths.IcsTitle(title.Kind, title.SimklId, false),
                FeedPaths.IcsTitle(title.Kind, title.SimklId, true),
                $"{title.Name} ({title.Kind.Label()}) · {site}",
                $"Every {(title.Kind == MediaKind.Movie ? "release" : "episode")} of {title.Name} in Simkl's public calendar.",
                FeedPaths.TitlePage(title),
                byTitle.TryGetValue((title.Kind, title.SimklId), out var own) ? own : []));
        }

        return feeds;
    }

    private static string KindName(MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV episodes",
        MediaKind.Anime => "anime episodes",
        _ => "movie releases",
    };
}
