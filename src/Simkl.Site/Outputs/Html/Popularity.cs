using Simkl.Site.Model;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// Most popular first, for the places that show only part of a day (month cells, week columns):
/// by Simkl rank (1 is the most watched), unranked titles last, then by name and id so the order
/// is stable from build to build.
/// </summary>
internal sealed class Popularity(SiteCatalogue catalogue)
{
    public int RankOf(AiringCard card) =>
        MediaKindNames.TryParseSection(card.Kind, out var kind)
        && catalogue.Titles.TryGetValue((kind, card.SimklId), out var title)
        && title.Rank is { } rank
            ? rank
            : int.MaxValue;

    public IEnumerable<AiringCard> MostPopular(IEnumerable<AiringCard> cards) => cards
        .OrderBy(RankOf)
        .ThenBy(c => c.Name, StringComparer.Ordinal)
        .ThenBy(c => c.SimklId);

    /// <summary>The <paramref name="count"/> most popular cards, back in the order they came (time order on a day).</summary>
    public IReadOnlyList<AiringCard> Top(IReadOnlyList<AiringCard> cards, int count)
    {
        var chosen = MostPopular(cards).Take(count).ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. cards.Where(chosen.Contains)];
    }
}
