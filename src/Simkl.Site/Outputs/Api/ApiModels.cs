using System.Text.Json.Serialization;

namespace Simkl.Site.Outputs.Api;

// The v1 JSON documents under /api/v1/. Property order here is the order in the output. Within v1
// fields are only ever added (and the schema under /api/v1/schema/ updated with them); renaming,
// removing or retyping a field means /api/v2/.

/// <summary>The site a document came from.</summary>
public sealed record ApiSite(string Title, string Url, string TimeZone, bool SpoilerSafe);

/// <summary>
/// One airing. Exactly one of <see cref="AirsAt"/> (a UTC instant, <c>2026-11-28T01:00:00Z</c>) and
/// <see cref="Date"/> (a date with no time, <c>2026-11-28</c>) is set; <see cref="SiteDay"/> is the
/// day it is listed under in the site's zone.
/// </summary>
public sealed record ApiCalendarItem(
    string Key,
    string Kind,
    long SimklId,
    string Title,
    int? Season,
    int? Episode,
    string? EpisodeCode,
    string? EpisodeTitle,
    string? AirsAt,
    string? Date,
    string SiteDay,
    bool Premiere,
    string? Finale,
    bool Special,
    int? RuntimeMinutes,
    string? Network,
    string? Poster,
    string Url,
    string TitleUrl,
    string PageUrl,
    string IcsUrl,
    string? MarkWatchedUrl);

public sealed record ApiCalendar(
    [property: JsonPropertyName("$schema")] string Schema,
    int Version,
    string GeneratedAt,
    ApiSite Site,
    string Kind,
    string From,
    string To,
    IReadOnlyList<ApiCalendarItem> Items);

public sealed record ApiTrendingItem(
    int Position,
    string Kind,
    long SimklId,
    string Title,
    int? Year,
    int? Rank,
    double? SimklRating,
    int? Watched,
    int? PlanToWatch,
    string? Network,
    string? Poster,
    string Url,
    string PageUrl);

public sealed record ApiTrendingIntervals(
    IReadOnlyList<ApiTrendingItem> Today,
    IReadOnlyList<ApiTrendingItem> Week,
    IReadOnlyList<ApiTrendingItem> Month);

public sealed record ApiTrending(
    [property: JsonPropertyName("$schema")] string Schema,
    int Version,
    string GeneratedAt,
    ApiSite Site,
    string Kind,
    string MostWatchedUrl,
    ApiTrendingIntervals Intervals);

/// <summary>An entry of Simkl's premiere lists; the premiere time, when given, is split like airings.</summary>
public sealed record ApiPremiereListItem(
    int Position,
    string Kind,
    long SimklId,
    string Title,
    int? Year,
    string? AirsAt,
    string? Date,
    string? SiteDay,
    string? Poster,
    string Url,
    string PageUrl);

public sealed record ApiPremiereLists(
    IReadOnlyList<ApiPremiereListItem> New,
    IReadOnlyList<ApiPremiereListItem> Soon);

public sealed record ApiPremiereListsByKind(ApiPremiereLists Tv, ApiPremiereLists Anime);

public sealed record ApiPremieres(
    [property: JsonPropertyName("$schema")] string Schema,
    int Version,
    string GeneratedAt,
    ApiSite Site,
    string From,
    IReadOnlyList<ApiCalendarItem> Items,
    ApiPremiereListsByKind Lists);

/// <summary>The latest capture time, alone in a small file (<c>/api/v1/capture.json</c>).</summary>
public sealed record ApiCapture(
    [property: JsonPropertyName("$schema")] string Schema,
    int Version,
    string CapturedAt);

/// <summary>
/// The site-wide calendar feeds with their subscription links (<c>/api/v1/feeds.json</c>): a
/// function of the settings alone. Subscribe panels add the feeds not among the page's own from it.
/// </summary>
public sealed record ApiFeeds(
    [property: JsonPropertyName("$schema")] string Schema,
    int Version,
    IReadOnlyList<ApiFeed> Feeds);

/// <summary>One feed: its name, and the links of its timed and its all-day variant.</summary>
public sealed record ApiFeed(string Label, ApiFeedLinks Timed, ApiFeedLinks AllDay);

/// <summary>One variant's site-relative path, absolute URL, webcal:// address and add-to-calendar links.</summary>
public sealed record ApiFeedLinks(string Path, string Url, string Webcal, string Google, string Outlook);
