using System.Runtime.CompilerServices;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// Joins the title drafts of all sources, field by field, in precedence order (v2 metadata, then
/// v1 calendar items, then list items): the first source to give a field wins, later ones only
/// fill gaps (e.g. overview and genres from trending for a title the calendar knows).
/// </summary>
internal static class MergeTitles
{
    /// <summary>Joins the drafts of all sources: one draft per (kind, Simkl id), filled in precedence order.</summary>
    /// <param name="ordered">Usable sources, highest precedence first.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Dictionary<(MediaKind Kind, long SimklId), TitleDraft> Collect(IReadOnlyList<ParsedSource> ordered)
    {
        var drafts = new Dictionary<(MediaKind Kind, long SimklId), TitleDraft>();
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
                    // The base is filled in place: take a private copy of a draft other files share.
                    drafts[key] = draft.Shared ? draft.Clone() : draft;
                }
            }
        }

        return drafts;
    }

    /// <summary>The immutable titles, keyed and inserted in (kind, id) order; built in parallel.</summary>
    public static Dictionary<(MediaKind Kind, long SimklId), Title> Finish(Dictionary<(MediaKind Kind, long SimklId), TitleDraft> drafts)
    {
        var keys = drafts.Keys.ToArray();
        Array.Sort(keys);
        var built = new Title[keys.Length];
        Parallel.For(0, keys.Length, i => built[i] = drafts[keys[i]].ToTitle());
        var titles = new Dictionary<(MediaKind Kind, long SimklId), Title>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            titles[keys[i]] = built[i];
        }

        return titles;
    }
}
