using System.Text.Json.Serialization;
using Simkl.Site.Model;

namespace Simkl.Site.Changes;

/// <summary>
/// What one build knew about the schedule, kept for the next build to compare against
/// (<c>.cache/state/schedule.json</c>): every upcoming airing by <see cref="Airing.Key"/>, the
/// window the site showed, and the recent change log that <c>/changes/</c> and <c>/changes.xml</c>
/// render. Compact and deterministic: airings sorted by key, log newest first.
/// </summary>
public sealed record ScheduleState
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The build's "now" (BuildContext.Now) that produced this state.</summary>
    public required DateTimeOffset BuiltAt { get; init; }

    /// <summary>When change tracking started: capture time of the first build's snapshot.</summary>
    public required DateTimeOffset TrackingSince { get; init; }

    /// <summary>First day of the site's upcoming window, in the site zone.</summary>
    public required DateOnly WindowStart { get; init; }

    /// <summary>Day after the last day of the upcoming window (exclusive).</summary>
    public required DateOnly WindowEnd { get; init; }

    /// <summary>Where the data came from; a state from another source (say the synthetic sample) is not compared.</summary>
    public required StateSource Source { get; init; }

    /// <summary>Every airing on or after <see cref="WindowStart"/>, keyed by <see cref="Airing.Key"/>, sorted by key.</summary>
    public IReadOnlyList<AiringRecord> Airings { get; init; } = [];

    /// <summary>Recent changes, newest first; pruned by age and count.</summary>
    public IReadOnlyList<ScheduleChange> Log { get; init; } = [];

    /// <summary>
    /// Every airing of the data (past ones too), sorted by key: when it last changed and how often
    /// its time moved, for the feeds' DTSTAMP, LAST-MODIFIED and SEQUENCE. Empty in a state written
    /// before this was kept.
    /// </summary>
    public IReadOnlyList<AiringHistoryEntry> History { get; init; } = [];
}

/// <summary>Identity of the data source, so a sample build's state is never diffed against real data.</summary>
public sealed record StateSource(bool Synthetic, string? DataBase, string TimeZone);

/// <summary>One airing as remembered between builds: enough to describe it when it moves or disappears.</summary>
public sealed record AiringRecord
{
    public required string Key { get; init; }
    public required MediaKind Kind { get; init; }
    public required long SimklId { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public int? Season { get; init; }
    public int? Episode { get; init; }

    /// <summary>Stored as <see cref="AiringTime.MachineValue"/>: <c>2026-12-01T01:00:00Z</c> or <c>2026-12-01</c>.</summary>
    public required AiringTime When { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public FinaleKind Finale { get; init; }
}
