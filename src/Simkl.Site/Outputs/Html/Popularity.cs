using Simkl.Site.Index;
using Simkl.Site.Model;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// How popular a title is right now, for picking the few airings a short page shows out of
/// hundreds (the home page's up-next list, month cells, week columns): its position in the kind's
/// trending list (today, else this week, else this month) first, then its Simkl rank (1 is the most
/// watched); titles in neither come last, by name and id, so the order is stable from build to build.
/// </summary>
internal sealed class Popularity
{
    private readonly Dictionary<(MediaKind, long), int> _trending = [];
    private readonly SiteCatalogue _catalogue;

    public Popularity(BuildContext context)
    {
        _catalogue = context.Catalogue;
        foreach (var kind in PlanSite.Kinds)
        {
            if (ListPlanner.FirstTrending(context, kind) is not { } list)
            {
                continue;
            }

            foreach (var entry in list.Entries)
            {
                _trending.TryAdd((entry.Kind, entry.SimklId), entry.Position);
            }
        }
    }

    /// <summary>Smaller is more popular.</summary>
    public (int Trending, int Rank, long Id) Key(MediaKind kind, long simklId) =>
        (_trending.TryGetValue((kind, simklId), out var position) ? position : int.MaxValue,
         _catalogue.FindTitle(kind, simklId)?.Rank ?? int.MaxValue,
         simklId);

    private (int Trending, int Rank) KeyOf(AiringCard card)
    {
        if (!MediaKindNames.TryParseSection(card.Kind, out var kind))
        {
            return (int.MaxValue, int.MaxValue);
        }

        var (trending, rank, _) = Key(kind, card.SimklId);
        return (trending, rank);
    }

    public IEnumerable<AiringCard> MostPopular(IEnumerable<AiringCard> cards) => cards
        .OrderBy(KeyOf)
        .ThenBy(c => c.Name, StringComparer.Ordinal)
        .ThenBy(c => c.SimklId);

    /// <summary>The <paramref name="count"/> most popular cards, back in the order they came (time order on a day).</summary>
    public IReadOnlyList<AiringCard> Top(IReadOnlyList<AiringCard> cards, int count)
    {
        var chosen = MostPopular(cards).Take(count).ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. cards.Where(chosen.Contains)];
    }
}
