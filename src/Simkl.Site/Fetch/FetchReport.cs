using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Fetch;

/// <summary>One request (or one skipped source) of a fetch, as printed and saved in <c>fetch-report.json</c>.</summary>
public sealed record FetchReportEntry
{
    public required string Id { get; init; }

    /// <summary>The URL asked for (without the client id).</summary>
    public required string Url { get; init; }

    /// <summary>How the source stands after this request.</summary>
    public required SourceOutcome Outcome { get; init; }

    public int? HttpStatus { get; init; }

    /// <summary>Body bytes received (0 for 304 and failures).</summary>
    public long Bytes { get; init; }

    public long DurationMs { get; init; }

    /// <summary>HTTP attempts made (0 when skipped).</summary>
    public int Attempts { get; init; }

    /// <summary>True for a fallback request (calendar v1, trending API) made because the primary failed.</summary>
    public bool Fallback { get; init; }

    /// <summary>True when the source was not requested (no client id, or the API refused it earlier).</summary>
    public bool Skipped { get; init; }

    /// <summary>True for a 404: nothing is published there (not a failure).</summary>
    public bool NoData { get; init; }

    public string? Message { get; init; }
}

/// <summary>Counts over the sources of the new manifest and the requests made.</summary>
public sealed record FetchTotals
{
    public int Sources { get; init; }
    public int Fresh { get; init; }
    public int NotModified { get; init; }
    public int Stale { get; init; }
    public int Missing { get; init; }
    public int Skipped { get; init; }
    public int Requests { get; init; }
    public long Bytes { get; init; }
}

/// <summary>A source that was not requested, and why.</summary>
public sealed record SkippedSource(string Id, string Reason);

/// <summary>The <c>fetch-report.json</c> written beside <c>snapshot.json</c> after every fetch.</summary>
public sealed record FetchReport
{
    public const string FileName = "fetch-report.json";

    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public long DurationMs { get; init; }
    public required string DataBase { get; init; }
    public required string ApiBase { get; init; }

    /// <summary>Whether SIMKL_CLIENT_ID was set (never the value).</summary>
    public bool ClientId { get; init; }

    /// <summary>0 complete, 3 incomplete (some sources have no data after errors), 2 no calendar data at all.</summary>
    public int ExitCode { get; init; }

    /// <summary>The one-line verdict for a non-zero exit code.</summary>
    public string? Message { get; init; }

    /// <summary>False when nothing was saved because no calendar data could be obtained.</summary>
    public bool ManifestSaved { get; init; }

    public required FetchTotals Totals { get; init; }
    public IReadOnlyList<FetchReportEntry> Requests { get; init; } = [];
    public IReadOnlyList<SkippedSource> Skipped { get; init; } = [];

    /// <summary>Sources left without data by an error (not a 404, not a skip), one line each.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Other things worth knowing: an unreadable old manifest, swept temp files, pruned bodies.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
