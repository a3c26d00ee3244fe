using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Decides the feed matrix: all kinds, each kind, premieres, finales, and one feed per title,
/// each over the calendar window (<see cref="FeedWindow.ArchiveFrom"/> to the end of the data).
/// </summary>
public static class PlanIcalFeeds
{
    public static IReadOnlyList<IcalFeed> Plan(BuildContext context, SiteIndex index)
    {
        var site = context.Settings.Title;
        var airings = AiringFacts.InFeedOrder(index.AiringsBetween(index.Window.ArchiveFrom)).ToList();

        var feeds = new List<IcalFeed>
        {
            new(SiteUrls.IcsAll(false), SiteUrls.IcsAll(true), $"{site}: TV, anime and movies",
                "Upcoming and recent TV episodes, anime episodes and movie releases from Simkl's public calendar.",
                SiteUrls.Calendar(), airings),
        };

        foreach (var kind in MediaKindNames.All)
        {
            feeds.Add(new(SiteUrls.IcsKind(kind, false), SiteUrls.IcsKind(kind, true), $"{site}: {KindName(kind)}",
                $"{char.ToUpperInvariant(KindName(kind)[0])}{KindName(kind)[1..]} from Simkl's public calendar.",
                SiteUrls.Calendar(kind), [.. airings.Where(a => a.Kind == kind)]));
        }

        feeds.Add(new(SiteUrls.IcsPremieres(false), SiteUrls.IcsPremieres(true), $"{site}: premieres",
            "Series and season premieres of TV shows and anime from Simkl's public calendar.",
            SiteUrls.Premieres, [.. airings.Where(AiringRules.IsPremiere)]));
        feeds.Add(new(SiteUrls.IcsFinales(false), SiteUrls.IcsFinales(true), $"{site}: finales",
            "Mid-season, season and series finales from Simkl's public calendar.",
            SiteUrls.Finales, [.. airings.Where(AiringRules.IsFinale)]));

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
                $"Every {(title.Kind == MediaKind.Movie ? "release" : "episode")} of {title.Name} in Simkl's public calendar.",
                SiteUrls.Title(title),
                byTitle.TryGetValue((title.Kind, title.SimklId), out var own) ? own : []));
        }

        return feeds;
    }

    private static string KindName(MediaKind kind) => kind.Items();
}
