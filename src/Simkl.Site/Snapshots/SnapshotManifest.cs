using System.Text.Json.Serialization;
using Simkl.Site.Catalogue;

namespace Simkl.Site.Snapshots;

/// <summary>How a source ended in the last fetch (design §4).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceOutcome>))]
public enum SourceOutcome
{
    /// <summary>A new body arrived, parsed, and replaced the stored one.</summary>
    [JsonStringEnumMemberName("fresh")] Fresh,

    /// <summary>The server answered 304; the stored body is current.</summary>
    [JsonStringEnumMemberName("not-modified")] NotModified,

    /// <summary>The fetch failed; the last good copy was kept.</summary>
    [JsonStringEnumMemberName("stale")] Stale,

    /// <summary>No data: the fetch failed (or 404'd) and there is no stored copy.</summary>
    [JsonStringEnumMemberName("missing")] Missing,
}

/// <summary>Which Simkl file or endpoint a source is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceType>))]
public enum SourceType
{
    [JsonStringEnumMemberName("calendar-v2")] CalendarV2,
    [JsonStringEnumMemberName("calendar-v1")] CalendarV1,
    [JsonStringEnumMemberName("trending")] Trending,
    [JsonStringEnumMemberName("premieres")] Premieres,
    [JsonStringEnumMemberName("airing")] Airing,
    [JsonStringEnumMemberName("best")] Best,
}

/// <summary>
/// One fetched file (one page, for paginated endpoints) with its validators and last outcome.
/// <see cref="Path"/> is relative to the snapshot folder, '/'-separated, and only set while a
/// good body is stored.
/// </summary>
public sealed record SourceRecord
{
    public required string Id { get; init; }
    public required SourceType Type { get; init; }
    public required MediaKind Kind { get; init; }

    /// <summary>today/week/month, new/soon, today/tomorrow, a best filter; null for calendars.</summary>
    public string? Variant { get; init; }

    /// <summary>Monthly archive as "YYYY-MM"; null for rolling files and lists.</summary>
    public string? Month { get; init; }

    /// <summary>1-based page for paginated endpoints; null otherwise.</summary>
    public int? Page { get; init; }

    public required string Url { get; init; }
    public string? Path { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>When the stored body was last confirmed good (200 or 304).</summary>
    public DateTimeOffset? GoodAt { get; init; }

    public DateTimeOffset? FetchedAt { get; init; }
    public required SourceOutcome Outcome { get; init; }
    public int? HttpStatus { get; init; }
    public long? Bytes { get; init; }
    public long? DurationMs { get; init; }

    /// <summary>Why a fetch failed or was skipped, in words a person can act on.</summary>
    public string? Message { get; init; }
}

/// <summary>The <c>snapshot.json</c> at the root of a snapshot folder.</summary>
public sealed record SnapshotManifest
{
    public const string FileName = "snapshot.json";
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>When this snapshot was captured; the bundled sample's site is built "as of" this.</summary>
    public required DateTimeOffset CapturedAt { get; init; }

    public string? DataBase { get; init; }
    public string? ApiBase { get; init; }

    /// <summary>True for synthetic data (the bundled sample, benchmark snapshots).</summary>
    public bool Synthetic { get; init; }

    public IReadOnlyList<SourceRecord> Sources { get; init; } = [];
}
