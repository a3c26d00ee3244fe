using System.Runtime.CompilerServices;
using Simkl.Site.Catalogue;

namespace Simkl.Site.Loading;

/// <summary>
/// Joins the title drafts of all sources, field by field, in precedence order (v2 metadata, then
/// v1 calendar items, then list items): the first source to give a field wins, later ones only
/// fill gaps (e.g. overview and genres from trending for a title the calendar knows).
/// </summary>
internal static class MergeTitles
{
    /// <param name="ordered">Usable sources, highest precedence first.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Dictionary<(MediaKind Kind, long SimklId), Title> Run(IReadOnlyList<ParsedSource> ordered)
    {
        var drafts = new Dictionary<(MediaKind, long), TitleDraft>();
        foreach (var source in ordered)
        {
            foreach (var draft in source.Titles)
            {
                var key = (draft.Kind, draft.SimklId);
                if (drafts.TryGetValue(key, out var known))
                {
                    known.FillFrom(draft);
                }
                else
                {
                    // Each draft belongs to one parse result and is used once: no copy needed.
                    drafts[key] = draft;
                }
            }
        }

        var keys = drafts.Keys.ToArray();
        Array.Sort(keys);
        var titles = new Dictionary<(MediaKind Kind, long SimklId), Title>(keys.Length);
        foreach (var key in keys)
        {
            titles[key] = drafts[key].ToTitle();
        }

        return titles;
    }
}
