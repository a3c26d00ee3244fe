using System.Globalization;
using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// Day pages: every airing of the day (they are the permalinks the completeness check holds to
/// account), made readable at Simkl's volume of ~370 a day by splitting them per kind and then
/// into hourly slots (site zone), with per-kind counts at the top that jump to each part.
/// </summary>
internal sealed class DayPagePlanner(BuildContext context, PageIndex index, PageViews views)
{
    private readonly CalendarPlanner _calendar = new(context, index, views);

    /// <summary>Every day's page; each model is made when the page is rendered.</summary>
    public IEnumerable<PlannedPage> Days()
    {
        var months = index.Months.Select(m => (m.Year, m.Month)).ToHashSet();
        for (var i = 0; i < index.Days.Count; i++)
        {
            var at = i;
            yield return PlannedPage.Later(SiteUrls.Day(index.Days[at].Date), () => Day(at, months));
        }
    }

    private PagePlan Day(int i, HashSet<(int Year, int Month)> months)
    {
        var days = index.Days;
        var entry = days[i];
        var path = SiteUrls.Day(entry.Date);
        var label = Formats.LongDate(entry.Date);
        var summary = CalendarPlanner.CountText(entry, null);
        var groups = Groups(entry);
        var page = views.Make(path, label, $"What airs on {label}: {summary}.", "calendar") with
        {
            HasTimes = true,
            HasToday = entry.Date == context.Today,
            JsonLd = StructuredData.ItemList($"Airing on {label}", entry.Cards),
            Feeds = FeedLinks.ForCalendar(context.Settings, null),
        };
        return new PagePlan(SiteUrls.File(path), "day", page, new DayModel
        {
            Heading = label,
            Summary = summary,
            Highlights = Highlights(entry.Cards),
            Day = _calendar.Day(entry.Date, entry.Cards, link: false) with { Airings = entry.Airings.Count },
            Groups = groups,
            Jumps = [.. PlanSite.Kinds
                .Where(k => entry.Count(k) > 0)
                .Select(k => new LinkView("#" + GroupId(k), PlanSite.Plural(entry.Count(k), k.CountNouns().One, k.CountNouns().Many)))],
            Previous = i > 0 ? new LinkView(SiteUrls.Day(days[i - 1].Date), Formats.LongDate(days[i - 1].Date)) : null,
            Next = i + 1 < days.Count ? new LinkView(SiteUrls.Day(days[i + 1].Date), Formats.LongDate(days[i + 1].Date)) : null,
            Month = months.Contains((entry.Date.Year, entry.Date.Month))
                ? new LinkView(SiteUrls.Month(entry.Date.Year, entry.Date.Month), Formats.MonthLabel(entry.Date.Year, entry.Date.Month))
                : null,
            Week = WeekPlanner.Link(entry.Date),
        });
    }

    /// <summary>Per kind (display order), the day's cards in hourly slots; date-only cards first, as "All day".</summary>
    private List<KindGroupView> Groups(DayEntry entry)
    {
        var groups = new List<KindGroupView>();
        foreach (var kind in PlanSite.Kinds)
        {
            var cards = entry.Cards.Where(c => CalendarPlanner.Matches(c, kind)).ToList();
            if (cards.Count == 0)
            {
                continue;
            }

            var id = GroupId(kind);
            var slots = cards
                .GroupBy(SlotStart)
                .OrderBy(g => g.Key ?? DateTimeOffset.MinValue)
                .Select(g => g.Key is { } start
                    ? new SlotView(
                        id + "-" + TimeZoneInfo.ConvertTime(start, context.Zone).ToString("HHmm", CultureInfo.InvariantCulture),
                        Formats.ClockTime(start, context.Zone),
                        new TimeView(Formats.UtcMachine(start), Formats.ClockTime(start, context.Zone), true),
                        [.. g])
                    : new SlotView(id + "-all-day", "All day", null, [.. g]))
                .ToList();
            var count = entry.Count(kind);
            var nouns = kind.CountNouns();
            groups.Add(new KindGroupView(id, kind.Hook(), Cap(PlanSite.Plural(count, nouns.One, nouns.Many)), slots));
        }

        return groups;
    }

    /// <summary>The start of the site-zone hour a timed card airs in; null for date-only cards.</summary>
    private DateTimeOffset? SlotStart(AiringCard card)
    {
        if (!card.Time.IsTimed || !DateTimeOffset.TryParse(card.Time.Datetime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(instant, context.Zone);
        return local.AddMinutes(-local.Minute).AddSeconds(-local.Second).AddMilliseconds(-local.Millisecond).ToUniversalTime();
    }

    internal static string? Highlights(IReadOnlyList<AiringCard> cards)
    {
        var premieres = cards.Count(c => c.IsPremiere);
        var finales = cards.Count(c => c.Finale is not null);
        var parts = new List<string>();
        if (premieres > 0)
        {
            parts.Add(PlanSite.Plural(premieres, "premiere", "premieres"));
        }

        if (finales > 0)
        {
            parts.Add(PlanSite.Plural(finales, "finale", "finales"));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string GroupId(MediaKind kind) => "kind-" + kind.Section();

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
