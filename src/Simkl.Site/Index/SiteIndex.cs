using Simkl.Site.Model;

namespace Simkl.Site.Index;

/// <summary>One day (site zone) that has airings, in display order.</summary>
public sealed record IndexDay(DateOnly Date, IReadOnlyList<Airing> Airings)
{
    public int Count(MediaKind kind) => Airings.Count(a => a.Kind == kind);
}

/// <summary>A month that has data, with its days.</summary>
public sealed record IndexMonth(int Year, int Month, IReadOnlyList<IndexDay> Days)
{
    public bool Has(MediaKind kind) => Days.Any(d => d.Airings.Any(a => a.Kind == kind));
}

/// <summary>
/// What every output reads, computed once per build: the airings of titles the site knows, grouped
/// by day in the site zone and in display order, months, airings per title, premieres, finales and
/// the feed window. Pages, feeds, the API and widgets take their airings from here; none of them
/// walks the catalogue or works out days in the zone again.
/// </summary>
public sealed class SiteIndex
{
    private SiteIndex(
        SiteCatalogue catalogue,
        TimeZoneInfo zone,
        DateOnly today,
        FeedWindow window,
        IReadOnlyList<IndexDay> days,
        IReadOnlyList<IndexMonth> months,
        IReadOnlyDictionary<(MediaKind, long), IReadOnlyList<Airing>> byTitle,
        IReadOnlyList<Airing> premieres,
        IReadOnlyList<Airing> finales)
    {
        Catalogue = catalogue;
        Zone = zone;
        Today = today;
        Window = window;
        Days = days;
        DayMap = days.ToDictionary(d => d.Date);
        Months = months;
        ByTitle = byTitle;
        Premieres = premieres;
        Finales = finales;
    }

    public SiteCatalogue Catalogue { get; }
    public TimeZoneInfo Zone { get; }

    /// <summary>Today in the site zone.</summary>
    public DateOnly Today { get; }

    /// <summary>The days the feeds cover (archive start, upcoming window).</summary>
    public FeedWindow Window { get; }

    /// <summary>Days with airings, ascending.</summary>
    public IReadOnlyList<IndexDay> Days { get; }

    public IReadOnlyDictionary<DateOnly, IndexDay> DayMap { get; }

    /// <summary>Months with airings, ascending.</summary>
    public IReadOnlyList<IndexMonth> Months { get; }

    /// <summary>Airings per title, in display order.</summary>
    public IReadOnlyDictionary<(MediaKind, long), IReadOnlyList<Airing>> ByTitle { get; }

    /// <summary>Episode 1 of a season (TV) or of an anime, ascending.</summary>
    public IReadOnlyList<Airing> Premieres { get; }

    /// <summary>Airings marked as a mid-season, season or series finale, ascending.</summary>
    public IReadOnlyList<Airing> Finales { get; }

    public Title? TitleOf(Airing a) => Catalogue.FindTitle(a.Kind, a.SimklId);

    /// <summary>Airings on days from <paramref name="from"/> to <paramref name="to"/> (inclusive; null: to the end).</summary>
    public IEnumerable<Airing> AiringsBetween(DateOnly from, DateOnly? to = null) =>
        Days.Where(d => d.Date >= from && (to is not { } end || d.Date <= end)).SelectMany(d => d.Airings);

    public static SiteIndex Build(BuildContext context)
    {
        var titles = context.Catalogue.Titles;
        var zone = context.Zone;
        Comparison<Airing> order = (x, y) => CompareInDay(x, y, titles);

        // Airings whose title is unknown cannot be linked or named; the loader reports them.
        var known = context.Catalogue.Airings.Where(a => titles.ContainsKey((a.Kind, a.SimklId))).ToList();

        // Each day is sorted on its own, so the days are sorted in parallel (the sort is most of the
        // index's work: many airings share an instant and are then ordered by title name).
        var groups = known.GroupBy(a => a.When.DayIn(zone)).OrderBy(g => g.Key).ToList();
        var sorted = new IndexDay[groups.Count];
        Parallel.For(0, groups.Count, i =>
        {
            var list = groups[i].ToList();
            list.Sort(order);
            sorted[i] = new IndexDay(groups[i].Key, list);
        });
        var days = sorted.ToList();

        var months = days
            .GroupBy(d => (d.Date.Year, d.Date.Month))
            .OrderBy(g => g.Key)
            .Select(g => new IndexMonth(g.Key.Year, g.Key.Month, [.. g]))
            .ToList();

        var byTitle = days
            .SelectMany(d => d.Airings)
            .GroupBy(a => (a.Kind, a.SimklId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Airing>)[.. g]);

        var all = days.SelectMany(d => d.Airings).ToList();
        return new SiteIndex(
            context.Catalogue,
            zone,
            context.Today,
            FeedWindow.For(context),
            days,
            months,
            byTitle,
            [.. all.Where(AiringRules.IsPremiere)],
            [.. all.Where(AiringRules.IsFinale)]);
    }

    /// <summary>Display order inside a day: date-only first, then by instant, title, id, season, episode.</summary>
    public static int CompareInDay(Airing x, Airing y, IReadOnlyDictionary<(MediaKind, long), Title> titles)
    {
        var c = y.When.IsDateOnly.CompareTo(x.When.IsDateOnly);
        if (c != 0)
        {
            return c;
        }

        c = x.When.SortKey.CompareTo(y.When.SortKey);
        if (c != 0)
        {
            return c;
        }

        var nx = titles.TryGetValue((x.Kind, x.SimklId), out var tx) ? tx.Name : string.Empty;
        var ny = titles.TryGetValue((y.Kind, y.SimklId), out var ty) ? ty.Name : string.Empty;
        c = string.CompareOrdinal(nx, ny);
        if (c != 0)
        {
            return c;
        }

        c = x.Kind.CompareTo(y.Kind);
        if (c != 0)
        {
            return c;
        }

        c = x.SimklId.CompareTo(y.SimklId);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(x.Season, y.Season);
        return c != 0 ? c : Nullable.Compare(x.Episode, y.Episode);
    }
}
