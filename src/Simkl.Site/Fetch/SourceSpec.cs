using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Fetch;

/// <summary>
/// One file to fetch: its source id, request path (relative to its host's base), and the contract
/// path its body is stored at in the snapshot folder.
/// </summary>
public sealed record SourceSpec
{
    public required string Id { get; init; }
    public required SourceType Type { get; init; }
    public required MediaKind Kind { get; init; }
    public string? Variant { get; init; }
    public CalendarMonth? Month { get; init; }
    public int? Page { get; init; }
    public required SimklHost Host { get; init; }

    /// <summary>Path (and, on the API, non-secret query) appended to the host's base URL.</summary>
    public required string PathAndQuery { get; init; }

    /// <summary>Where a good body is stored, relative to the snapshot folder, '/'-separated.</summary>
    public required string SnapshotPath { get; init; }

    public required BodyShape Shape { get; init; }

    /// <summary>The source this one stands in for when that one fails (its copy is stored beside, never over it).</summary>
    public string? FallbackFor { get; init; }

    /// <summary>Calendar v2, rolling (<paramref name="month"/> null) or a monthly archive.</summary>
    public static SourceSpec CalendarV2(MediaKind kind, CalendarMonth? month) => Calendar(SourceType.CalendarV2, "calendar-v2", "/calendar/v2", kind, month, BodyShape.CalendarV2);

    /// <summary>Calendar v1 (legacy bare arrays), the fallback for a missing or unusable v2 file.</summary>
    public static SourceSpec CalendarV1(MediaKind kind, CalendarMonth? month) => Calendar(SourceType.CalendarV1, "calendar-v1", "/calendar", kind, month, BodyShape.Array);

    /// <summary>Trending from the CDN discover files (no key needed).</summary>
    public static SourceSpec TrendingFile(MediaKind kind, string interval, int size)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"/discover/trending/{kind.Section()}/{interval}_{size}.json");
        return new SourceSpec
        {
            Id = $"trending/{kind.Section()}/{interval}", Type = SourceType.Trending, Kind = kind, Variant = interval,
            Host = SimklHost.Data, PathAndQuery = path, SnapshotPath = "data" + path, Shape = BodyShape.Array,
        };
    }

    /// <summary>Trending from the (older) API endpoint: the fallback when the CDN file fails.</summary>
    public static SourceSpec TrendingApi(MediaKind kind, string interval)
    {
        var path = $"/{kind.Section()}/trending/{interval}";
        var extended = kind == MediaKind.Movie ? "overview,theater,metadata,tmdb,genres" : "overview,metadata,tmdb,genres,trailer";
        return new SourceSpec
        {
            Id = $"trending-api/{kind.Section()}/{interval}", Type = SourceType.Trending, Kind = kind, Variant = interval,
            Host = SimklHost.Api, PathAndQuery = $"{path}?extended={extended}", SnapshotPath = $"api{path}.json", Shape = BodyShape.Array,
            FallbackFor = $"trending/{kind.Section()}/{interval}",
        };
    }

    /// <summary>One page of <c>/{tv,anime}/premieres/{new,soon}</c>.</summary>
    public static SourceSpec Premieres(MediaKind kind, string variant, int page, int pageSize)
    {
        var path = $"/{kind.Section()}/premieres/{variant}";
        return new SourceSpec
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"premieres/{kind.Section()}/{variant}/{page}"),
            Type = SourceType.Premieres, Kind = kind, Variant = variant, Page = page, Host = SimklHost.Api,
            PathAndQuery = string.Create(CultureInfo.InvariantCulture, $"{path}?page={page}&limit={pageSize}"),
            SnapshotPath = string.Create(CultureInfo.InvariantCulture, $"api{path}/page-{page}.json"), Shape = BodyShape.Array,
        };
    }

    /// <summary><c>/{tv,anime}/airing?date=today|tomorrow</c>.</summary>
    public static SourceSpec Airing(MediaKind kind, string day) => new()
    {
        Id = $"airing/{kind.Section()}/{day}", Type = SourceType.Airing, Kind = kind, Variant = day, Host = SimklHost.Api,
        PathAndQuery = $"/{kind.Section()}/airing?date={Uri.EscapeDataString(day)}",
        SnapshotPath = $"api/{kind.Section()}/airing/{day}.json", Shape = BodyShape.Array,
    };

    /// <summary><c>/{tv,anime}/best/{filter}</c>.</summary>
    public static SourceSpec Best(MediaKind kind, string filter) => new()
    {
        Id = $"best/{kind.Section()}/{filter}", Type = SourceType.Best, Kind = kind, Variant = filter, Host = SimklHost.Api,
        PathAndQuery = $"/{kind.Section()}/best/{filter}", SnapshotPath = $"api/{kind.Section()}/best/{filter}.json", Shape = BodyShape.Array,
    };

    private static SourceSpec Calendar(SourceType type, string prefix, string urlPrefix, MediaKind kind, CalendarMonth? month, BodyShape shape)
    {
        var monthPath = month is { } m ? "/" + m.UrlPath : "";
        var path = $"{urlPrefix}{monthPath}/{kind.CalendarFile()}.json";
        return new SourceSpec
        {
            Id = month is { } mm ? $"{prefix}/{mm.Id}/{kind.Section()}" : $"{prefix}/{kind.Section()}",
            Type = type, Kind = kind, Month = month, Host = SimklHost.Data, PathAndQuery = path, SnapshotPath = "data" + path, Shape = shape,
        };
    }
}
