using System.Globalization;
using Simkl.Site.Index;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// Week pages (<c>/calendar/week/2026-W48/</c>, ISO weeks, Monday first): one column per day with
/// its most popular airings in time order and "+N more" to the day page, for every week that has
/// a day with airings.
/// </summary>
internal sealed class WeekPlanner(BuildContext context, PageIndex index, PageViews views)
{
    /// <summary>Airings a day column shows before "+N more".</summary>
    public const int DayTitles = 12;

    private readonly CalendarPlanner _calendar = new(context, index, views);
    private readonly Popularity _popularity = new(context);

    /// <summary>The week page holding <paramref name="date"/>: "Week 48: 23–29 Nov 2026".</summary>
    public static LinkView Link(DateOnly date)
    {
        var monday = Monday(date);
        var sunday = monday.AddDays(6);
        var week = ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
        return new LinkView(SiteUrls.Week(date), $"Week {week.ToString(CultureInfo.InvariantCulture)}: {Range(monday, sunday)}");
    }

    /// <summary>Every week with a day that has airings; each model is made when the page is rendered.</summary>
    public IEnumerable<PlannedPage> Weeks()
    {
        var mondays = index.Days.Select(d => Monday(d.Date)).Distinct().Order().ToList();
        var months = index.Months.Select(m => (m.Year, m.Month)).ToHashSet();
        for (var i = 0; i < mondays.Count; i++)
        {
            var at = i;
            yield return PlannedPage.Later(SiteUrls.Week(mondays[at]), () => Week(mondays, at, months));
        }
    }

    private PagePlan Week(List<DateOnly> mondays, int i, HashSet<(int Year, int Month)> months)
    {
        var monday = mondays[i];
        var path = SiteUrls.Week(monday);
        var link = Link(monday);
        var days = Enumerable.Range(0, 7).Select(n => Column(monday.AddDays(n))).ToList();
        var total = Enumerable.Range(0, 7).Sum(n => index.DayMap.TryGetValue(monday.AddDays(n), out var e) ? e.Airings.Count : 0);
        var summary = $"{PlanSite.Plural(total, "airing", "airings")} from {Formats.LongDate(monday)} to {Formats.LongDate(monday.AddDays(6))}; each day's most popular, and everything on its day page.";
        var page = views.Make(path, link.Text, $"TV episodes, anime episodes and movie releases in {link.Text}, day by day.", "calendar") with
        {
            HasTimes = true,
            HasToday = days.Any(d => d.Day.IsToday),
        };
        return new PagePlan(SiteUrls.File(path), "week", page, new WeekModel
        {
            Heading = link.Text,
            Summary = summary,
            Days = days,
            Previous = i > 0 ? Link(mondays[i - 1]) : null,
            Next = i + 1 < mondays.Count ? Link(mondays[i + 1]) : null,
            Months = [.. new[] { monday, monday.AddDays(6) }
                .Select(d => (d.Year, d.Month))
                .Distinct()
                .Where(months.Contains)
                .Select(m => new LinkView(SiteUrls.Month(m.Year, m.Month), Formats.MonthLabel(m.Year, m.Month)))],
        });
    }

    private WeekDayView Column(DateOnly date)
    {
        var cards = index.DayMap.TryGetValue(date, out var entry) ? entry.Cards : [];
        var top = _popularity.Top(cards, DayTitles);
        var count = entry?.Airings.Count ?? 0;
        return new WeekDayView
        {
            Day = _calendar.Day(date, top, link: true),
            ShortLabel = Formats.ShortDate(date),
            CountText = count == 0 ? "Nothing listed" : PlanSite.Plural(count, "airing", "airings"),
            MoreText = cards.Count > top.Count ? $"+{Formats.Number(cards.Count - top.Count)} more" : string.Empty,
        };
    }

    private static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>"23–29 Nov 2026", "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027".</summary>
    private static string Range(DateOnly from, DateOnly to) =>
        from.Year != to.Year ? $"{from.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} – {to.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
        : from.Month != to.Month ? $"{from.ToString("d MMM", CultureInfo.InvariantCulture)} – {to.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
        : $"{from.Day.ToString(CultureInfo.InvariantCulture)}–{to.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
}
