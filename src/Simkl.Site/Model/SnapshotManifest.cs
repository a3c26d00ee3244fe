using System.Text.Json.Serialization;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Model;

/// <summary>How a source ended in the last fetch (docs/data-rules.md, "Sources and fetching").</summary>
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

    /// <summary>
    /// Set on a fallback copy (the API trending list): the id of the source it stands in for. Both
    /// are stored under their own paths; <see cref="SnapshotManifest.StoredSources"/> picks one.
    /// </summary>
    public string? FallbackFor { get; init; }

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

/// <summary>An entry dropped while reading <c>snapshot.json</c>; <paramref name="UnsafePath"/> when its path was the reason.</summary>
public sealed record ManifestProblem(string Message, bool UnsafePath = false)
{
    public override string ToString() => Message;
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

    /// <summary>
    /// Entries of the file that were dropped when it was read (invalid records, unsafe paths), in
    /// words; never written back, so the next fetch's manifest no longer has them.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<ManifestProblem> Problems { get; init; } = [];

    /// <summary>
    /// Sources with a stored body, as the loader should read them: a fallback copy is used instead
    /// of the source it stands in for only when it was confirmed good more recently (the primary
    /// failed in the last fetch); otherwise the primary wins, as when only one is stored.
    /// </summary>
    public IReadOnlyList<SourceRecord> StoredSources()
    {
        var stored = Sources.Where(s => !string.IsNullOrEmpty(s.Path)).ToList();
        var byId = stored.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var superseded = new HashSet<SourceRecord>(ReferenceEqualityComparer.Instance);
        foreach (var fallback in stored.Where(s => s.FallbackFor is not null))
        {
            if (!byId.TryGetValue(fallback.FallbackFor!, out var primary))
            {
                continue;
            }

            superseded.Add(fallback.GoodAt > primary.GoodAt || (fallback.GoodAt is not null && primary.GoodAt is null) ? primary : fallback);
        }

        return [.. stored.Where(s => !superseded.Contains(s))];
    }
}
