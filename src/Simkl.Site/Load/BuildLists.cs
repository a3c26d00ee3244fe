using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Load;

/// <summary>
/// Turns list files into <see cref="TitleList"/>s: one per (family, kind, variant), pages joined in
/// page order, entries in Simkl's order with 1-based positions, a title listed twice kept once.
/// Lists are ordered by family, kind and variant.
/// </summary>
internal static class BuildLists
{
    public static List<TitleList> Run(IEnumerable<ParsedSource> usable)
    {
        var groups = new SortedDictionary<(ListFamily, MediaKind, string), List<ParsedSource>>(Comparer<(ListFamily F, MediaKind K, string V)>.Create(
            (a, b) => a.F != b.F ? a.F.CompareTo(b.F) : a.K != b.K ? a.K.CompareTo(b.K) : string.CompareOrdinal(a.V, b.V)));
        foreach (var p in usable)
        {
            if (p.Format != SourceFormat.List)
            {
                continue;
            }

            var key = (Family(p.Source.Type), p.Source.Kind, p.Source.Variant ?? "all");
            if (!groups.TryGetValue(key, out var pages))
            {
                pages = [];
                groups[key] = pages;
            }

            pages.Add(p);
        }

        var lists = new List<TitleList>(groups.Count);
        foreach (var ((family, kind, variant), pages) in groups)
        {
            pages.Sort(SourcePrecedence.Compare);
            var entries = new List<ListEntry>();
            var seen = new HashSet<long>();
            int? lastPage = null;
            foreach (var page in pages)
            {
                var number = page.Source.Page ?? 1;
                if (number == lastPage)
                {
                    page.Context.Warnings.File(WarningCodes.ListSourceDuplicate, string.Create(CultureInfo.InvariantCulture,
                        $"source '{page.Source.Id}': page {number} of {family.ToString().ToLowerInvariant()}/{kind.Section()}/{variant} is already stored by another file; ignored"));
                    continue;
                }

                lastPage = number;
                foreach (var entry in page.Entries)
                {
                    if (!seen.Add(entry.SimklId))
                    {
                        page.Context.Warnings.Drop(WarningCodes.ListDuplicate, string.Create(CultureInfo.InvariantCulture,
                            $"simkl {entry.SimklId} is already in the list; the first kept"));
                        continue;
                    }

                    entries.Add(entry with { Position = entries.Count + 1 });
                }
            }

            var asOf = pages.Select(p => p.Source.GoodAt ?? p.Source.FetchedAt).Where(t => t is not null).Min();
            lists.Add(new TitleList(new ListId(family, kind, variant), entries, asOf));
        }

        return lists;
    }

    private static ListFamily Family(SourceType type) => type switch
    {
        SourceType.Trending => ListFamily.Trending,
        SourceType.Premieres => ListFamily.Premieres,
        SourceType.Airing => ListFamily.Airing,
        _ => ListFamily.Best,
    };
}
