namespace Simkl.Site.Model;

/// <summary>
/// The dates the site deals in: 1900-01-01 to 2100-12-31. Nothing Simkl schedules lies outside,
/// so a date beyond them is a data error; keeping every date (and "now") inside leaves room for
/// all later arithmetic (time zones, month grids, feed windows, iCalendar end times) to never
/// reach <see cref="DateTime.MinValue"/> or <see cref="DateTime.MaxValue"/>. The loader checks the
/// date as written; the instant or release day taken from it may fall up to a day outside.
/// </summary>
public static class DateBounds
{
    public static readonly DateOnly First = new(1900, 1, 1);
    public static readonly DateOnly Last = new(2100, 12, 31);

    /// <summary>How the range reads in messages.</summary>
    public const string Text = "1900-01-01 to 2100-12-31";

    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <summary>
    /// Inside the range or one day beyond it: where the UTC instant or zoned day of an in-range
    /// written date can land (offsets reach 14 hours).
    /// </summary>
    public static bool Near(DateOnly date) => date >= First.AddDays(-1) && date <= Last.AddDays(1);

    /// <summary>True when the instant's UTC date is inside the range.</summary>
    public static bool Contains(DateTimeOffset instant) => Contains(DateOnly.FromDateTime(instant.UtcDateTime));
}
