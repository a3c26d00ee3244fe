using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Progress;
using Simkl.Site.Snapshots;
using Simkl.Site.Text;

namespace Simkl.Site.Fetch;

/// <summary>
/// Fetches one source into the store: conditional GET when a stored body has validators, 304 keeps
/// it, a new body replaces it only after <see cref="BodyCheck"/> passes, and any failure keeps the
/// last good copy (stale) or leaves the source missing.
/// </summary>
internal sealed class SourceFetcher(SimklClient client, SnapshotStore store, ApiAccess api, TimeProvider time, IProgressStage progress)
{
    public async Task<SourceResult> FetchAsync(SourceSpec spec, bool fallback, CancellationToken ct)
    {
        var result = await RequestAsync(spec, fallback, ct);
        progress.Advance();
        return result;
    }

    /// <summary>A source not requested: its stored copy stays (stale) or it is missing, with the reason.</summary>
    public SourceResult Skip(SourceSpec spec, string reason, bool fallback)
    {
        var result = Skipped(spec, reason, fallback);
        progress.Advance();
        return result;
    }

    private async Task<SourceResult> RequestAsync(SourceSpec spec, bool fallback, CancellationToken ct)
    {
        var url = client.DisplayUrl(spec.Host, spec.PathAndQuery);
        var stored = Stored(spec);
        if (spec.Host == SimklHost.Api && api.SkipReason is { } reason)
        {
            return Skipped(spec, reason, fallback);
        }

        // Validators belong to a URL: a stored trending body from the API fallback says nothing about the CDN file.
        var validators = stored is not null && stored.Url == url ? new Validators(stored.ETag, stored.LastModified) : null;
        var fetchedAt = time.GetUtcNow();
        var response = await client.GetAsync(spec.Host, spec.PathAndQuery, validators is { Any: true } ? validators : null, ct);
        if (response.Kind == ResponseKind.Refused && spec.Host == SimklHost.Api)
        {
            api.Refused(spec.Id, response.Status);
        }

        var entry = new FetchReportEntry
        {
            Id = spec.Id, Url = url, Outcome = SourceOutcome.Missing, HttpStatus = response.Status,
            Bytes = response.Body?.Length ?? 0, DurationMs = response.DurationMs, Attempts = response.Attempts, Fallback = fallback,
        };
        switch (response.Kind)
        {
            case ResponseKind.Ok when BodyCheck.Problem(spec.Shape, response.Body) is { } problem:
                return Failure(spec, stored, fetchedAt, entry, $"rejected the body: {problem}");
            case ResponseKind.Ok:
                await store.WriteBodyAsync(spec.SnapshotPath, response.Body!, ct);
                return Done(Base(spec, url) with
                {
                    Path = spec.SnapshotPath, ETag = response.ETag, LastModified = response.LastModified, GoodAt = fetchedAt,
                    Outcome = SourceOutcome.Fresh,
                }, response, fetchedAt, entry, response.Attempts > 1 ? $"after {response.Attempts} attempts" : null);
            case ResponseKind.NotModified when validators is { Any: true } && stored is not null:
                return Done(Base(spec, url) with
                {
                    Path = stored.Path, ETag = response.ETag ?? stored.ETag, LastModified = response.LastModified ?? stored.LastModified,
                    GoodAt = fetchedAt, Outcome = SourceOutcome.NotModified,
                }, response, fetchedAt, entry, null);
            case ResponseKind.NotModified:
                return Failure(spec, stored, fetchedAt, entry, "HTTP 304 although no validator was sent");
            case ResponseKind.NotFound:
                return Failure(spec, stored, fetchedAt, entry with { NoData = true }, "HTTP 404: nothing published here");
            default:
                return Failure(spec, stored, fetchedAt, entry, response.Message ?? "failed");
        }
    }

    private SourceResult Skipped(SourceSpec spec, string reason, bool fallback)
    {
        var url = client.DisplayUrl(spec.Host, spec.PathAndQuery);
        var stored = Stored(spec);
        var message = $"not requested: {reason}";
        var record = stored is not null
            ? stored with { Outcome = SourceOutcome.Stale, HttpStatus = null, Bytes = null, DurationMs = null, Message = $"{message}; {Kept(stored)}" }
            : Base(spec, url) with { Message = message };
        return new SourceResult(record, new FetchReportEntry
        {
            Id = spec.Id, Url = url, Outcome = record.Outcome, Fallback = fallback, Skipped = true, Message = reason,
        });
    }

    private SourceResult Done(SourceRecord record, SimklResponse response, DateTimeOffset fetchedAt, FetchReportEntry entry, string? message)
    {
        record = record with
        {
            FetchedAt = fetchedAt, HttpStatus = response.Status, Bytes = response.Body?.Length ?? 0, DurationMs = response.DurationMs, Message = message,
        };
        return new SourceResult(record, entry with { Outcome = record.Outcome, Message = PlainText.Clean(message) }) { PageCount = response.PageCount };
    }

    private SourceResult Failure(SourceSpec spec, SourceRecord? stored, DateTimeOffset fetchedAt, FetchReportEntry entry, string message)
    {
        message = PlainText.CleanText(message);
        stored ??= Orphan(spec);
        var record = stored is not null
            ? stored with { Outcome = SourceOutcome.Stale, Message = $"{message}; {Kept(stored)}" }
            : Base(spec, entry.Url) with { Message = message };
        record = record with { FetchedAt = fetchedAt, HttpStatus = entry.HttpStatus, Bytes = entry.Bytes, DurationMs = entry.DurationMs };
        return new SourceResult(record, entry with { Outcome = record.Outcome, Message = message });
    }

    /// <summary>The previous record, if its body is still on disk.</summary>
    private SourceRecord? Stored(SourceSpec spec) =>
        store.PreviousRecord(spec.Id) is { } previous && store.HasBody(previous.Path) ? previous : null;

    /// <summary>
    /// A good body at the contract path that no manifest record names (the old snapshot.json was
    /// unreadable): kept rather than ignored, without validators.
    /// </summary>
    private SourceRecord? Orphan(SourceSpec spec)
    {
        if (store.PreviousRecord(spec.Id) is not null || !store.HasBody(spec.SnapshotPath)
            || BodyCheck.Problem(spec.Shape, File.ReadAllBytes(store.FullPath(spec.SnapshotPath))) is not null)
        {
            return null;
        }

        return Base(spec, client.DisplayUrl(spec.Host, spec.PathAndQuery)) with { Path = spec.SnapshotPath };
    }

    private static string Kept(SourceRecord stored) => stored.GoodAt is { } at
        ? $"kept the copy from {UtcText.Format(at)}"
        : "kept the stored copy";

    private static SourceRecord Base(SourceSpec spec, string url) => new()
    {
        Id = spec.Id, Type = spec.Type, Kind = spec.Kind, Variant = spec.Variant, Month = spec.Month?.Id, Page = spec.Page,
        FallbackFor = spec.FallbackFor, Url = url, Outcome = SourceOutcome.Missing,
    };
}
