using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Simkl.Site.Model;
using Simkl.Site.Urls;
using Simkl.Site.Index;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Serialises one <see cref="IcalFeed"/> in one variant. Everything in the output is a function of
/// the data and settings: DTSTAMP is the snapshot's capture time, UIDs are <c>Airing.Key@host</c>,
/// events are in feed order, and Ical.Net writes properties in a fixed (sorted) order.
/// </summary>
public static class WriteIcalFeed
{
    public const string ProductId = "-//Simkl.Site//Simkl.Site feeds 1.0//EN";

    /// <summary>How often calendar apps should poll: Simkl refreshes its calendars every 6 hours.</summary>
    public const string RefreshInterval = "PT6H";

    public static byte[] Serialize(BuildContext context, IcalFeed feed, bool allDay)
    {
        var settings = context.Settings;
        var host = SiteUrls.Host(settings.BaseUrl);
        var stamp = new CalDateTime(context.Catalogue.Snapshot.CapturedAt.UtcDateTime, "UTC", true);
        var name = allDay ? $"{feed.Name} (all-day)" : feed.Name;
        var zoneNote = allDay
            ? $"All-day events on the day in {settings.TimeZone}."
            : "Times are exact instants (UTC); your calendar shows them in your zone.";

        var cal = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        cal.AddProperty("X-WR-CALNAME", IcalText.Clean(name));
        cal.AddProperty("NAME", IcalText.Clean(name));
        cal.AddProperty("X-WR-CALDESC", IcalText.Clean($"{feed.Description} {zoneNote} Data from Simkl."));
        cal.AddProperty("DESCRIPTION", IcalText.Clean($"{feed.Description} {zoneNote} Data from Simkl."));
        var refresh = new CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
        refresh.Parameters.Set("VALUE", "DURATION");
        cal.Properties.Add(refresh);
        cal.AddProperty("X-PUBLISHED-TTL", RefreshInterval);
        var url = new CalendarProperty("URL", SiteUrls.Absolute(settings.BaseUrl, feed.PagePath));
        url.Parameters.Set("VALUE", "URI");
        cal.Properties.Add(url);
        var source = new CalendarProperty("SOURCE", SiteUrls.Absolute(settings.BaseUrl, allDay ? feed.AllDayPath : feed.TimedPath));
        source.Parameters.Set("VALUE", "URI");
        cal.Properties.Add(source);

        foreach (var airing in feed.Airings)
        {
            if (context.Catalogue.FindTitle(airing.Kind, airing.SimklId) is not { } title)
            {
                continue;
            }

            cal.Events.Add(BuildEvent(context, title, airing, allDay, host, stamp));
        }

        var text = new CalendarSerializer().SerializeToString(cal)
            ?? throw new SiteException($"Could not serialise {feed.TimedPath}.");
        return Encoding.UTF8.GetBytes(text);
    }

    private static CalendarEvent BuildEvent(BuildContext context, Title title, Airing airing, bool allDay, string host, CalDateTime stamp)
    {
        var ev = new CalendarEvent
        {
            Uid = $"{airing.Key}@{host}",
            DtStamp = stamp,
            Summary = IcalText.Clean(AiringFacts.Summary(title, airing, context.Settings.SpoilerSafe)),
            Description = IcalText.Clean(Describe(context, title, airing)),
            Url = new Uri(SimklLinks.EpisodeUrl(title, airing)),
            Transparency = "TRANSPARENT",
        };

        if (airing.When.Instant is { } instant && !allDay)
        {
            var start = instant.UtcDateTime;
            ev.DtStart = new CalDateTime(start, "UTC", true);
            ev.DtEnd = new CalDateTime(EndOf(start, RuntimeMinutes(title)), "UTC", true);
        }
        else
        {
            // Date-only releases, and every item of an all-day feed: the day in the site zone
            // (a date-only value never moves). DTEND is exclusive: the next day.
            var day = airing.When.DayIn(context.Zone);
            ev.DtStart = new CalDateTime(day);
            ev.DtEnd = new CalDateTime(day < DateOnly.MaxValue ? day.AddDays(1) : day);
        }

        ev.Categories.Add(title.Kind.Label());
        if (AiringRules.PremiereLabel(airing) is { } premiere)
        {
            ev.Categories.Add(premiere);
        }

        if (AiringRules.FinaleLabel(airing.Finale) is { } finale)
        {
            ev.Categories.Add(finale);
        }

        if (AiringRules.IsSpecial(airing))
        {
            ev.Categories.Add("Special");
        }

        return ev;
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

    private static string Describe(BuildContext context, Title title, Airing airing)
    {
        var lines = new List<string>();
        var flags = new[] { AiringRules.PremiereLabel(airing), AiringRules.FinaleLabel(airing.Finale) }
            .Where(f => f is not null);
        var flagText = string.Join(", ", flags);
        if (flagText.Length > 0)
        {
            lines.Add(flagText + ".");
        }

        if (!string.IsNullOrWhiteSpace(title.Network))
        {
            lines.Add($"Network: {title.Network.Trim()}");
        }

        if (airing.When.IsDateOnly)
        {
            lines.Add("Simkl gives a date but no time for this release.");
        }

        lines.Add($"On Simkl: {SimklLinks.EpisodeUrl(title, airing)}");
        if (SimklLinks.MarkWatched(title, airing, context.Settings.ClientId, context.Settings.MarkWatchedMovies) is { } watched)
        {
            lines.Add($"Mark as watched on Simkl: {watched}");
        }

        lines.Add($"More: {SiteUrls.Absolute(context.Settings.BaseUrl, SiteUrls.Title(title))}");
        return string.Join("\n", lines);
    }
}
