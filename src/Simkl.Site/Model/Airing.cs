namespace Simkl.Site.Model;

public enum FinaleKind
{
    None = 0,
    MidSeason = 1,
    Season = 2,
    Series = 3,
}

/// <summary>
/// When something airs: either a real instant (UTC) or a date with no time (movie releases,
/// local-midnight placeholders). Never both.
/// </summary>
public readonly record struct AiringTime
{
    private AiringTime(DateTimeOffset? instant, DateOnly? date)
    {
        Instant = instant;
        Date = date;
    }

    /// <summary>The real instant, in UTC; null for date-only values.</summary>
    public DateTimeOffset? Instant { get; }

    /// <summary>The calendar date of a date-only value; null for timed values.</summary>
    public DateOnly? Date { get; }

    public bool IsDateOnly => Instant is null;

    public static AiringTime At(DateTimeOffset instant) => new(instant.ToUniversalTime(), null);

    public static AiringTime On(DateOnly date) => new(null, date);

    /// <summary>The day this falls on in <paramref name="zone"/>; date-only values never move.</summary>
    public DateOnly DayIn(TimeZoneInfo zone) =>
        Instant is { } i ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(i, zone).DateTime) : Date!.Value;

    /// <summary>A sortable UTC instant; date-only values sort at 00:00 UTC of their date.</summary>
    public DateTimeOffset SortKey =>
        Instant ?? new DateTimeOffset(Date!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The value for <c>&lt;time datetime&gt;</c>: <c>2026-10-07T01:00:00Z</c> or <c>2026-10-10</c>.</summary>
    public string MachineValue =>
        Instant is { } i
            ? UtcText.Format(i)
            : Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => MachineValue;
}

/// <summary>One episode airing or one movie release.</summary>
public sealed record Airing
{
    public required long SimklId { get; init; }
    public required MediaKind Kind { get; init; }
    public required AiringTime When { get; init; }

    /// <summary>Season number; always null for anime (absolute numbering) and movies.</summary>
    public int? Season { get; init; }

    /// <summary>Episode number; null for movies and episode-less anime rows (films).</summary>
    public int? Episode { get; init; }

    public string? EpisodeTitle { get; init; }
    public FinaleKind Finale { get; init; }

    /// <summary>Absolute https URL of the episode page when the data gave one.</summary>
    public string? EpisodeUrl { get; init; }

    /// <summary>Snapshot-relative path of the file this row came from (for warnings and debugging).</summary>
    public required string SourceFile { get; init; }

    public bool IsEpisode => Episode is not null;

    /// <summary>
    /// The identity used for merging and for ICS UIDs: (title, season, episode) or (title, date)
    /// when there is no episode. Stable across builds and across date moves of an episode.
    /// </summary>
    public string Key => Episode is { } e
        ? $"{Kind.Hook()}-{SimklId}-s{Season ?? 0}e{e}"
        : $"{Kind.Hook()}-{SimklId}-d{When.SortKey.UtcDateTime:yyyyMMdd}";
}
