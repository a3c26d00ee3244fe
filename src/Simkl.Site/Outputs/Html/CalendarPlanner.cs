using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>Home, upcoming calendars, month grids and day pages.</summary>
internal sealed class CalendarPlanner(BuildContext context, PageIndex index, PageViews views)
{
    private readonly DateOnly _today = context.Today;

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

    public IEnumerable<PagePlan> Months()
    {
        foreach (var kind in new MediaKind?[] { null, MediaKind.Tv, MediaKind.Anime, MediaKind.Movie })
        {
            var months = kind is { } k ? index.Months.Where(m => m.Has(k)).ToList() : [.. index.Months];
            for (var i = 0; i < months.Count; i++)
            {
                yield return Month(months[i], kind, i > 0 ? months[i - 1] : null, i + 1 < months.Count ? months[i + 1] : null);
            }
        }
    }

    private PagePlan Month(MonthEntry month, MediaKind? kind, MonthEntry? previous, MonthEntry? next)
    {
        var label = Formats.MonthLabel(month.Year, month.Month);
        var path = SiteUrls.Month(month.Year, month.Month, kind);
        var heading = kind is { } k ? $"{k.Label()} calendar: {label}" : $"Calendar: {label}";
        var byDay = month.Days.ToDictionary(d => d.Date);

        int CountOf(DayEntry d) => kind is { } kk ? d.Count(kk) : d.Airings.Count;

        var first = new DateOnly(month.Year, month.Month, 1);
        var lead = ((int)first.DayOfWeek + 6) % 7; // Monday first
        var daysInMonth = DateTime.DaysInMonth(month.Year, month.Month);
        var cells = new List<MonthCell>();
        for (var i = 0; i < lead; i++)
        {
            cells.Add(new MonthCell(null, null, null, 0, string.Empty, false));
        }

        for (var d = 1; d <= daysInMonth; d++)
        {
            var date = new DateOnly(month.Year, month.Month, d);
            var count = byDay.TryGetValue(date, out var entry) ? CountOf(entry) : 0;
            cells.Add(new MonthCell(
                d,
                Formats.IsoDate(date),
                count > 0 ? SiteUrls.Day(date) : null,
                count,
                count > 0 ? PlanSite.Plural(count, "airing", "airings") : string.Empty,
                date == _today));
        }

        while (cells.Count % 7 != 0)
        {
            cells.Add(new MonthCell(null, null, null, 0, string.Empty, false));
        }

        var weeks = cells.Chunk(7).Select(c => new MonthWeek(c)).ToList();
        var summaries = month.Days
            .Where(d => CountOf(d) > 0)
            .Select(d => new MonthDaySummary(Formats.IsoDate(d.Date), Formats.LongDate(d.Date), SiteUrls.Day(d.Date), CountText(d, kind)))
            .ToList();

        var highlights = new CalendarView(month.Days
            .Select(d => Day(d.Date, [.. d.Cards.Where(c => Matches(c, kind) && (c.IsPremiere || c.Finale is not null))], link: true))
            .Where(d => d.Cards.Count > 0)
            .ToList());

        var total = month.Days.Sum(CountOf);
        var tabs = new List<TabLink> { new(SiteUrls.Month(month.Year, month.Month), "All", kind is null) };
        foreach (var mk in PlanSite.Kinds.Where(month.Has))
        {
            tabs.Add(new TabLink(SiteUrls.Month(month.Year, month.Month, mk), mk.Label(), kind == mk));
        }

        var what = kind is { } k3 ? KindWhat(k3) : "TV episodes, anime episodes and movie releases";
        var page = views.Make(path, heading, $"{Cap(what)} in {label}: {PlanSite.Plural(total, "airing", "airings")}, day by day.", "calendar") with
        {
            HasTimes = highlights.Days.Count > 0,
            HasFilters = false,
            Feeds = FeedLinks.ForCalendar(context.Settings, kind),
        };
        return new PagePlan(SiteUrls.File(path), "month", page, new MonthModel
        {
            Heading = heading,
            MonthLabel = label,
            Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            Weeks = weeks,
            Days = summaries,
            Previous = previous is null ? null : new LinkView(SiteUrls.Month(previous.Year, previous.Month, kind), Formats.MonthLabel(previous.Year, previous.Month)),
            Next = next is null ? null : new LinkView(SiteUrls.Month(next.Year, next.Month, kind), Formats.MonthLabel(next.Year, next.Month)),
            Tabs = tabs,
            Highlights = highlights,
            Total = total,
        });
    }

    public IEnumerable<PagePlan> Days()
    {
        var days = index.Days;
        for (var i = 0; i < days.Count; i++)
        {
            var entry = days[i];
            var path = SiteUrls.Day(entry.Date);
            var label = Formats.LongDate(entry.Date);
            var calendar = new CalendarView([Day(entry.Date, entry.Cards, link: false) with { Airings = entry.Airings.Count }]);
            var summary = CountText(entry, null);
            var page = views.Make(path, label, $"What airs on {label}: {summary}.", "calendar") with
            {
                HasTimes = true,
                HasToday = calendar.HasToday,
                HasFilters = true,
                JsonLd = StructuredData.ItemList($"Airing on {label}", entry.Cards.Select(StructuredData.Item)),
                Feeds = FeedLinks.ForCalendar(context.Settings, null),
            };
            yield return new PagePlan(SiteUrls.File(path), "day", page, new DayModel
            {
                Heading = label,
                Calendar = calendar,
                Previous = i > 0 ? new LinkView(SiteUrls.Day(days[i - 1].Date), Formats.LongDate(days[i - 1].Date)) : null,
                Next = i + 1 < days.Count ? new LinkView(SiteUrls.Day(days[i + 1].Date), Formats.LongDate(days[i + 1].Date)) : null,
                Month = new LinkView(SiteUrls.Month(entry.Date.Year, entry.Date.Month), Formats.MonthLabel(entry.Date.Year, entry.Date.Month)),
                Summary = summary,
                Tabs = Tabs(null, path),
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
            if (cards.Count > 0 || date == _today)
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

    private static string CountText(DayEntry d, MediaKind? kind)
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
