namespace Simkl.Site.Model;

/// <summary>
/// Whether an airing has aired as of an instant: the rule behind "Mark watched", which Simkl only
/// accepts for what has aired. A timed airing has aired from its instant on; a date-only one from
/// the start of its date in the zone the page is read in (the build's zone for static HTML, the
/// visitor's in the script, which applies the same rule to <c>data-aired-at</c> / <c>data-aired-on</c>).
/// </summary>
public static class Aired
{
    public static bool By(AiringTime when, DateTimeOffset now, TimeZoneInfo zone) =>
        when.Instant is { } instant
            ? instant <= now
            : when.Date!.Value <= DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
}
