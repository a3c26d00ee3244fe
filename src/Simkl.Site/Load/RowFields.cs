using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// The fields of an array row that <see cref="RowReader"/> reads the same way in every format:
/// the row's Simkl id, its <c>date</c> and its <c>episode</c>.
/// </summary>
internal struct RowFields
{
    /// <summary>The row's id: <c>simkl_id</c> in v2 rows, <c>ids.simkl_id</c> where rows carry title data.</summary>
    public long SimklId;

    /// <summary>The written date, or null (absent, null, unreadable or out of range).</summary>
    public WrittenDate? Date;

    /// <summary>The text of a date that could not be used (null when the field was absent or null).</summary>
    public string? BadDate;

    /// <summary>The date was written as JSON null.</summary>
    public bool DateNull;

    /// <summary>The date was valid but outside <see cref="DateBounds"/>.</summary>
    public bool DateOutOfRange;

    public EpisodeFields Episode;

    /// <summary>The episode has a number (after <see cref="EpisodeFields.Normalise"/>).</summary>
    public readonly bool HasEpisode => Episode.Number is not null;

    /// <summary>
    /// True when the row has a usable date; otherwise the row is dropped with the reason,
    /// <paramref name="context"/> (e.g. "no release_date and ") leading the message.
    /// </summary>
    public readonly bool HasUsableDate(ParseContext c, string context = "")
    {
        if (Date is not null)
        {
            return true;
        }

        if (DateOutOfRange)
        {
            c.Warnings.Drop(WarningCodes.RowDateOutOfRange, $"{c.Where}: {context}date {ParseContext.Quote(BadDate)} is outside {DateBounds.Text}");
        }
        else
        {
            c.Warnings.Drop(WarningCodes.RowBadDate, $"{c.Where}: {context}date {ParseContext.Quote(BadDate)} is not a timestamp");
        }

        return false;
    }

    /// <summary>
    /// A calendar row's timestamp: required (the row is dropped without one, see
    /// <see cref="HasUsableDate"/>); a time without an offset is read as UTC and counted.
    /// </summary>
    public readonly bool HasTimestamp(ParseContext c)
    {
        if (!HasUsableDate(c))
        {
            return false;
        }

        if (Date is { HasTime: true, Offset: null })
        {
            c.Repair(WarningCodes.DateNoOffset, "date");
        }

        return true;
    }
}
