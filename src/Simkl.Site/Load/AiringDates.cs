using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// When a calendar or list row airs: one rule per kind, applied to the instant the text names, so
/// a v2 row (<c>2026-09-23T15:00:00Z</c>), the v1 copy of the same row
/// (<c>2026-09-24T00:00:00+09:00</c>) and a list item land on the same day with the same time.
/// The rules and their reasons are also written down in docs/data-rules.md.
/// <list type="bullet">
/// <item>TV: New York midnight is a date-only placeholder for that New York date: <c>04:00Z</c>
/// while New York is on EDT, <c>05:00Z</c> always (Simkl's API writes a fixed <c>-05:00</c> all
/// year, so its midnight is <c>05:00Z</c> even in summer). US shows almost never start at
/// midnight; Simkl writes midnight when it knows the day but not the time. Everything else is a
/// real instant.</item>
/// <item>Anime episodes: always a real instant. Japanese late-night slots really start at
/// 24:00 JST (<c>15:00Z</c>), so JST midnight cannot be told from a placeholder and is kept as a
/// time; rows at New York midnight (<c>04:00Z</c>/<c>05:00Z</c>, 13:00/14:00 JST) are daytime
/// slots that v1 also writes with a time (<c>13:00+09:00</c>), so they stay timed too.</item>
/// <item>Anime rows without an episode (films in the anime file, premiere list items) are
/// releases: date-only, the Tokyo date of the instant.</item>
/// <item>Movies: always date-only, the New York date of the instant (Simkl's movie dates are
/// day placeholders); v1 rows prefer their <c>release_date</c>.</item>
/// <item>A text with no time at all is that date.</item>
/// </list>
/// </summary>
internal static class AiringDates
{
    private static readonly TimeSpan Tokyo = TimeSpan.FromHours(9);

    /// <summary>US Eastern: Simkl's US dates are New York dates.</summary>
    public static TimeZoneInfo NewYork { get; } = FindNewYork();

    /// <summary>
    /// The airing time of a row of <paramref name="kind"/> whatever file it came from (v1, v2 or a
    /// list); <paramref name="hasEpisode"/> is whether the row names an episode.
    /// </summary>
    public static AiringTime Read(WrittenDate d, MediaKind kind, bool hasEpisode)
    {
        if (!d.HasTime)
        {
            return AiringTime.On(d.Date);
        }

        var instant = d.Instant;
        return kind switch
        {
            MediaKind.Movie => AiringTime.On(NewYorkDate(instant)),
            MediaKind.Anime when !hasEpisode => AiringTime.On(DateOnly.FromDateTime(instant.UtcDateTime + Tokyo)),
            MediaKind.Anime => AiringTime.At(instant),
            _ => IsNewYorkMidnight(instant.UtcDateTime) ? AiringTime.On(DateOnly.FromDateTime(instant.UtcDateTime)) : AiringTime.At(instant),
        };
    }

    /// <summary>04:00Z while New York is on daylight time, or 05:00Z (EST, and Simkl's fixed -05:00).</summary>
    private static bool IsNewYorkMidnight(DateTime utc)
    {
        if (utc.Minute != 0 || utc.Second != 0 || utc.Millisecond != 0 || utc.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            return false;
        }

        return utc.Hour == 5 || (utc.Hour == 4 && NewYork.GetUtcOffset(utc) == TimeSpan.FromHours(-4));
    }

    public static DateOnly NewYorkDate(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return DateOnly.FromDateTime(utc + NewYork.GetUtcOffset(utc));
    }

    /// <summary>
    /// A title's release date from a timestamp: as written when it carries its own offset, else
    /// the calendar day where the kind is released (Tokyo for anime, New York otherwise).
    /// </summary>
    public static DateOnly ReleaseDay(WrittenDate d, MediaKind kind)
    {
        if (!d.HasTime || (d.Offset is { } o && o != TimeSpan.Zero))
        {
            return d.Date;
        }

        var instant = d.Instant;
        return kind == MediaKind.Anime
            ? DateOnly.FromDateTime(instant.UtcDateTime + Tokyo)
            : NewYorkDate(instant);
    }

    private static TimeZoneInfo FindNewYork()
    {
        foreach (var id in new[] { "America/New_York", "Eastern Standard Time" })
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
            }
        }

        // No zone database (e.g. Windows with invariant globalization): the US rule since 2007.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone("America/New_York", TimeSpan.FromHours(-5), "US Eastern", "EST", "EDT", [rule]);
    }
}
