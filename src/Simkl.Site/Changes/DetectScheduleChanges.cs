using System.Globalization;
using Simkl.Site.Model;

namespace Simkl.Site.Changes;

/// <summary>The outcome of comparing a build with the previous one.</summary>
public sealed record ScheduleChangeResult
{
    /// <summary>The state to persist for the next build (airings, window, updated log).</summary>
    public required ScheduleState State { get; init; }

    /// <summary>Changes first seen by this build, in time order.</summary>
    public required IReadOnlyList<ScheduleChange> NewChanges { get; init; }

    /// <summary>True when there was nothing usable to compare against: the page says so.</summary>
    public required bool FirstBuild { get; init; }

    /// <summary>Why the previous state was not used, when it existed but did not fit; null otherwise.</summary>
    public string? RestartReason { get; init; }

    /// <summary>Kinds whose calendar had no upcoming airings at all this time: kept from the previous state, not diffed.</summary>
    public IReadOnlyList<MediaKind> HeldKinds { get; init; } = [];

    /// <summary>Each airing's revision (from <see cref="ScheduleState.History"/>), for the feeds.</summary>
    public IReadOnlyDictionary<string, AiringRevision> Revisions() => AiringHistory.Revisions(State.History);
}

/// <summary>
/// Compares the catalogue with the previous build's <see cref="ScheduleState"/> and lists what
/// changed. A pure function of (previous state, catalogue, now, zone, window): no clock, no IO.
/// Rules:
/// <list type="bullet">
/// <item>moved: the same <see cref="Airing.Key"/> at another time, when the old or new day is today or later;
/// date-keyed rows (movies, episode-less anime) of one title that vanish and reappear on another
/// day are paired into one move;</item>
/// <item>added: a new key on a day both windows covered (a day that merely rolled into the window is not news);</item>
/// <item>removed: a key that is gone while its day is still today or later and inside both windows
/// (an airing that passed out of the window is not removed);</item>
/// <item>finale: a known upcoming airing newly marked as a finale;</item>
/// <item>a kind with no upcoming airings at all this time (its calendar failed with no copy) is held:
/// its previous airings are carried over and nothing is reported for it.</item>
/// </list>
/// </summary>
public static class DetectScheduleChanges
{
    /// <summary>Log entries older than this are dropped.</summary>
    public const int RetentionDays = 30;

    /// <summary>At most this many log entries are kept (newest first).</summary>
    public const int MaxLogEntries = 500;

    public static ScheduleChangeResult Run(
        ScheduleState? previous,
        SiteCatalogue catalogue,
        DateTimeOffset now,
        TimeZoneInfo zone,
        int upcomingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(upcomingDays, 1);
        now = now.ToUniversalTime();

        // When a change was seen is the capture time of the data that showed it, not the build's
        // clock: building the same snapshot at another hour gives the same page and feed.
        var seen = catalogue.Snapshot.CapturedAt.ToUniversalTime();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var windowEnd = today.AddDays(upcomingDays);
        var source = new StateSource(catalogue.Snapshot.Synthetic, catalogue.Snapshot.DataBase, zone.Id);

        // Every airing by key (first wins: the catalogue is already de-duplicated), and the upcoming ones as records.
        var all = new Dictionary<string, Airing>(StringComparer.Ordinal);
        foreach (var a in catalogue.Airings)
        {
            all.TryAdd(a.Key, a);
        }

        var current = all.Values
            .Where(a => a.When.DayIn(zone) >= today)
            .Select(a => ToRecord(a, catalogue))
            .ToDictionary(r => r.Key, StringComparer.Ordinal);

        var restart = previous is null ? null : WhyNotComparable(previous, source, now);
        if (previous is null || restart is not null)
        {
            return new ScheduleChangeResult
            {
                State = new ScheduleState
                {
                    BuiltAt = now,
                    TrackingSince = seen,
                    WindowStart = today,
                    WindowEnd = windowEnd,
                    Source = source,
                    Airings = Sorted(current.Values),
                    History = AiringHistory.Update([], seen, catalogue, seen),
                },
                NewChanges = [],
                FirstBuild = true,
                RestartReason = restart,
            };
        }

        var overlapEnd = previous.WindowEnd < windowEnd ? previous.WindowEnd : windowEnd;
        bool InOverlap(DateOnly day) => day >= today && day < overlapEnd;

        var prev = previous.Airings.ToDictionary(r => r.Key, StringComparer.Ordinal);

        // A kind whose calendar produced nothing upcoming while the previous build had some is held, not diffed.
        var held = MediaKindNames.All
            .Where(k => prev.Values.Any(r => r.Kind == k && r.When.DayIn(zone) >= today)
                        && !current.Values.Any(r => r.Kind == k))
            .ToList();
        foreach (var r in prev.Values.Where(r => held.Contains(r.Kind) && r.When.DayIn(zone) >= today))
        {
            current[r.Key] = r;
        }

        var changes = new List<ScheduleChange>();
        var goneCandidates = new List<AiringRecord>();
        var newCandidates = new List<AiringRecord>();

        foreach (var p in prev.Values.Where(r => !held.Contains(r.Kind)))
        {
            var pDay = p.When.DayIn(zone);
            if (all.TryGetValue(p.Key, out var airing))
            {
                var c = ToRecord(airing, catalogue);
                var cDay = airing.When.DayIn(zone);
                if (c.When != p.When && (pDay >= today || cDay >= today))
                {
                    changes.Add(Change(pDay == cDay ? ChangeType.MovedTime : ChangeType.MovedDate, c, p.When, c.When, seen));
                }
                else if (c.When == p.When && cDay >= today && p.Finale == FinaleKind.None && c.Finale != FinaleKind.None)
                {
                    changes.Add(Change(ChangeType.Finale, c, p.When, c.When, seen));
                }
            }
            else if (pDay >= today)
            {
                goneCandidates.Add(p);
            }
        }

        foreach (var c in current.Values.Where(r => !held.Contains(r.Kind) && !prev.ContainsKey(r.Key)))
        {
            newCandidates.Add(c);
        }

        // Date-keyed rows change key when their date changes: one gone + one new of the same title is a move.
        var pairedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in goneCandidates.Where(r => r.Episode is null).GroupBy(r => (r.Kind, r.SimklId)))
        {
            var gone = group.ToList();
            var arrived = newCandidates.Where(r => r.Episode is null && r.Kind == group.Key.Kind && r.SimklId == group.Key.SimklId).ToList();
            if (gone.Count == 1 && arrived.Count == 1)
            {
                var (p, c) = (gone[0], arrived[0]);
                var type = p.When.DayIn(zone) == c.When.DayIn(zone) ? ChangeType.MovedTime : ChangeType.MovedDate;
                changes.Add(Change(type, c, p.When, c.When, seen));
                pairedKeys.Add(p.Key);
                pairedKeys.Add(c.Key);
            }
        }

        changes.AddRange(goneCandidates
            .Where(p => !pairedKeys.Contains(p.Key) && InOverlap(p.When.DayIn(zone)))
            .Select(p => Change(ChangeType.Removed, p, p.When, null, seen)));
        changes.AddRange(newCandidates
            .Where(c => !pairedKeys.Contains(c.Key) && InOverlap(c.When.DayIn(zone)))
            .Select(c => Change(ChangeType.Added, c, null, c.When, seen)));

        var ordered = changes
            .OrderBy(c => (c.NewWhen ?? c.PreviousWhen!.Value).SortKey)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ThenBy(c => c.Type)
            .ToList();

        return new ScheduleChangeResult
        {
            State = new ScheduleState
            {
                BuiltAt = now,
                TrackingSince = previous.TrackingSince,
                WindowStart = today,
                WindowEnd = windowEnd,
                Source = source,
                Airings = Sorted(current.Values),
                Log = MergeLog(ordered, previous.Log, now),
                // A state from before history was kept knew these airings since tracking started.
                History = AiringHistory.Update(previous.History, previous.History.Count == 0 ? previous.TrackingSince : seen, catalogue, seen),
            },
            NewChanges = ordered,
            FirstBuild = false,
            HeldKinds = held,
        };
    }

    /// <summary>New changes first, then the previous log without duplicates, pruned by age and count.</summary>
    public static IReadOnlyList<ScheduleChange> MergeLog(IReadOnlyList<ScheduleChange> fresh, IReadOnlyList<ScheduleChange> log, DateTimeOffset now)
    {
        var cutoff = now.AddDays(-RetentionDays);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. fresh.Concat(log)
            .Where(c => c.DetectedAt >= cutoff && seen.Add(c.Id))
            .OrderByDescending(c => c.DetectedAt)
            .ThenBy(c => (c.NewWhen ?? c.PreviousWhen!.Value).SortKey)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ThenBy(c => c.Type)
            .Take(MaxLogEntries)];
    }

    private static string? WhyNotComparable(ScheduleState previous, StateSource source, DateTimeOffset now)
    {
        if (previous.Format != ScheduleState.CurrentFormat)
        {
            return $"the previous state has format {previous.Format}, this build writes {ScheduleState.CurrentFormat}";
        }

        if (previous.Source != source)
        {
            return "the previous state came from another data source or time zone";
        }

        return previous.BuiltAt > now
            ? "the previous state is newer than this build"
            : null;
    }

    private static ScheduleChange Change(ChangeType type, AiringRecord r, AiringTime? previousWhen, AiringTime? newWhen, DateTimeOffset seen) => new()
    {
        Id = ScheduleChange.MakeId(r.Key, type, previousWhen?.MachineValue, newWhen?.MachineValue, r.Finale),
        Type = type,
        Key = r.Key,
        Kind = r.Kind,
        SimklId = r.SimklId,
        Title = r.Title,
        Slug = r.Slug,
        Season = r.Season,
        Episode = r.Episode,
        PreviousWhen = previousWhen,
        NewWhen = newWhen,
        Finale = type == ChangeType.Finale ? r.Finale : FinaleKind.None,
        DetectedAt = seen,
    };

    private static AiringRecord ToRecord(Airing a, SiteCatalogue catalogue)
    {
        var title = catalogue.FindTitle(a.Kind, a.SimklId);
        return new AiringRecord
        {
            Key = a.Key,
            Kind = a.Kind,
            SimklId = a.SimklId,
            Title = title?.Name ?? string.Create(CultureInfo.InvariantCulture, $"#{a.SimklId}"),
            Slug = title?.Slug ?? "title",
            Season = a.Season,
            Episode = a.Episode,
            When = ScheduleTime.Of(a.When),
            Finale = a.Finale,
        };
    }

    private static IReadOnlyList<AiringRecord> Sorted(IEnumerable<AiringRecord> records) =>
        [.. records.OrderBy(r => r.Key, StringComparer.Ordinal)];
}
