using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Rendering;
using Simkl.Site.Urls;
using Simkl.Site.Index;

namespace Simkl.Site.Outputs.Atom;

/// <summary>
/// Writes <c>/feed.xml</c>: an Atom 1.0 feed of premieres and finales from a week ago to the end
/// of the data. Entry ids are <c>tag:</c> URIs from <see cref="Airing.Key"/>, so an entry keeps its
/// id when its date moves. Simkl's data carries no per-item change time, so each entry's
/// <c>updated</c> is the capture time of the snapshot since which the entry reads as it does, and
/// the feed's is the one since which the whole feed does (<see cref="BuildContext.StampOf"/>): the
/// bytes change only when an entry does, not with every capture.
/// </summary>
public sealed class BuildAtomFeed : IOutputGenerator
{
    /// <summary>How far back the feed reaches, so a finale that just aired is still "new".</summary>
    public const int DaysBack = 7;

    /// <summary>Upper bound on entries, earliest first, so the feed stays small for readers.</summary>
    public const int MaxEntries = 300;

    /// <summary>The dated part of every tag: URI; fixed so ids never change with the build date.</summary>
    public const string TagDate = "2026";

    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        yield return new OutputFile(SiteUrls.File(SiteUrls.AtomFeed), Write(context, Plan(context, index)));
    }

    /// <summary>Calendar premieres and finales, plus Simkl's premiere lists for shows not in the calendar yet.</summary>
    public static IReadOnlyList<AtomEntry> Plan(BuildContext context, SiteIndex index)
    {
        var from = context.Today.AddDays(-DaysBack);
        var spoilerSafe = context.Settings.SpoilerSafe;
        var entries = new Dictionary<string, AtomEntry>(StringComparer.Ordinal);
        foreach (var airing in index.AiringsBetween(from))
        {
            if (index.TitleOf(airing) is not { } title)
            {
                continue;
            }

            var label = AiringRules.FinaleLabel(airing.Finale) ?? AiringRules.PremiereLabel(airing);
            if (label is null)
            {
                continue;
            }

            var category = AiringRules.IsFinale(airing) ? "finale" : "premiere";
            entries[airing.Key] = new AtomEntry(airing.Key, title, airing.When,
                $"{label}: {AiringFacts.Summary(title, airing, spoilerSafe)}", label, category, SimklLinks.EpisodeUrl(title, airing));
        }

        // Premiere lists name new shows before their episodes reach the calendar. They get the
        // key the calendar's episode 1 will have, so the entry keeps its id when it does.
        foreach (var list in context.Catalogue.Lists.Where(l => l.Id.Family == ListFamily.Premieres).OrderBy(l => l.Id.ToString(), StringComparer.Ordinal))
        {
            foreach (var entry in list.Entries)
            {
                if (entry.When is not { } when || when.DayIn(context.Zone) < from
                    || context.Catalogue.FindTitle(entry.Kind, entry.SimklId) is not { } title || entry.Kind == MediaKind.Movie)
                {
                    continue;
                }

                var first = new Airing
                {
                    SimklId = entry.SimklId,
                    Kind = entry.Kind,
                    When = when,
                    Season = entry.Kind == MediaKind.Tv ? 1 : null,
                    Episode = 1,
                    SourceFile = "",
                };
                if (!entries.ContainsKey(first.Key))
                {
                    entries[first.Key] = new AtomEntry(first.Key, title, when, $"Series premiere: {title.Name}", "Series premiere", "premiere", SimklLinks.TitleUrl(title));
                }
            }
        }

        return [.. entries.Values
            .OrderBy(e => e.When.SortKey).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(MaxEntries)];
    }

    public static byte[] Write(BuildContext context, IReadOnlyList<AtomEntry> entries)
    {
        var settings = context.Settings;
        var host = SiteUrls.Host(settings.BaseUrl);
        var path = SiteUrls.File(SiteUrls.AtomFeed);
        var items = entries.Select(e => Stamped(context, $"{path}#{e.Key}", new AtomItem(
            $"tag:{host},{TagDate}:{e.Key}",
            e.Headline,
            default,
            [
                new AtomLink("alternate", "text/html", SiteUrls.Absolute(settings.BaseUrl, SiteUrls.Title(e.Title))),
                new AtomLink("related", "text/html", e.SimklUrl),
            ],
            [new AtomCategory(e.Category, e.Label), new AtomCategory(e.Title.Kind.Hook(), e.Title.Kind.Label())],
            Describe(context, e)))).ToList();
        var head = new AtomHead
        {
            Id = $"tag:{host},{TagDate}:feed",
            Title = $"{settings.Title}: premieres and finales",
            Subtitle = "Upcoming series and season premieres and new finales of TV shows and anime. Data from Simkl.",
            Updated = default,
            Links =
            [
                new AtomLink("self", "application/atom+xml", SiteUrls.Absolute(settings.BaseUrl, SiteUrls.AtomFeed)),
                new AtomLink("alternate", "text/html", SiteUrls.Absolute(settings.BaseUrl, SiteUrls.Premieres)),
            ],
            AuthorName = settings.Title,
            AuthorUri = settings.BaseUrl + "/",
            Language = settings.Language,
            Rights = "Data from Simkl (https://simkl.com).",
        };
        head = head with { Updated = context.StampOf(path, ModelHash.Of(head, items)) };
        return AtomFeedWriter.Write(head, items);
    }

    /// <summary>The entry with its stamp: kept while the entry (all but <c>updated</c>) reads the same.</summary>
    private static AtomItem Stamped(BuildContext context, string key, AtomItem item) =>
        item with { Updated = context.StampOf(key, ModelHash.Of(item)) };

    /// <summary>"Season finale of Harbor Lights (TV, Northwind TV): Saturday, 28 November 2026, 01:00 (UTC)."</summary>
    private static string Describe(BuildContext context, AtomEntry e)
    {
        var t = e.Title;
        var network = string.IsNullOrWhiteSpace(t.Network) ? "" : ", " + t.Network.Trim();
        string when;
        if (e.When.Instant is { } instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, context.Zone);
            when = local.ToString("dddd, d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({context.Settings.TimeZone})";
        }
        else
        {
            when = e.When.Date!.Value.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        return $"{e.Label} of {t.Name} ({t.Kind.Label()}{network}): {when}.";
    }
}
