using Simkl.Site.Progress;
using Simkl.Site.Settings;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Fetch;

/// <summary>Inputs of one fetch. <see cref="Time"/> and <see cref="Handler"/> are for tests.</summary>
public sealed record FetchRequest(SiteSettings Settings, FetchOptions Options, string SnapshotDir)
{
    public TimeProvider Time { get; init; } = TimeProvider.System;
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>Where the fetch reports its sources as they finish; nowhere by default.</summary>
    public IRunProgress Progress { get; init; } = NoProgress.Instance;
}

/// <summary>The report of a fetch, and the manifest it saved (null when it saved none).</summary>
public sealed record FetchResult(FetchReport Report, SnapshotManifest? Manifest);

/// <summary>
/// The fetch stage: refreshes a snapshot folder from Simkl. CDN files go in parallel (bounded), API
/// requests one at a time and paced; results are stored in plan order, so the manifest does not
/// depend on timing. Saves <c>snapshot.json</c> (unless no calendar data at all could be had) and
/// always <c>fetch-report.json</c>.
/// </summary>
public static class FetchSnapshot
{
    public const int Complete = 0;
    public const int NoCalendarData = 2;
    public const int Incomplete = 3;

    public static async Task<FetchResult> RunAsync(FetchRequest request, CancellationToken ct = default)
    {
        var (settings, options, time) = (request.Settings, request.Options, request.Time);
        if (settings.UserAgent is { } userAgent)
        {
            options = options with { UserAgent = userAgent };
        }

        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var store = SnapshotStore.Open(request.SnapshotDir);
        var plan = FetchPlan.For(settings, startedAt, options.PageSize);
        using var client = new SimklClient(options, time, request.Handler);
        var api = new ApiAccess(options.ClientId);
        // Fallbacks and further premiere pages are not known yet: the count grows past this as they come.
        var fetching = request.Progress.Begin("fetch sources", plan.Calendars.Count + plan.Trending.Count + plan.Premieres.Count + plan.ApiLists.Count, "sources");
        var jobs = new FetchJobs(new SourceFetcher(client, store, api, time, fetching), store, api);

        var calendars = new JobOutput[plan.Calendars.Count];
        var trending = new JobOutput[plan.Trending.Count];
        var cdnWork = plan.Calendars.Select((job, i) => (Func<CancellationToken, Task>)(async t => calendars[i] = await jobs.CalendarAsync(job, t)))
            .Concat(plan.Trending.Select((job, i) => (Func<CancellationToken, Task>)(async t => trending[i] = await jobs.TrendingAsync(job, t))));
        var cdn = Parallel.ForEachAsync(
            cdnWork, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.CdnParallelism), CancellationToken = ct }, async (work, t) => await work(t));
        var apiTask = RunApiListsAsync(jobs, plan, ct);
        await Task.WhenAll(cdn, apiTask);
        fetching.Dispose();
        using var saving = request.Progress.Begin("save snapshot");

        var all = JobOutput.Merge(calendars.Concat(trending).Concat(await apiTask));
        var manifest = new SnapshotManifest
        {
            CapturedAt = startedAt, DataBase = options.DataBase, ApiBase = options.ApiBase, Synthetic = false, Sources = all.Records,
        };
        var hasCalendar = all.Records.Any(r => r.Type is SourceType.CalendarV2 or SourceType.CalendarV1 && r.Path is not null);
        var notes = new List<string>();
        if (store.ManifestProblem is { } problem)
        {
            notes.Add($"the previous snapshot.json could not be read, so no validators were sent: {problem}");
        }

        if (store.Previous?.Problems is { Count: > 0 } dropped)
        {
            notes.Add($"the previous snapshot.json had {dropped.Count} invalid entr{(dropped.Count == 1 ? "y" : "ies")}, dropped{(hasCalendar ? " (the manifest is rewritten without them)" : "")}: {string.Join("; ", dropped)}");
        }

        if (store.SweptTempFiles > 0)
        {
            notes.Add($"removed {store.SweptTempFiles} temp file(s) left by an interrupted earlier write");
        }

        if (hasCalendar)
        {
            await store.SaveManifestAsync(manifest, ct);
            var pruned = store.PruneUnreferenced(manifest);
            if (pruned.Count > 0)
            {
                notes.Add($"removed {pruned.Count} stored file(s) no longer in the snapshot: {string.Join(", ", pruned)}");
            }
        }

        var report = FetchReportBuilder.Build(all, manifest, options, store.Root, startedAt, time.GetUtcNow(), time.GetElapsedTime(started), hasCalendar, notes);
        await store.SaveJsonAsync(FetchReport.FileName, report, ct);
        return new FetchResult(report, hasCalendar ? manifest : null);
    }

    /// <summary>API lists in plan order, one after another (the API rate limit also serialises the trending fallbacks).</summary>
    private static async Task<JobOutput[]> RunApiListsAsync(FetchJobs jobs, FetchPlan plan, CancellationToken ct)
    {
        var outputs = new List<JobOutput>();
        foreach (var job in plan.Premieres)
        {
            outputs.Add(await jobs.PagedAsync(job, ct));
        }

        foreach (var spec in plan.ApiLists)
        {
            outputs.Add(await jobs.SingleAsync(spec, ct));
        }

        return [.. outputs];
    }
}
