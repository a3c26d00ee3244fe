using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Load;

/// <summary>
/// The order in which sources win, one total order so merging is deterministic:
/// <list type="number">
/// <item>v2 calendars before v1 (v2 wins over v1);</item>
/// <item>within a generation, the rolling file before monthly archives (rolling wins), archives newest month first;</item>
/// <item>then list files: trending, premieres, airing, best (they only fill title gaps);</item>
/// <item>ties broken by source id, page and path (ordinal).</item>
/// </list>
/// The first source to set a title field or to claim an airing key wins.
/// </summary>
internal static class SourcePrecedence
{
    public static List<ParsedSource> Order(IEnumerable<ParsedSource> sources)
    {
        var list = sources.ToList();
        list.Sort(Compare);
        return list;
    }

    public static int Compare(ParsedSource a, ParsedSource b)
    {
        var c = Tier(a).CompareTo(Tier(b));
        if (c != 0)
        {
            return c;
        }

        // Newest archive month first.
        c = MonthNumber(b.Source.Month).CompareTo(MonthNumber(a.Source.Month));
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Source.Variant, b.Source.Variant);
        if (c != 0)
        {
            return c;
        }

        c = (a.Source.Page ?? 1).CompareTo(b.Source.Page ?? 1);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Source.Id, b.Source.Id);
        return c != 0 ? c : string.CompareOrdinal(a.Source.Path, b.Source.Path);
    }

    /// <summary>0 v2 rolling, 1 v2 archive, 2 v1 rolling, 3 v1 archive, 4-7 lists by family.</summary>
    public static int Tier(ParsedSource p) => p.Format switch
    {
        SourceFormat.CalendarV2 => p.IsRolling ? 0 : 1,
        SourceFormat.CalendarV1 => p.IsRolling ? 2 : 3,
        _ => p.Source.Type switch
        {
            SourceType.Trending => 4,
            SourceType.Premieres => 5,
            SourceType.Airing => 6,
            _ => 7,
        },
    };

    /// <summary>"2026-11" → 202611 (also tolerates an unpadded "2026-1"); rolling/unknown → 0.</summary>
    public static int MonthNumber(string? month)
    {
        if (month is null)
        {
            return 0;
        }

        var dash = month.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && int.TryParse(month.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(month.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            ? (y * 100) + m
            : 0;
    }
}
