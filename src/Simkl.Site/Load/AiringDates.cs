using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// The date-only rules (docs/data-rules.md), in one place:
/// <list type="bullet">
/// <item>v1 and list timestamps carry a local offset; local 00:00 means "a date, no time" and keeps
/// the written local date.</item>
/// <item>v2 timestamps are UTC; a TV row whose America/New_York wall time is exactly 00:00
/// (<c>04:00Z</c> in summer, <c>05:00Z</c> in winter) is a date-only placeholder for that New York
/// date. Anime rows stay real instants: Japanese broadcasts really do start at those times.</item>
/// <item>Movies are always date-only: v1 <c>release_date</c> (else the local date of <c>date</c>),
/// v2 the New York calendar day of <c>date</c>.</item>
/// </list>
/// </summary>
internal static class AiringDates
{
    private static readonly TimeSpan Tokyo = TimeSpan.FromHours(9);

    /// <summary>US Eastern: Simkl's US dates are New York dates.</summary>
    public static TimeZoneInfo NewYork { get; } = FindNewYork();

    /// <summary>A v1 calendar or list timestamp: local midnight becomes that local date.</summary>
    public static AiringTime FromLocal(WrittenDate d) =>
        !d.HasTime || d.IsLocalMidnight ? AiringTime.On(d.Date) : AiringTime.At(d.Instant);

    /// <summary>A v2 calendar timestamp (UTC) for a row of <paramref name="kind"/>.</summary>
    public static AiringTime FromV2(WrittenDate d, MediaKind kind)
    {
        if (!d.HasTime)
        {
            return AiringTime.On(d.Date);
        }

        var instant = d.Instant;
        switch (kind)
        {
            case MediaKind.Movie:
                return AiringTime.On(NewYorkDate(instant));
            case MediaKind.Tv:
                // Only whole hours 04:00/05:00 UTC can be New York midnight; skip the zone lookup otherwise.
                var utc = instant.UtcDateTime;
                if (utc.Minute == 0 && utc.Second == 0 && utc.Millisecond == 0 && utc.Hour is 4 or 5)
                {
                    var local = utc + NewYork.GetUtcOffset(utc);
                    if (local.TimeOfDay == TimeSpan.Zero)
                    {
                        return AiringTime.On(DateOnly.FromDateTime(local));
                    }
                }

                return AiringTime.At(instant);
            default:
                return AiringTime.At(instant);
        }
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
