namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// The calendar-level texts of one feed variant, before serialisation (raw data text: each writer
/// escapes it). The same values go to the own writer and, in tests, to Ical.Net.
/// </summary>
public sealed record IcalCalendarInfo(string Name, string Description, string PageUrl, string SourceUrl);

/// <summary>A DTSTART/DTEND value: a UTC instant, or a date (all-day).</summary>
public readonly record struct IcalTime(DateTime? Utc, DateOnly Date)
{
    public static IcalTime At(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), default);

    public static IcalTime On(DateOnly date) => new(null, date);

    public bool IsDate => Utc is null;
}

/// <summary>
/// One VEVENT before serialisation. <see cref="Stamp"/> is both DTSTAMP and LAST-MODIFIED: when
/// the event's content last changed (see <see cref="Model.AiringRevision"/>), never the build time.
/// </summary>
public sealed record IcalEvent
{
    public required string Uid { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required IcalTime Start { get; init; }
    public required IcalTime End { get; init; }
    public required DateTime Stamp { get; init; }
    public required int Sequence { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
}
