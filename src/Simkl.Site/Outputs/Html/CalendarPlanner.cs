using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>Home and the upcoming calendars; the day views other planners share.</summary>
internal sealed class CalendarPlanner(BuildContext context, PageIndex index, PageViews views)
{
    private readonly DateOnly _today = context.Today;
    private readonly Popularity _popularity = new(context);

    /// <summary>Most cards one day of an upcoming calendar shows; a busier day shows its most popular and links its day page.</summary>
    public const int PerDay = 30;

    public IEnumerable<PagePlan> Upcoming()
    {
        foreach (var filter in new[] { CalendarFilter.Everything, CalendarFilter.WithoutSpecials })
        {
            foreach (var kind in PlainFilters.KindsWith(filter))
            {
                yield return Upcoming(kind, filter == CalendarFilter.WithoutSpecials);
            }
        }
    }

    private PagePlan Upcoming(MediaKind? kind, bool withoutSpecials)
    {
        var settings = context.Settings;
        var calendar = Window(_today, settings.UpcomingDays, kind, withoutSpecials);
        var path = withoutSpecials ? SiteUrls.CalendarWithoutSpecials(kind) : SiteUrls.Calendar(kind);
        var what = kind is { } kk ? KindWhat(kk) : "TV episodes, anime episodes and movie releases";
        var heading = PlainFilters.Title(kind, withoutSpecials ? CalendarFilter.WithoutSpecials : CalendarFilter.Everything);
        var but = withoutSpecials ? ", without specials (season 0)" : "";
        var page = views.Make(path, heading, $"{Cap(what)} for the next {settings.UpcomingDays} days{but}, by day.", "calendar") with
        {
            HasTimes = true,
            HasToday = calendar.HasToday,

            // The page itself is the "hide specials" choice; the form would only offer the rest again.
            HasFilters = !withoutSpecials,
            JsonLd = StructuredData.ItemList(heading, [.. calendar.Days.SelectMany(d => d.Cards)]),
            Feeds = FeedLinks.ForCalendar(settings, kind),
        };
        return new PagePlan(SiteUrls.File(path), "calendar", page, new CalendarModel
        {
            Heading = heading,
            Intro = $"{Cap(what)} from today for {PlanSite.Plural(settings.UpcomingDays, "day", "days")}{but}.",
            Calendar = calendar,
            Filters = PlainFilters.Links(kind, withoutSpecials ? CalendarFilter.WithoutSpecials : CalendarFilter.Everything),
            FilterPages = withoutSpecials ? [] : PlainFilters.FormPages(kind),
            Months = kind is null && !withoutSpecials
                ? [.. index.Months.Select(m => new LinkView(SiteUrls.Month(m.Year, m.Month), Formats.MonthLabel(m.Year, m.Month)))]
                : [],
            EmptyText = $"Nothing scheduled in the next {settings.UpcomingDays} days.",
        });
    }

    /// <summary>
    /// The days <paramref name="start"/> .. start+count-1 that have airings (of <paramref name="kind"/>),
    /// plus today even when empty (docs/markup.md: there is always a #today section to jump to);
    /// without specials (season 0) when <paramref name="withoutSpecials"/>.
    /// </summary>
    internal CalendarView Window(DateOnly start, int count, MediaKind? kind, bool withoutSpecials = false)
    {
        var days = new List<DayView>();
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(i);
            IReadOnlyList<AiringCard> cards = index.DayMap.TryGetValue(date, out var entry)
                ? [.. entry.Cards.Where(c => Matches(c, kind) && !(withoutSpecials && c.IsSpecial))]
                : [];
            if (cards.Count > PerDay)
            {
                // At Simkl's volume (~370 a day) a two-week list would carry thousands of cards: show
                // the most popular, in time order, and leave completeness to the day page it links.
                var day = Day(date, _popularity.Top(cards, PerDay), link: true);
                days.Add(day with { SelectionText = $"The most popular {PerDay} here; all {Formats.Number(cards.Count)} on {day.Label}" });
            }
            else if (cards.Count > 0 || date == _today)
            {
                days.Add(Day(date, cards, link: entry is not null) with { Airings = entry?.Airings.Count(a => (kind is not { } k || a.Kind == k) && !(withoutSpecials && AiringRules.IsSpecial(a))) ?? 0 });
            }
        }

        return new CalendarView(days);
    }

    internal DayView Day(DateOnly date, IReadOnlyList<AiringCard> cards, bool link) => new()
    {
        Date = Formats.IsoDate(date),
        Label = Formats.LongDate(date),
        IsToday = date == _today,
        Cards = cards,
        DayPath = link && index.DayMap.ContainsKey(date) ? SiteUrls.Day(date) : null,
    };

    internal static bool Matches(AiringCard card, MediaKind? kind) => kind is not { } k || card.Kind == k.Hook();

    internal static string CountText(DayEntry d, MediaKind? kind)
    {
        if (kind is { } k)
        {
            return PlanSite.Plural(d.Count(k), "airing", "airings");
        }

        var parts = PlanSite.Kinds
            .Select(kk => (Kind: kk, Count: d.Count(kk)))
            .Where(x => x.Count > 0)
            .Select(x => PlanSite.Plural(x.Count, x.Kind.CountNouns().One, x.Kind.CountNouns().Many));
        return string.Join(", ", parts);
    }

    private static string KindWhat(MediaKind kind) => kind.Items();

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
