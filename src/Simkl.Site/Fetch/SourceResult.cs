using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Fetch;

/// <summary>A source after one request (or a skip): its manifest record and its report line.</summary>
internal sealed record SourceResult(SourceRecord Record, FetchReportEntry Entry)
{
    /// <summary>X-Pagination-Page-Count of the answer, when given.</summary>
    public int? PageCount { get; init; }

    /// <summary>The stored body is current (fresh or confirmed by 304).</summary>
    public bool Usable => Record.Outcome is SourceOutcome.Fresh or SourceOutcome.NotModified;

    /// <summary>A body is stored for the source (current or stale).</summary>
    public bool HasData => Record.Path is not null;

    /// <summary>The request failed (not a 404, not a skip).</summary>
    public bool Error => !Usable && !Entry.Skipped && !Entry.NoData;
}
