using Simkl.Site.Catalogue;
using Simkl.Site.Pages;
using Simkl.Site.Pipeline;

namespace Simkl.Site.Planning;

/// <summary>One day (site zone) that has airings, with its cards built once.</summary>
public sealed record DayEntry(DateOnly Date, IReadOnlyList<Airing> Airings, IReadOnlyList<AiringCard> Cards)
{
    public int Count(MediaKind kind) => Airings.Count(a => a.Kind == kind);
}

/// <summary>A month that has data, with its days.</summary>
public sealed record MonthEntry(int Year, int Month, IReadOnlyList<DayEntry> Days)
{
    public bool Has(MediaKind kind) => Days.Any(d => d.Airings.Any(a => a.Kind == kind));
}

/// <summary>
/// The site-wide lists every page draws from, computed once per build: airings grouped by day in
/// the site zone (with binge-collapsed cards), months, airings per title, premieres and finales.
/// No page walks the whole catalogue.
/// </summary>
public sealed class SiteIndex
{
    private SiteIndex(
        BuildContext context,
        CardFactory cards,
        IReadOnlyList<DayEntry> days,
        IReadOnlyList<MonthEntry> months,
        IReadOnlyDictionary<(MediaKind, long), IReadOnlyList<Airing>> byTitle,
        IReadOnlyList<Airing> premieres,
        IReadOnlyList<Airing> finales,
        IReadOnlyDictionary<(string Kind, long SimklId), IReadOnlyList<(DateOnly Day, AiringCard Card)>> cardsByTitle)
    {
        CardsByTitle = cardsByTitle;
        Context = context;
        Cards = cards;
        Days = days;
        DayMap = days.ToDictionary(d => d.Date);
        Months = months;
        ByTitle = byTitle;
        Premieres = premieres;
        Finales = finales;
    }

    public BuildContext Context { get; }
    public CardFactory Cards { get; }

    /// <summary>Days with airings, ascending.</summary>
    public IReadOnlyList<DayEntry> Days { get; }

    public IReadOnlyDictionary<DateOnly, DayEntry> DayMap { get; }

    /// <summary>Months with airings, ascending.</summary>
    public IReadOnlyList<MonthEntry> Months { get; }

    /// <summary>Airings per title, in display order.</summary>
    public IReadOnlyDictionary<(MediaKind, long), IReadOnlyList<Airing>> ByTitle { get; }

    /// <summary>Episode 1 of a season (TV) or of an anime, ascending.</summary>
    public IReadOnlyList<Airing> Premieres { get; }

    /// <summary>Airings marked as a mid-season, season or series finale, ascending.</summary>
    public IReadOnlyList<Airing> Finales { get; }

    /// <summary>Each title's cards (binge-collapsed as on day pages) with their day, ascending.</summary>
    public IReadOnlyDictionary<(string Kind, long SimklId), IReadOnlyList<(DateOnly Day, AiringCard Card)>> CardsByTitle { get; }

    public Title? TitleOf(Airing a) => Context.Catalogue.FindTitle(a.Kind, a.SimklId);

    public static SiteIndex Build(BuildContext context)
    {
        var cards = new CardFactory(context);
        var titles = context.Catalogue.Titles;
        var zone = context.Zone;
        Comparison<Airing> order = (x, y) => CardFactory.CompareInDay(x, y, titles);

        // Airings whose title is unknown cannot be linked or named; the loader reports them.
        var known = context.Catalogue.Airings.Where(a => titles.ContainsKey((a.Kind, a.SimklId))).ToList();

        var days = known
            .GroupBy(a => a.When.DayIn(zone))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var list = g.ToList();
                list.Sort(order);
                return list;
            })
            .ToList();

        var dayEntries = new DayEntry[days.Count];
        Parallel.For(0, days.Count, i =>
        {
            var list = days[i];
            dayEntries[i] = new DayEntry(list[0].When.DayIn(zone), list, cards.ForDay(list, a => context.Catalogue.FindTitle(a.Kind, a.SimklId)));
        });

        var months = dayEntries
            .GroupBy(d => (d.Date.Year, d.Date.Month))
            .OrderBy(g => g.Key)
            .Select(g => new MonthEntry(g.Key.Year, g.Key.Month, [.. g]))
            .ToList();

        var byTitle = dayEntries
            .SelectMany(d => d.Airings)
            .GroupBy(a => (a.Kind, a.SimklId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Airing>)[.. g]);

        var cardsByTitle = dayEntries
            .SelectMany(d => d.Cards.Select(c => (d.Date, Card: c)))
            .GroupBy(x => (x.Card.Kind, x.Card.SimklId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(DateOnly, AiringCard)>)[.. g]);

        var all = dayEntries.SelectMany(d => d.Airings).ToList();
        return new SiteIndex(
            context,
            cards,
            dayEntries,
            months,
            byTitle,
            [.. all.Where(AiringRules.IsPremiere)],
            [.. all.Where(a => a.Finale != FinaleKind.None)],
            cardsByTitle);
    }
}
