namespace Simkl.Site.Index;

/// <summary>
/// The days the feeds cover, in the site zone. Calendar feeds (ICS) cover the calendar the site
/// shows: from the first day of the earliest month the site has data for (never more than
/// <c>monthsBack</c> months before the current month, the archive range fetch keeps) to the end of
/// the data. Upcoming views (JSON, widgets) cover <c>upcomingDays</c> days starting today.
/// </summary>
public sealed record FeedWindow(DateOnly ArchiveFrom, DateOnly UpcomingFrom, DateOnly UpcomingTo)
{
    public static FeedWindow For(BuildContext context)
    {
        var today = context.Today;
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var earliestAllowed = monthStart.AddMonths(-context.Settings.MonthsBack);
        var from = earliestAllowed;
        if (context.Catalogue.Airings.Count > 0)
        {
            var first = context.Catalogue.Airings.Min(a => a.When.DayIn(context.Zone));
            var firstMonth = new DateOnly(first.Year, first.Month, 1);
            from = firstMonth > earliestAllowed ? firstMonth : earliestAllowed;
        }

        // Never start after today: an empty archive still covers the current month.
        if (from > monthStart)
        {
            from = monthStart;
        }

        return new FeedWindow(from, today, today.AddDays(context.Settings.UpcomingDays - 1));
    }

    /// <summary>In the calendar feeds' range (archive start to the end of the data).</summary>
    public bool InArchive(DateOnly siteDay) => siteDay >= ArchiveFrom;

    /// <summary>In the upcoming window (today and the next <c>upcomingDays - 1</c> days).</summary>
    public bool InUpcoming(DateOnly siteDay) => siteDay >= UpcomingFrom && siteDay <= UpcomingTo;

    /// <summary>Today or later, to the end of the data.</summary>
    public bool FromToday(DateOnly siteDay) => siteDay >= UpcomingFrom;
}
