using System.Globalization;
using Simkl.Site.Model;

namespace Simkl.Site.Urls;

/// <summary>
/// The URL map: every path the site publishes, defined once. Pages, feeds, the API, widgets, the
/// changes log and the sitemap all ask here, so a path cannot be spelt two ways. Paths are
/// site-relative URL paths with a leading '/'; <see cref="File"/> turns one into the output file
/// that serves it. The table of every path is in docs/url-map.md.
/// </summary>
public static class SiteUrls
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public const string Home = "/";
    public const string Premieres = "/premieres/";
    public const string Finales = "/finales/";
    public const string Airing = "/airing/";
    public const string Best = "/best/";
    public const string Changes = "/changes/";
    public const string ChangesFeed = "/changes.xml";
    public const string AtomFeed = "/feed.xml";
    public const string Embed = "/embed/";
    public const string Subscribe = "/subscribe/";
    public const string WidgetScript = "/widget.js";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string NotFound = "/404.html";
    public const string Assets = "/assets/";

    /// <summary>The search page: the header box's form goes here without JavaScript (<c>/search/?q=…</c>).</summary>
    public const string Search = "/search/";

    /// <summary>The search index's manifest (fixed URL; it names the fingerprinted shards).</summary>
    public const string SearchIndex = "/search/index.json";

    /// <summary>One fingerprinted file of the search index: <c>/assets/search/words-a.3f2a9c1b.json</c>.</summary>
    public static string SearchShard(string stem, string hash) => $"/assets/search/{stem}.{hash}.json";

    /// <summary>First path segments taken by generated sections; content pages may not use them.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "calendar", "premieres", "finales", "trending", "airing", "best", "tv", "anime", "movies",
        "assets", "embed", "api", "ics", "feed", "widget", "sitemap", "robots", "404", "index", "changes", "search", "subscribe",
    };

    /// <summary><c>/calendar/</c>, or one kind's upcoming calendar: <c>/calendar/tv/</c>.</summary>
    public static string Calendar(MediaKind? kind = null) => kind is { } k ? $"/calendar/{k.Section()}/" : "/calendar/";

    /// <summary>
    /// The upcoming calendar without specials (season 0): <c>/calendar/no-specials/</c>, or one
    /// kind's: <c>/calendar/tv/no-specials/</c> (built only for kinds that have specials).
    /// </summary>
    public static string CalendarWithoutSpecials(MediaKind? kind = null) => Calendar(kind) + "no-specials/";

    /// <summary>One kind's premieres: <c>/premieres/anime/</c> (built only for kinds that have premieres).</summary>
    public static string KindPremieres(MediaKind kind) => $"{Premieres}{kind.Section()}/";

    /// <summary>One kind's finales: <c>/finales/tv/</c> (built only for kinds that have finales).</summary>
    public static string KindFinales(MediaKind kind) => $"{Finales}{kind.Section()}/";

    /// <summary>A kind's landing page: <c>/tv/</c>, <c>/anime/</c>, <c>/movies/</c> (its title pages live below it).</summary>
    public static string KindHome(MediaKind kind) => $"/{kind.Section()}/";

    /// <summary><c>/calendar/2026/11/</c>, or one kind's month: <c>/calendar/tv/2026/11/</c>.</summary>
    public static string Month(int year, int month, MediaKind? kind = null) =>
        kind is { } k
            ? string.Create(Inv, $"/calendar/{k.Section()}/{year:0000}/{month:00}/")
            : string.Create(Inv, $"/calendar/{year:0000}/{month:00}/");

    /// <summary><c>/calendar/2026/11/28/</c>.</summary>
    public static string Day(DateOnly date) => date.ToString("'/calendar/'yyyy'/'MM'/'dd'/'", Inv);

    /// <summary>
    /// The ISO week (Monday to Sunday) holding <paramref name="date"/>: <c>/calendar/week/2026-W48/</c>.
    /// The year is the ISO week-numbering year, which differs from the date's year around New Year.
    /// </summary>
    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(Inv, $"/calendar/week/{ISOWeek.GetYear(day):0000}-W{ISOWeek.GetWeekOfYear(day):00}/");
    }

    /// <summary><c>/trending/</c>, or one kind's: <c>/trending/tv/</c>.</summary>
    public static string Trending(MediaKind? kind = null) => kind is { } k ? $"/trending/{k.Section()}/" : "/trending/";

    /// <summary>
    /// Our page for a title: <c>/tv/9100123/harbor-lights/</c>. The id is a number; the slug is made
    /// one safe path segment here, the only place a slug becomes a path (the loader's slugs are
    /// already safe and pass through as they are; a catalogue built in code may carry anything).
    /// </summary>
    public static string Title(MediaKind kind, long simklId, string? slug) =>
        string.Create(Inv, $"/{kind.Section()}/{simklId}/{Slugs.Sanitise(slug)}/");

    public static string Title(Title title) => Title(title.Kind, title.SimklId, title.Slug);

    /// <summary>A content page from <c>input/pages/{slug}.md</c>: <c>/about/</c>.</summary>
    public static string Content(string slug) => $"/{slug}/";

    /// <summary>A widget iframe page: <c>/embed/calendar/</c>, <c>/embed/calendar/tv/dark/</c>.</summary>
    public static string EmbedCalendar(MediaKind? kind, string theme) =>
        "/embed/calendar/" + (kind is { } k ? k.Section() + "/" : "") + (theme == "auto" ? "" : theme + "/");

    public static string IcsAll(bool allDay) => Ics("all", allDay);

    public static string IcsKind(MediaKind kind, bool allDay) => Ics(kind.Section(), allDay);

    public static string IcsPremieres(bool allDay) => Ics("premieres", allDay);

    public static string IcsFinales(bool allDay) => Ics("finales", allDay);

    /// <summary><c>/ics/tv/9100123.ics</c> or <c>/ics/tv/9100123-allday.ics</c>; the id is a number, never data text.</summary>
    public static string IcsTitle(MediaKind kind, long simklId, bool allDay) =>
        Ics($"{kind.Section()}/{simklId.ToString(Inv)}", allDay);

    private static string Ics(string stem, bool allDay) => $"/ics/{stem}{(allDay ? "-allday" : "")}.ics";

    /// <summary><c>/api/v1/calendar.json</c>, or one kind's: <c>/api/v1/calendar/tv.json</c>.</summary>
    public static string ApiCalendar(MediaKind? kind) =>
        kind is { } k ? $"/api/v1/calendar/{k.Section()}.json" : "/api/v1/calendar.json";

    public static string ApiTrending(MediaKind kind) => $"/api/v1/trending/{kind.Section()}.json";

    public const string ApiPremieres = "/api/v1/premieres.json";

    /// <summary>The latest capture time, which pages kept from older builds read to say whether newer data is due.</summary>
    public const string ApiCapture = "/api/v1/capture.json";

    /// <summary>The site-wide calendar feeds and their subscription links, which subscribe panels add to the page's own.</summary>
    public const string ApiFeeds = "/api/v1/feeds.json";

    public static string ApiSchema(string name) => $"/api/v1/schema/{name}.json";

    /// <summary>
    /// The output file that serves a URL path: "/" → "index.html", "/calendar/" →
    /// "calendar/index.html", "/feed.xml" → "feed.xml".
    /// </summary>
    public static string File(string urlPath)
    {
        var trimmed = urlPath.TrimStart('/');
        if (trimmed.Length == 0)
        {
            return "index.html";
        }

        return trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }

    /// <summary>An absolute URL for a site path: <c>https://host/ics/tv.ics</c>.</summary>
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

    /// <summary>
    /// "Add to Outlook": Outlook on the web's subscribe-from-web page with the feed's https URL
    /// (Outlook fetches it itself; a webcal: URL is not accepted there) and its name.
    /// </summary>
    public static string Outlook(string baseUrl, string path, string name) =>
        "https://outlook.live.com/calendar/0/addfromweb?url=" + Uri.EscapeDataString(Absolute(baseUrl, path))
        + "&name=" + Uri.EscapeDataString(name);

    /// <summary>The host of the site, used as the domain part of ICS UIDs and Atom tag: URIs.</summary>
    public static string Host(string baseUrl) => new Uri(baseUrl).Host.ToLowerInvariant();
}
