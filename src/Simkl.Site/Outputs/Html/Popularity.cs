using Simkl.Site.Index;
using Simkl.Site.Model;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// How popular a title is right now, for picking the few airings a short page shows out of
/// hundreds: its position in the kind's trending list (today, else this week, else this month)
/// first, then its Simkl rank; titles in neither come last, in a stable order by id.
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
}
