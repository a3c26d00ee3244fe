namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Serialises a calendar and its events with <see cref="IcalContentWriter"/>. Properties come in a
/// fixed, sorted order (the order Ical.Net writes them in, so the two agree line for line), and
/// nothing in the output depends on the clock.
/// </summary>
public static class IcalSerializer
{
    public const string ProductId = "-//Simkl.Site//Simkl.Site feeds 1.0//EN";

    /// <summary>How often calendar apps should poll: Simkl refreshes its calendars every 6 hours.</summary>
    public const string RefreshInterval = "PT6H";

    public static void CalendarStart(IcalContentWriter w, IcalCalendarInfo calendar)
    {
        w.Begin("VCALENDAR");
        w.Text("DESCRIPTION", calendar.Description);
        w.Value("METHOD", "PUBLISH");
        w.Text("NAME", calendar.Name);
        w.Value("PRODID", ProductId);
        w.Value("REFRESH-INTERVAL;VALUE=DURATION", RefreshInterval);
        w.Value("SOURCE;VALUE=URI", calendar.SourceUrl);
        w.Value("URL;VALUE=URI", calendar.PageUrl);
        w.Value("VERSION", "2.0");
        w.Value("X-PUBLISHED-TTL", RefreshInterval);
        w.Text("X-WR-CALDESC", calendar.Description);
        w.Text("X-WR-CALNAME", calendar.Name);
    }

    public static void Event(IcalContentWriter w, IcalEvent ev) => Event(w, ev, out _);

    /// <summary>
    /// One event in both variants of a feed, which differ only in DTSTART and DTEND: written
    /// to <paramref name="timed"/>, and its other lines (the long DESCRIPTION among them, escaped
    /// and folded once) copied to <paramref name="allDay"/> around the all-day times.
    /// </summary>
    public static void Event(IcalContentWriter timed, IcalContentWriter allDay, IcalEvent ev, IcalTime allDayStart, IcalTime allDayEnd)
    {
        var start = timed.Length;
        Event(timed, ev, out var times);
        allDay.CopyLines(timed, start, times.End);
        Time(allDay, "DTEND", allDayEnd);
        allDay.CopyLines(timed, times.Stamp, times.Start);
        Time(allDay, "DTSTART", allDayStart);
        allDay.CopyLines(timed, times.Modified, timed.Length);
    }

    // Where the DTEND, DTSTAMP, DTSTART and LAST-MODIFIED lines start in the writer.
    private readonly record struct TimeLines(int End, int Stamp, int Start, int Modified);

    private static void Event(IcalContentWriter w, IcalEvent ev, out TimeLines times)
    {
        w.Begin("VEVENT");
        if (ev.Categories.Count > 0)
        {
            w.TextList("CATEGORIES", ev.Categories);
        }

        w.Text("DESCRIPTION", ev.Description);
        var end = w.Length;
        Time(w, "DTEND", ev.End);
        var stamp = w.Length;
        w.UtcDateTime("DTSTAMP", ev.Stamp);
        var start = w.Length;
        Time(w, "DTSTART", ev.Start);
        times = new TimeLines(end, stamp, start, w.Length);
        w.UtcDateTime("LAST-MODIFIED", ev.Stamp);
        w.Integer("SEQUENCE", ev.Sequence);
        w.Text("SUMMARY", ev.Summary);
        w.Value("TRANSP", "TRANSPARENT");
        w.Text("UID", ev.Uid);
        w.Value("URL", ev.Url);
        w.End("VEVENT");
    }

    public static void CalendarEnd(IcalContentWriter w) => w.End("VCALENDAR");

    /// <summary>A whole feed as UTF-8 bytes.</summary>
    public static byte[] Serialize(IcalCalendarInfo calendar, IEnumerable<IcalEvent> events)
    {
        using var w = new IcalContentWriter();
        CalendarStart(w, calendar);
        foreach (var ev in events)
        {
            Event(w, ev);
        }

        CalendarEnd(w);
        return w.ToArray();
    }

    private static void Time(IcalContentWriter w, string name, IcalTime time)
    {
        if (time.Utc is { } utc)
        {
            w.UtcDateTime(name, utc);
        }
        else
        {
            w.Date(name, time.Date);
        }
    }
}
