using Simkl.Site.Model;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// One iCalendar feed before serialisation: where its two variants go, what it is called, the
/// site page it belongs to, and its airings in feed order.
/// </summary>
public sealed record IcalFeed(
    string TimedPath,
    string AllDayPath,
    string Name,
    string Description,
    string PagePath,
    IReadOnlyList<Airing> Airings);
