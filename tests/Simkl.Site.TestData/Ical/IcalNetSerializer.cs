using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Simkl.Site.Outputs.Ical;

namespace Simkl.Site.TestData.Ical;

/// <summary>
/// The same calendar and events serialised by Ical.Net, the way the site wrote its feeds before it
/// had its own writer. Kept as the reference: the tests compare the own writer with it line for line,
/// and the <c>feeds</c> benchmark measures both.
/// </summary>
public static class IcalNetSerializer
{
    public static byte[] Serialize(IcalCalendarInfo info, IEnumerable<IcalEvent> events)
    {
        var cal = new Calendar { ProductId = IcalSerializer.ProductId, Method = "PUBLISH" };
        cal.AddProperty("X-WR-CALNAME", IcalNetText.Clean(info.Name));
        cal.AddProperty("NAME", IcalNetText.Clean(info.Name));
        cal.AddProperty("X-WR-CALDESC", IcalNetText.Clean(info.Description));
        cal.AddProperty("DESCRIPTION", IcalNetText.Clean(info.Description));
        var refresh = new CalendarProperty("REFRESH-INTERVAL", IcalSerializer.RefreshInterval);
        refresh.Parameters.Set("VALUE", "DURATION");
        cal.Properties.Add(refresh);
        cal.AddProperty("X-PUBLISHED-TTL", IcalSerializer.RefreshInterval);
        var url = new CalendarProperty("URL", info.PageUrl);
        url.Parameters.Set("VALUE", "URI");
        cal.Properties.Add(url);
        var source = new CalendarProperty("SOURCE", info.SourceUrl);
        source.Parameters.Set("VALUE", "URI");
        cal.Properties.Add(source);

        foreach (var e in events)
        {
            var ev = new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = new CalDateTime(e.Stamp, "UTC", true),
                LastModified = new CalDateTime(e.Stamp, "UTC", true),
                Sequence = e.Sequence,
                Summary = IcalNetText.Clean(e.Summary),
                Description = IcalNetText.Clean(e.Description),
                Url = new Uri(e.Url),
                Transparency = "TRANSPARENT",
                DtStart = Time(e.Start),
                DtEnd = Time(e.End),
            };
            foreach (var category in e.Categories)
            {
                ev.Categories.Add(category);
            }

            cal.Events.Add(ev);
        }

        var text = new CalendarSerializer().SerializeToString(cal)
            ?? throw new InvalidOperationException("Ical.Net could not serialise the calendar.");
        return Encoding.UTF8.GetBytes(text);
    }

    private static CalDateTime Time(IcalTime time) =>
        time.Utc is { } utc ? new CalDateTime(utc, "UTC", true) : new CalDateTime(time.Date);
}
