using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// Month pages: a Monday-first grid whose cells show the day's most popular titles as chips in
/// their kind's colour and "+N more" to the day page (which has them all). Narrow screens get the
/// same cells as an agenda list from CSS alone, so the page holds one copy of each day.
/// </summary>
internal sealed class MonthPlanner(BuildContext context, PageIndex index, PageViews views)
{
    /// <summary>Titles a cell shows before "+N more".</summary>
    public const int CellTitles = 3;

    private static readonly string[] WeekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private readonly DateOnly _today = context.Today;
    private readonly Popularity _popularity = new(context);

    /// <summary>Every month's page, all kinds then each kind; each model is made when the page is rendered.</summary>
    public IEnumerable<PlannedPage> Months()
    {
        foreach (var kind in new MediaKind?[] { null, MediaKind.Tv, MediaKind.Anime, MediaKind.Movie })
        {
            var months = kind is { } k ? index.Months.Where(m => m.Has(k)).ToList() : [.. index.Months];
            for (var i = 0; i < months.Count; i++)
            {
                var (month, previous, next) = (months[i], i > 0 ? months[i - 1] : null, i + 1 < months.Count ? months[i + 1] : null);
                yield return PlannedPage.Later(SiteUrls.Month(month.Year, month.Month, kind), () => Month(month, kind, previous, next));
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
        var cells = new List<MonthCell>();
        cells.AddRange(Enumerable.Repeat(new MonthCell(), lead));
        for (var d = 1; d <= DateTime.DaysInMonth(month.Year, month.Month); d++)
        {
            var date = new DateOnly(month.Year, month.Month, d);
            cells.Add(byDay.TryGetValue(date, out var entry) && CountOf(entry) > 0
                ? Cell(date, entry, kind, CountOf(entry))
                : new MonthCell { Day = d, Date = Formats.IsoDate(date), Weekday = Weekday(date), IsToday = date == _today });
        }

        while (cells.Count % 7 != 0)
        {
            cells.Add(new MonthCell());
        }

        var weeks = cells.Chunk(7).Select(row =>
        {
            var firstDay = row.FirstOrDefault(c => c.Date is not null)!;
            var date = DateOnly.ParseExact(firstDay.Date!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var link = WeekPlanner.Link(date);
            var number = System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
            return new MonthWeek(row, row.Any(c => c.Count > 0) ? link.Href : null, "W" + Formats.Int(number), link.Text);
        }).ToList();

        var total = month.Days.Sum(CountOf);
        var tabs = new List<TabLink> { new(SiteUrls.Month(month.Year, month.Month), "All", kind is null) };
        foreach (var mk in PlanSite.Kinds.Where(month.Has))
        {
            tabs.Add(new TabLink(SiteUrls.Month(month.Year, month.Month, mk), mk.Label(), kind == mk));
        }

        var what = kind is { } k3 ? k3.Items() : "TV episodes, anime episodes and movie releases";
        var page = views.Make(path, heading, $"{char.ToUpperInvariant(what[0])}{what[1..]} in {label}: {PlanSite.Plural(total, "airing", "airings")}, day by day.", "calendar") with
        {
            Feeds = FeedLinks.ForCalendar(context.Settings, kind),
        };
        return new PagePlan(SiteUrls.File(path), "month", page, new MonthModel
        {
            Heading = heading,
            MonthLabel = label,
            Weekdays = WeekdayNames,
            Weeks = weeks,
            Previous = previous is null ? null : new LinkView(SiteUrls.Month(previous.Year, previous.Month, kind), Formats.MonthLabel(previous.Year, previous.Month)),
            Next = next is null ? null : new LinkView(SiteUrls.Month(next.Year, next.Month, kind), Formats.MonthLabel(next.Year, next.Month)),
            Tabs = tabs,
            Total = total,
        });
    }

    private MonthCell Cell(DateOnly date, DayEntry entry, MediaKind? kind, int count)
    {
        var cards = entry.Cards.Where(c => CalendarPlanner.Matches(c, kind)).ToList();
        var top = _popularity.MostPopular(cards).Take(CellTitles).Select(Chip).ToList();
        return new MonthCell
        {
            Day = date.Day,
            Date = Formats.IsoDate(date),
            Weekday = Weekday(date),
            Path = SiteUrls.Day(date),
            Count = count,
            CountText = PlanSite.Plural(count, "airing", "airings"),
            IsToday = date == _today,
            Top = top,
            MoreText = cards.Count > top.Count ? $"+{Formats.Number(cards.Count - top.Count)} more" : string.Empty,
        };
    }

    internal static ChipView Chip(AiringCard card) => new(
        card.Name,
        card.TitlePath,
        card.Kind,
        card.KindLabel,
        card.IsPremiere ? "Premiere" : card.FinaleLabel);

    private static string Weekday(DateOnly date) => WeekdayNames[((int)date.DayOfWeek + 6) % 7][..3];
}
