using Simkl.Site.Model;
using Simkl.Site.Index;

namespace Simkl.Site.Outputs.Html;

/// <summary>One day of the <see cref="SiteIndex"/> with its cards, built once for every page that shows the day.</summary>
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
/// The <see cref="SiteIndex"/> as the HTML pages need it: each day's cards (binge-collapsed)
/// built once and shared by the day, month, calendar, highlight, title and embed pages. It holds
/// data only: planners get the <see cref="BuildContext"/> as an argument of their own.
/// </summary>
public sealed class PageIndex
{
    private PageIndex(
        SiteIndex site,
        CardFactory cards,
        IReadOnlyList<DayEntry> days,
        IReadOnlyList<MonthEntry> months,
        IReadOnlyDictionary<(string Kind, long SimklId), IReadOnlyList<(DateOnly Day, AiringCard Card)>> cardsByTitle)
    {
        Site = site;
        Cards = cards;
        Days = days;
        DayMap = days.ToDictionary(d => d.Date);
        Months = months;
        CardsByTitle = cardsByTitle;
    }

    public SiteIndex Site { get; }
    public CardFactory Cards { get; }

    /// <summary>Days with airings, ascending.</summary>
    public IReadOnlyList<DayEntry> Days { get; }

    public IReadOnlyDictionary<DateOnly, DayEntry> DayMap { get; }

    /// <summary>
    /// Months that get a month page, ascending: those the data itself dates airings in. A month
    /// reached only because the site zone moved an airing across midnight at the edge of the data
    /// (a 1 October 02:00 UTC episode on 30 September in New York) is not one: its page would call
    /// one airing "September" when the data says nothing about the rest of September. Its day
    /// page still exists, like every day's.
    /// </summary>
    public IReadOnlyList<MonthEntry> Months { get; }

    /// <summary>Airings per title, in display order.</summary>
    public IReadOnlyDictionary<(MediaKind, long), IReadOnlyList<Airing>> ByTitle => Site.ByTitle;

    /// <summary>Episode 1 of a season (TV) or of an anime, ascending.</summary>
    public IReadOnlyList<Airing> Premieres => Site.Premieres;

    /// <summary>Airings marked as a mid-season, season or series finale, ascending.</summary>
    public IReadOnlyList<Airing> Finales => Site.Finales;

    /// <summary>Each title's cards (binge-collapsed as on day pages) with their day, ascending.</summary>
    public IReadOnlyDictionary<(string Kind, long SimklId), IReadOnlyList<(DateOnly Day, AiringCard Card)>> CardsByTitle { get; }

    public Title? TitleOf(Airing a) => Site.TitleOf(a);

    public static PageIndex Build(BuildContext context, SiteIndex site)
    {
        var cards = new CardFactory(context);
        var dayEntries = new DayEntry[site.Days.Count];
        Parallel.For(0, site.Days.Count, i =>
        {
            var day = site.Days[i];
            dayEntries[i] = new DayEntry(day.Date, day.Airings, cards.ForDay(day.Airings, site.TitleOf));
        });

        var dated = dayEntries
            .SelectMany(d => d.Airings)
            .Select(a => a.When.DayIn(TimeZoneInfo.Utc))
            .Select(d => (d.Year, d.Month))
            .ToHashSet();
        var months = dayEntries
            .GroupBy(d => (d.Date.Year, d.Date.Month))
            .Where(g => dated.Contains(g.Key))
            .OrderBy(g => g.Key)
            .Select(g => new MonthEntry(g.Key.Year, g.Key.Month, [.. g]))
            .ToList();

        var cardsByTitle = dayEntries
            .SelectMany(d => d.Cards.Select(c => (d.Date, Card: c)))
            .GroupBy(x => (x.Card.Kind, x.Card.SimklId))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(DateOnly, AiringCard)>)[.. g]);

        return new PageIndex(site, cards, dayEntries, months, cardsByTitle);
    }
}
