using Simkl.Site.Urls;
using Simkl.Site.Rendering;

namespace Simkl.Site.Outputs.Html;

// The small, flat models templates see (snake_case in Scriban: IsToday -> is_today). Every string
// here is plain text that the template context escapes; only RawHtml members are trusted HTML.

/// <summary>A point in time for <c>&lt;time datetime&gt;</c>: UTC instant (timed) or a date (date-only).</summary>
public sealed record TimeView(string Datetime, string Text, bool IsTimed);

public sealed record ImageView(string Url, int Width, int Height, string Alt);

public sealed record LinkView(string Href, string Text);

/// <summary>One episode inside a collapsed binge card.</summary>
public sealed record EpisodeView(int Episode, string Label, string? Title, string SimklUrl, string? MarkWatched, string MarkWatchedLabel)
{
    public AiredState Aired { get; init; } = AiredState.Unknown;
}

/// <summary>What the mark-watched partial shows: the redirect (none: no button), when it aired, what it names for screen readers.</summary>
public sealed record MarkWatchedView(string? Href, AiredState Aired, string Name, string? Episode, bool NewTab);

/// <summary>
/// Whether an airing had aired when the site was built (<c>Model.Aired</c>), and what the script
/// re-checks against the visitor's clock: the instant (<c>data-aired-at</c>) or, for date-only
/// airings, the date (<c>data-aired-on</c>).
/// </summary>
public sealed record AiredState(bool HasAired, string? At, string? On)
{
    public static readonly AiredState Unknown = new(false, null, null);
}

/// <summary>
/// An airing card (hooks: docs/markup.md): one episode, one movie release, or a binge drop collapsed
/// into one card ("Episodes 1–8").
/// </summary>
[HashedOnce]
public sealed record AiringCard
{
    public required long SimklId { get; init; }

    /// <summary><c>tv</c>, <c>anime</c> or <c>movie</c> (the <c>data-kind</c> hook).</summary>
    public required string Kind { get; init; }

    public required string KindLabel { get; init; }
    public int? Season { get; init; }
    public int? Episode { get; init; }

    /// <summary>Last episode of a collapsed binge card; null otherwise.</summary>
    public int? EpisodeLast { get; init; }

    public bool IsPremiere { get; init; }

    /// <summary><c>mid-season</c>, <c>season</c>, <c>series</c> or null.</summary>
    public string? Finale { get; init; }

    public string? FinaleLabel { get; init; }
    public bool IsSpecial { get; init; }
    public bool IsBinge => EpisodeLast is not null;

    /// <summary>
    /// The card partial's embed variant (iframe widget pages): no images, the title links to Simkl,
    /// every link leaves the frame (<c>target=_blank rel=noopener</c>).
    /// </summary>
    public bool Embed { get; init; }

    public required string Name { get; init; }

    /// <summary>Our title page.</summary>
    public required string TitlePath { get; init; }

    /// <summary>The Simkl page of the episode (or title / movie).</summary>
    public required string SimklUrl { get; init; }

    public string? MarkWatched { get; init; }
    public string MarkWatchedLabel { get; init; } = string.Empty;

    /// <summary>Aired at build time, and the instant or date the script re-checks ("Mark watched" shows only once aired).</summary>
    public AiredState Aired { get; init; } = AiredState.Unknown;

    /// <summary>The "Mark watched" button's input (the mark-watched partial); its link leaves the frame on embed cards.</summary>
    public MarkWatchedView Watch => new(MarkWatched, Aired, Name, EpisodeLabel, NewTab: Embed);

    /// <summary>Trailer and Share redirects for the action menu; null without a client id.</summary>
    public AiringRedirects? Redirects { get; init; }
    public required TimeView Time { get; init; }

    /// <summary>"S03E04", "Episode 12", "Episodes 1–8", "Season 2 premiere"... null for movies.</summary>
    public string? EpisodeLabel { get; init; }

    /// <summary>Episode title; always null in spoiler-safe mode.</summary>
    public string? EpisodeTitle { get; init; }

    public ImageView? Poster { get; init; }
    public string? Network { get; init; }
    public IReadOnlyList<EpisodeView> Episodes { get; init; } = [];

    /// <summary>The day (site zone) this card is on; used to link from cards outside day lists.</summary>
    public required DateOnly Day { get; init; }
}

/// <summary>A title in a list (trending, best, premieres lists).</summary>
public sealed record TitleCard
{
    public required long SimklId { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }
    public required string Name { get; init; }
    public required string TitlePath { get; init; }
    public required string SimklUrl { get; init; }
    public int? Position { get; init; }
    public TimeView? Time { get; init; }
    public ImageView? Poster { get; init; }
    public IReadOnlyList<string> Facts { get; init; } = [];
}

/// <summary>One day of a calendar list (docs/markup.md: <c>section.day[data-day]</c>).</summary>
public sealed record DayView
{
    public required string Date { get; init; }
    public required string Label { get; init; }
    public required bool IsToday { get; init; }
    public required IReadOnlyList<AiringCard> Cards { get; init; }

    /// <summary>
    /// How many airings (of the list's kind) the day holds in the catalogue, written as the
    /// <c>data-airings</c> hook so the build and <c>check</c> can verify every one is shown; null
    /// when the list is a selection (a month's highlights, one title's days).
    /// </summary>
    public int? Airings { get; init; }

    /// <summary>When the day shows a selection: the link text to its day page ("The most popular 30 here; all 370 on …"); null when it shows everything.</summary>
    public string? SelectionText { get; init; }

    /// <summary>The day page, when it exists and is not the current page.</summary>
    public string? DayPath { get; init; }

    public string Id => "day-" + Date;
    public string HeadingId => "day-" + Date + "-h";
}

public sealed record CalendarView(IReadOnlyList<DayView> Days)
{
    public bool HasToday => Days.Any(d => d.IsToday);
    public int CardCount => Days.Sum(d => d.Cards.Count);
}

public sealed record NavItem(string Href, string Text, string Section);

/// <summary>A page as the site header sees it (<see cref="SiteNav.Header"/>): <c>page.header</c>.</summary>
public sealed record HeaderState(string Section, string CurrentPath);

/// <summary>One banner line: "The TV calendar could not be refreshed" and since when (null: no data ever).</summary>
public sealed record StaleView(string Text, TimeView? Since);

/// <summary>Site-wide values every page sees as <c>site</c>.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string BaseUrl { get; init; }
    public required string Language { get; init; }
    public required string ZoneId { get; init; }
    public required IReadOnlyList<StaleView> Stale { get; init; }
    public required bool Synthetic { get; init; }
    public required IReadOnlyList<NavItem> Nav { get; init; }
    public required IReadOnlyList<LinkView> FooterLinks { get; init; }
    public required bool SpoilerSafe { get; init; }
    public required bool MarkWatchedEnabled { get; init; }

    public string SimklUrl => "https://simkl.com";

    /// <summary>Paths the layouts link to, from the URL map, so no template spells one itself.</summary>
    public SiteLinks Urls { get; } = new();
}

/// <summary>The URL-map paths templates need, as <c>site.urls.*</c>.</summary>
public sealed record SiteLinks
{
    public string AtomFeed => SiteUrls.AtomFeed;
    public string ChangesFeed => SiteUrls.ChangesFeed;
    public string WidgetScript => SiteUrls.WidgetScript;
    public string ApiCalendar => SiteUrls.ApiCalendar(null);
    public string ApiCapture => SiteUrls.ApiCapture;
    public string ApiFeeds => SiteUrls.ApiFeeds;
    public string Search => SiteUrls.Search;
    public string SearchIndex => SiteUrls.SearchIndex;
    public string Subscribe => SiteUrls.Subscribe;
    public string Embed => SiteUrls.Embed;
}

/// <summary>Per-page values every layout sees as <c>page</c>.</summary>
public sealed record PageView
{
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>Site-relative URL path, e.g. <c>/calendar/</c>.</summary>
    public required string Path { get; init; }

    public required string Canonical { get; init; }
    public required string FullTitle { get; init; }
    public string Section { get; init; } = string.Empty;

    /// <summary>The header's input: section and menu state, equal on all pages that show the same header.</summary>
    public HeaderState Header { get; init; } = new(string.Empty, string.Empty);

    public string OgType { get; init; } = "website";
    public string? OgImage { get; init; }
    public IHtmlWriter? JsonLd { get; init; }

    /// <summary>The page shows times: it says which zone they are in.</summary>
    public bool HasTimes { get; init; }

    /// <summary>The page has a <c>#today</c> section to jump to.</summary>
    public bool HasToday { get; init; }

    /// <summary>Calendar pages get the filter form (docs/markup.md).</summary>
    public bool HasFilters { get; init; }

    public bool NoIndex { get; init; }
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>Calendar feeds this page offers (webcal / Google / .ics links, and head links).</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];

    /// <summary>
    /// Some site-wide feeds are not among <see cref="Feeds"/>: the subscribe panel then lets its
    /// script add them from <c>/api/v1/feeds.json</c> instead of repeating them on every page.
    /// </summary>
    public bool HasOtherFeeds => FeedLinks.AnyOther(Feeds, SiteFeeds);

    /// <summary>The site-wide feeds (<see cref="FeedLinks.SiteWide"/>); not a member templates or the page hash see, since <see cref="HasOtherFeeds"/> tells all a page shows of them.</summary>
    internal IReadOnlyList<FeedLinkView> SiteFeeds { get; init; } = [];

    /// <summary>The layout places the feed links itself (title pages: near the top), not the base layout at the end.</summary>
    public bool FeedsShownInContent { get; init; }
}
