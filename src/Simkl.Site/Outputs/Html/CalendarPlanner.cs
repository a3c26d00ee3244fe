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
        var settings = context.Settings;
        var months = index.Months.Select(m => new LinkView(SiteUrls.Month(m.Year, m.Month), Formats.MonthLabel(m.Year, m.Month))).ToList();
        foreach (var kind in new MediaKind?[] { null, MediaKind.Tv, MediaKind.Anime, MediaKind.Movie })
        {
            var calendar = Window(_today, settings.UpcomingDays, kind);
            var path = SiteUrls.Calendar(kind);
            var what = kind is { } kk ? KindWhat(kk) : "TV episodes, anime episodes and movie releases";
            var heading = kind is { } k2 ? $"Upcoming {PlanSite.KindNoun(k2)}" : "Upcoming calendar";
            var page = views.Make(path, heading, $"{Cap(what)} for the next {settings.UpcomingDays} days, by day.", "calendar") with
            {
                HasTimes = true,
                HasToday = calendar.HasToday,
                HasFilters = true,
                JsonLd = StructuredData.ItemList(heading, calendar.Days.SelectMany(d => d.Cards).Select(StructuredData.Item)),
                Feeds = FeedLinks.ForCalendar(settings, kind),
            };
            yield return new PagePlan(SiteUrls.File(path), "calendar", page, new CalendarModel
            {
                Heading = heading,
                Intro = $"{Cap(what)} from today for {PlanSite.Plural(settings.UpcomingDays, "day", "days")}.",
                Calendar = calendar,
                Tabs = Tabs(kind, path),
                Months = kind is null ? months : [],
                EmptyText = $"Nothing scheduled in the next {settings.UpcomingDays} days.",
            });
        }
    }

    /// <summary>
    /// The days <paramref name="start"/> .. start+count-1 that have airings (of <paramref name="kind"/>),
    /// plus today even when empty (docs/markup.md: there is always a #today section to jump to).
    /// </summary>
    internal CalendarView Window(DateOnly start, int count, MediaKind? kind)
    {
        var days = new List<DayView>();
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(i);
            IReadOnlyList<AiringCard> cards = index.DayMap.TryGetValue(date, out var entry)
                ? [.. entry.Cards.Where(c => Matches(c, kind))]
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
                days.Add(Day(date, cards, link: entry is not null) with { Airings = entry?.Airings.Count(a => kind is not { } k || a.Kind == k) ?? 0 });
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

    /// <summary>The no-JS equivalents of the filters: all, per kind, premieres, finales.</summary>
    internal static IReadOnlyList<TabLink> Tabs(MediaKind? kind, string currentPath) =>
    [
        new(SiteUrls.Calendar(), "All", currentPath == SiteUrls.Calendar()),
        new(SiteUrls.Calendar(MediaKind.Tv), MediaKind.Tv.Label(), kind == MediaKind.Tv),
        new(SiteUrls.Calendar(MediaKind.Anime), MediaKind.Anime.Label(), kind == MediaKind.Anime),
        new(SiteUrls.Calendar(MediaKind.Movie), MediaKind.Movie.Label(), kind == MediaKind.Movie),
        new(SiteUrls.Premieres, "Premieres", currentPath == SiteUrls.Premieres),
        new(SiteUrls.Finales, "Finales", currentPath == SiteUrls.Finales),
    ];

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
