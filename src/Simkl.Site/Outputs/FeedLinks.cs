using Simkl.Site.Model;
using Simkl.Site.Settings;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs;

/// <summary>
/// One calendar feed as a page offers it: the .ics file, its <c>webcal://</c> subscription, and
/// "Add to Google Calendar", each for the timed and the all-day variant. Templates see it as
/// <c>page.feeds</c>; <c>/api/v1/feeds.json</c> lists the site-wide ones (Outputs/Api), from which
/// subscribe panels add those a page does not carry. Each page makes its own, so the page hash
/// walks them like any other member.
/// </summary>
public sealed record FeedLinkView
{
    public required string Label { get; init; }

    /// <summary>Site-relative path of the timed feed, e.g. <c>/ics/tv.ics</c>.</summary>
    public required string Href { get; init; }

    /// <summary>The timed feed's absolute https URL, as the subscribe panel shows it for copying.</summary>
    public required string Url { get; init; }

    public required string Webcal { get; init; }
    public required string Google { get; init; }
    public required string Outlook { get; init; }
    public required string AllDayHref { get; init; }
    public required string AllDayUrl { get; init; }
    public required string AllDayWebcal { get; init; }
    public required string AllDayGoogle { get; init; }
    public required string AllDayOutlook { get; init; }
}

/// <summary>The feed links of the pages that have feeds (calendars, premieres, finales, titles).</summary>
public static class FeedLinks
{
    public static FeedLinkView All(SiteSettings s) => Make(s, "Everything (TV, anime and movies)", SiteUrls.IcsAll(false), SiteUrls.IcsAll(true));

    public static FeedLinkView Kind(SiteSettings s, MediaKind kind) => Make(s, kind.ItemsLabel(), SiteUrls.IcsKind(kind, false), SiteUrls.IcsKind(kind, true));

    public static FeedLinkView Premieres(SiteSettings s) => Make(s, "Premieres", SiteUrls.IcsPremieres(false), SiteUrls.IcsPremieres(true));

    public static FeedLinkView Finales(SiteSettings s) => Make(s, "Finales", SiteUrls.IcsFinales(false), SiteUrls.IcsFinales(true));

    public static FeedLinkView Title(SiteSettings s, Title title) => Make(s,
        $"{title.Name}: {title.Kind.TitleFeedContents()}",
        SiteUrls.IcsTitle(title.Kind, title.SimklId, false), SiteUrls.IcsTitle(title.Kind, title.SimklId, true));

    /// <summary>The feeds of a calendar for one kind (or all), as the calendar pages offer them.</summary>
    public static IReadOnlyList<FeedLinkView> ForCalendar(SiteSettings s, MediaKind? kind) =>
        kind is { } k ? [Kind(s, k)] : [All(s), Kind(s, MediaKind.Tv), Kind(s, MediaKind.Anime), Kind(s, MediaKind.Movie)];

    /// <summary>
    /// The site-wide feeds every subscribe panel offers after the page's own: everything, each
    /// kind, premieres, finales. Pages do not repeat them: <c>/api/v1/feeds.json</c> lists them
    /// and the panel's script adds those not among the page's own.
    /// </summary>
    public static IReadOnlyList<FeedLinkView> SiteWide(SiteSettings s) =>
        [All(s), Kind(s, MediaKind.Tv), Kind(s, MediaKind.Anime), Kind(s, MediaKind.Movie), Premieres(s), Finales(s)];

    /// <summary>Some of <paramref name="siteWide"/> is not among <paramref name="own"/> (by address): the panel has more to offer.</summary>
    public static bool AnyOther(IReadOnlyList<FeedLinkView> own, IReadOnlyList<FeedLinkView> siteWide) =>
        siteWide.Any(f => !own.Any(o => o.Href == f.Href));

    private static FeedLinkView Make(SiteSettings s, string label, string timed, string allDay) => new()
    {
        Label = label,
        Href = timed,
        Url = SiteUrls.Absolute(s.BaseUrl, timed),
        Webcal = SiteUrls.Webcal(s.BaseUrl, timed),
        Google = SiteUrls.GoogleCalendar(s.BaseUrl, timed),
        Outlook = SiteUrls.Outlook(s.BaseUrl, timed, label),
        AllDayHref = allDay,
        AllDayUrl = SiteUrls.Absolute(s.BaseUrl, allDay),
        AllDayWebcal = SiteUrls.Webcal(s.BaseUrl, allDay),
        AllDayGoogle = SiteUrls.GoogleCalendar(s.BaseUrl, allDay),
        AllDayOutlook = SiteUrls.Outlook(s.BaseUrl, allDay, label + " (all-day)"),
    };
}
