using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Fetch;

/// <summary>Totals, skips, problems and the exit verdict of a fetch.</summary>
internal static class FetchReportBuilder
{
    public static FetchReport Build(
        JobOutput all, SnapshotManifest manifest, FetchOptions options, string snapshotDir,
        DateTimeOffset startedAt, DateTimeOffset finishedAt, TimeSpan elapsed, bool hasCalendar, IReadOnlyList<string> notes)
    {
        var records = manifest.Sources;
        var skipped = all.Entries.Where(e => e.Skipped).Select(e => new SkippedSource(e.Id, e.Message ?? "")).ToList();
        var (exitCode, message) = Verdict(all, options, snapshotDir, hasCalendar);
        return new FetchReport
        {
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            DurationMs = (long)elapsed.TotalMilliseconds,
            DataBase = options.DataBase,
            ApiBase = options.ApiBase,
            ClientId = options.ClientId is not null,
            ExitCode = exitCode,
            Message = message,
            ManifestSaved = hasCalendar,
            Totals = new FetchTotals
            {
                Sources = records.Count,
                Fresh = records.Count(r => r.Outcome == SourceOutcome.Fresh),
                NotModified = records.Count(r => r.Outcome == SourceOutcome.NotModified),
                Stale = records.Count(r => r.Outcome == SourceOutcome.Stale),
                Missing = records.Count(r => r.Outcome == SourceOutcome.Missing),
                Skipped = skipped.Count,
                Requests = all.Entries.Sum(e => e.Attempts),
                Bytes = all.Entries.Sum(e => e.Bytes),
            },
            Requests = all.Entries,
            Skipped = skipped,
            Problems = all.Problems,
            Notes = notes,
        };
    }

    private static (int Code, string? Message) Verdict(JobOutput all, FetchOptions options, string snapshotDir, bool hasCalendar)
    {
        if (!hasCalendar)
        {
            var why = all.Entries.FirstOrDefault(e => e.Id.StartsWith("calendar-", StringComparison.Ordinal) && !e.NoData)?.Message ?? "every calendar file answered 404";
            return (FetchSnapshot.NoCalendarData,
                $"Unreachable data with no snapshot: no calendar file could be fetched from {options.DataBase} ({why}) and '{snapshotDir}' holds no stored copy.");
        }

        if (all.Problems.Count == 0)
        {
            return (FetchSnapshot.Complete, null);
        }

        var more = all.Problems.Count > 1 ? $" and {all.Problems.Count - 1} more (see {FetchReport.FileName})" : "";
        return (FetchSnapshot.Incomplete, $"Incomplete snapshot: {all.Problems.Count} source(s) have no data after errors: {all.Problems[0]}{more}.");
    }
}
