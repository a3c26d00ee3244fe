using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Fetch;

/// <summary>What one job produced: manifest records, report lines, and sources left without data by an error.</summary>
internal sealed record JobOutput(IReadOnlyList<SourceRecord> Records, IReadOnlyList<FetchReportEntry> Entries, IReadOnlyList<string> Problems)
{
    public static JobOutput Of(params SourceResult[] results) => Of(results, results);

    /// <summary>Records from <paramref name="kept"/>; a problem when none has data and the primary request failed.</summary>
    public static JobOutput Of(IReadOnlyList<SourceResult> kept, IReadOnlyList<SourceResult> all)
    {
        var primary = all[0];
        var problems = !kept.Any(r => r.HasData) && primary.Error ? [$"{primary.Entry.Id}: {primary.Entry.Message}"] : Array.Empty<string>();
        return new JobOutput([.. kept.Select(r => r.Record)], [.. all.Select(r => r.Entry)], problems);
    }

    public static JobOutput Merge(IEnumerable<JobOutput> parts)
    {
        var list = parts.ToList();
        return new JobOutput([.. list.SelectMany(p => p.Records)], [.. list.SelectMany(p => p.Entries)], [.. list.SelectMany(p => p.Problems)]);
    }
}

/// <summary>The fetch jobs with their fallback rules (docs/data-rules.md).</summary>
internal sealed class FetchJobs(SourceFetcher fetcher, SnapshotStore store, ApiAccess api)
{
    /// <summary>v2 first; the v1 counterpart only when v2 did not end fresh or not-modified. Both records are kept (the loader lets v2 win).</summary>
    public async Task<JobOutput> CalendarAsync(CalendarJob job, CancellationToken ct)
    {
        var v2 = await fetcher.FetchAsync(job.V2, fallback: false, ct);
        if (v2.Usable)
        {
            return JobOutput.Of(v2);
        }

        var v1 = await fetcher.FetchAsync(job.V1, fallback: true, ct);
        return JobOutput.Of(v2, v1);
    }

    /// <summary>
    /// The CDN file; the API endpoint only when the file failed. The two have different shapes, so
    /// each keeps its own record and path: the CDN copy (stale or missing) is never replaced by the
    /// API copy, and the loader reads whichever was good most recently.
    /// </summary>
    public async Task<JobOutput> TrendingAsync(TrendingJob job, CancellationToken ct)
    {
        var file = await fetcher.FetchAsync(job.File, fallback: false, ct);
        if (file.Usable)
        {
            return JobOutput.Of(file);
        }

        var viaApi = await fetcher.FetchAsync(job.Api, fallback: true, ct);
        return JobOutput.Of(viaApi.HasData ? [file, viaApi] : [file], [file, viaApi]);
    }

    /// <summary>
    /// Page 1, then pages 2..min(X-Pagination-Page-Count, limit). When page 1 cannot be read the list is
    /// not walked: stored pages stay as they are (stale), because their count is unknown.
    /// </summary>
    public async Task<JobOutput> PagedAsync(PagedJob job, CancellationToken ct)
    {
        var previous = store.PreviousRecords(job.IdPrefix);
        var first = await fetcher.FetchAsync(job.Page(1), fallback: false, ct);
        var parts = new List<JobOutput> { JobOutput.Of(first) };
        if (!first.Usable)
        {
            var reason = first.Entry.Skipped ? api.SkipReason ?? "skipped" : "page 1 could not be fetched, so the page count is unknown";
            parts.AddRange(previous.Where(p => p.Page is > 1 && p.Page <= job.PageLimit)
                .Select(p => JobOutput.Of(fetcher.Skip(job.Page(p.Page!.Value), reason, fallback: false))));
            return JobOutput.Merge(parts);
        }

        // A 304 may come without pagination headers: then the list has as many pages as last time.
        var count = first.PageCount ?? (first.Record.Outcome == SourceOutcome.NotModified ? previous.Count : 1);
        var last = Math.Min(Math.Max(count, 1), job.PageLimit);
        for (var page = 2; page <= last; page++)
        {
            parts.Add(JobOutput.Of(await fetcher.FetchAsync(job.Page(page), fallback: false, ct)));
        }

        return JobOutput.Merge(parts);
    }

    public async Task<JobOutput> SingleAsync(SourceSpec spec, CancellationToken ct) =>
        JobOutput.Of(await fetcher.FetchAsync(spec, fallback: false, ct));
}
