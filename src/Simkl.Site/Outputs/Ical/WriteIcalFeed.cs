using System.Text;
using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Serialises one <see cref="IcalFeed"/> in its timed and all-day variants with the own RFC 5545 writer
/// (<see cref="IcalSerializer"/>). Everything in the output is a function of the data, the
/// settings and each airing's revision: DTSTAMP and LAST-MODIFIED are when the event's content last
/// changed and SEQUENCE counts its time moves (<see cref="BuildContext.RevisionOf"/>), UIDs are
/// <c>Airing.Key@host</c>, events are in feed order.
/// </summary>
public static class WriteIcalFeed
{
    public const string ProductId = IcalSerializer.ProductId;

    /// <summary>
    /// Serialises both variants of <paramref name="feed"/> in one pass over its airings, each
    /// event's texts made once (the variants differ only in DTSTART/DTEND), and hands each file to
    /// <paramref name="add"/> from a pooled buffer: timed, then all-day.
    /// </summary>
    public static void Write(BuildContext context, IcalFeed feed, AddFile add)
    {
        using var timed = new IcalContentWriter();
        using var allDay = new IcalContentWriter();
        IcalSerializer.CalendarStart(timed, Calendar(context, feed, allDay: false));
        IcalSerializer.CalendarStart(allDay, Calendar(context, feed, allDay: true));
        var host = SiteUrls.Host(context.Settings.BaseUrl);
        var links = default(TitleLinks);
        foreach (var airing in feed.Airings)
        {
            if (context.Catalogue.FindTitle(airing.Kind, airing.SimklId) is { } title)
            {
                links = links.For(context, title);
                var ev = Event(context, title, airing, links, allDay: false, host);
                var (start, end) = Times(context, title, airing, allDay: true);
                IcalSerializer.Event(timed, allDay, ev, start, end);
            }
        }

        IcalSerializer.CalendarEnd(timed);
        IcalSerializer.CalendarEnd(allDay);
        add(SiteUrls.File(feed.TimedPath), timed.WrittenSpan);
        add(SiteUrls.File(feed.AllDayPath), allDay.WrittenSpan);
    }

    /// <summary>The calendar-level texts of one variant.</summary>
    public static IcalCalendarInfo Calendar(BuildContext context, IcalFeed feed, bool allDay)
    {
        var settings = context.Settings;
        var name = allDay ? $"{feed.Name} (all-day)" : feed.Name;
        var zoneNote = allDay
            ? $"All-day events on the day in {settings.TimeZone}."
            : "Times are exact instants (UTC); your calendar shows them in your zone.";
        return new IcalCalendarInfo(
            name,
            $"{feed.Description} {zoneNote} Data from Simkl.",
            SiteUrls.Absolute(settings.BaseUrl, feed.PagePath),
            SiteUrls.Absolute(settings.BaseUrl, allDay ? feed.AllDayPath : feed.TimedPath));
    }

    /// <summary>The events of one variant, in feed order, made one at a time as the writer asks for them.</summary>
    public static IEnumerable<IcalEvent> Events(BuildContext context, IcalFeed feed, bool allDay)
    {
        var host = SiteUrls.Host(context.Settings.BaseUrl);
        var links = default(TitleLinks);
        foreach (var airing in feed.Airings)
        {
            if (context.Catalogue.FindTitle(airing.Kind, airing.SimklId) is { } title)
            {
                links = links.For(context, title);
                yield return Event(context, title, airing, links, allDay, host);
            }
        }
    }

    /// <summary>
    /// A title's links in its events: made once for a run of events of the same title (a title's
    /// own feed is one run), not once per event.
    /// </summary>
    private readonly record struct TitleLinks(Title? Title, string SimklUrl, string PageUrl)
    {
        public TitleLinks For(BuildContext context, Title title) => ReferenceEquals(title, Title)
            ? this
            : new(title, SimklLinks.TitleUrl(title), SiteUrls.Absolute(context.Settings.BaseUrl, SiteUrls.Title(title)));
    }

    private static IcalEvent Event(BuildContext context, Title title, Airing airing, TitleLinks links, bool allDay, string host)
    {
        var key = airing.Key;
        var revision = context.RevisionOf(key);
        var (start, end) = Times(context, title, airing, allDay);
        var url = SimklLinks.EpisodeUrl(title, links.SimklUrl, airing);
        var categories = new List<string>(3) { title.Kind.Label() };
        if (AiringRules.PremiereLabel(airing) is { } premiere)
        {
            categories.Add(premiere);
        }

        if (AiringRules.FinaleLabel(airing.Finale) is { } finale)
        {
            categories.Add(finale);
        }

        if (AiringRules.IsSpecial(airing))
        {
            categories.Add("Special");
        }

        return new IcalEvent
        {
            Uid = $"{key}@{host}",
            Summary = AiringFacts.Summary(title, airing, context.Settings.SpoilerSafe),
            Description = Describe(context, title, airing, url, links.PageUrl),
            Url = url,
            Start = start,
            End = end,
            Stamp = revision.Modified.UtcDateTime,
            Sequence = revision.Sequence,
            Categories = categories,
        };
    }

    private static (IcalTime Start, IcalTime End) Times(BuildContext context, Title title, Airing airing, bool allDay)
    {
        if (airing.When.Instant is { } instant && !allDay)
        {
            var utc = instant.UtcDateTime;
            return (IcalTime.At(utc), IcalTime.At(EndOf(utc, RuntimeMinutes(title))));
        }

        // Date-only releases, and every item of an all-day feed: the day in the site zone
        // (a date-only value never moves). DTEND is exclusive: the next day.
        var day = airing.When.DayIn(context.Zone);
        return (IcalTime.On(day), IcalTime.On(day < DateOnly.MaxValue ? day.AddDays(1) : day));
    }

    /// <summary>
    /// <paramref name="start"/> plus the runtime, stopping at the last representable instant: the
    /// loader keeps dates far from it, but a feed must never fail on an edge value.
    /// </summary>
    public static DateTime EndOf(DateTime start, int minutes) =>
        (DateTime.MaxValue - start).TotalMinutes > minutes ? start.AddMinutes(minutes) : DateTime.SpecifyKind(DateTime.MaxValue, start.Kind);

    /// <summary>Runtime for DTEND: the title's when known and plausible, else a default per kind.</summary>
    public static int RuntimeMinutes(Title title) => title.RuntimeMinutes is > 0 and <= 600
        ? title.RuntimeMinutes.Value
        : title.Kind switch
        {
            MediaKind.Tv => 45,
            MediaKind.Anime => 24,
            _ => 120,
        };

    private static string Describe(BuildContext context, Title title, Airing airing, string simklUrl, string pageUrl)
    {
        var text = new StringBuilder(256);
        var premiere = AiringRules.PremiereLabel(airing);
        var finale = AiringRules.FinaleLabel(airing.Finale);
        if (premiere is not null || finale is not null)
        {
            text.Append(premiere).Append(premiere is not null && finale is not null ? ", " : "").Append(finale).Append(".\n");
        }

        if (!string.IsNullOrWhiteSpace(title.Network))
        {
            text.Append("Network: ").Append(title.Network.Trim()).Append('\n');
        }

        if (airing.When.IsDateOnly)
        {
            text.Append("Simkl gives a date but no time for this release.\n");
        }

        text.Append("On Simkl: ").Append(simklUrl).Append('\n');
        if (SimklLinks.MarkWatched(title, airing, context.Settings.ClientId, context.Settings.MarkWatchedMovies) is { } watched)
        {
            text.Append("Mark as watched on Simkl: ").Append(watched).Append('\n');
        }

        text.Append("More: ").Append(pageUrl);
        return text.ToString();
    }
}
