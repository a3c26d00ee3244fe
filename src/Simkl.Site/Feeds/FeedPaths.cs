using System.Globalization;
using Simkl.Site.Catalogue;

namespace Simkl.Site.Feeds;

/// <summary>
/// Output paths of every feed (site-relative, no leading '/') and the subscription links pages
/// show for them. One place, so pages, widgets and tests agree on the URL map (design §7).
/// </summary>
public static class FeedPaths
{
    public const string Atom = "feed.xml";
    public const string WidgetScript = "widget.js";

    public static string IcsAll(bool allDay) => Ics("all", allDay);

    public static string IcsKind(MediaKind kind, bool allDay) => Ics(kind.Section(), allDay);

    public static string IcsPremieres(bool allDay) => Ics("premieres", allDay);

    public static string IcsFinales(bool allDay) => Ics("finales", allDay);

    /// <summary><c>ics/tv/9100123.ics</c> or <c>ics/tv/9100123-allday.ics</c>; the id is a number, never data text.</summary>
    public static string IcsTitle(MediaKind kind, long simklId, bool allDay) =>
        Ics($"{kind.Section()}/{simklId.ToString(CultureInfo.InvariantCulture)}", allDay);

    private static string Ics(string stem, bool allDay) => $"ics/{stem}{(allDay ? "-allday" : "")}.ics";

    /// <summary>The site's own page for a title: <c>tv/9100123/harbor-lights/</c> (the slug is sanitised by the loader).</summary>
    public static string TitlePage(Title title) =>
        $"{title.Kind.Section()}/{title.SimklId.ToString(CultureInfo.InvariantCulture)}/{title.Slug}/";

    public static string ApiCalendar(MediaKind? kind) =>
        kind is { } k ? $"api/v1/calendar/{k.Section()}.json" : "api/v1/calendar.json";

    public static string ApiTrending(MediaKind kind) => $"api/v1/trending/{kind.Section()}.json";

    public const string ApiPremieres = "api/v1/premieres.json";

    public static string ApiSchema(string name) => $"api/v1/schema/{name}.json";

    /// <summary>An absolute URL for a site-relative path: <c>https://host/ics/tv.ics</c>.</summary>
    public static string Absolute(string baseUrl, string path) => baseUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    /// <summary>The <c>webcal://</c> form of a feed URL, which calendar apps open as a subscription.</summary>
    public static string Webcal(string baseUrl, string path)
    {
        var absolute = Absolute(baseUrl, path);
        var colon = absolute.IndexOf("://", StringComparison.Ordinal);
        return "webcal" + absolute[colon..];
    }

    /// <summary>"Add to Google Calendar": Google's subscribe URL with the webcal URL percent-encoded.</summary>
    public static string GoogleCalendar(string baseUrl, string path) =>
        "https://calendar.google.com/calendar/render?cid=" + Uri.EscapeDataString(Webcal(baseUrl, path));

    /// <summary>The host of the site, used as the domain part of ICS UIDs and Atom tag: URIs.</summary>
    public static string Host(string baseUrl) => new Uri(baseUrl).Host.ToLowerInvariant();
}
