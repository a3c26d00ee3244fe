using Simkl.Site.Model;

namespace Simkl.Site.Tests.Model;

/// <summary>When "Mark watched" may be offered: the aired/future decision as data.</summary>
public sealed class AiredTests
{
    public static TheoryData<string, string, string, bool> Rows() => new()
    {
        // airing (instant or date), now, zone, aired
        { "2026-11-27T21:00:00Z", "2026-11-27T18:00:00Z", "UTC", false },              // the 21:00 episode at 18:00
        { "2026-11-27T21:00:00Z", "2026-11-27T20:59:59Z", "UTC", false },
        { "2026-11-27T21:00:00Z", "2026-11-27T21:00:00Z", "UTC", true },               // from its instant on
        { "2026-11-27T21:00:00Z", "2026-11-28T09:00:00Z", "Asia/Tokyo", true },       // the zone never matters for an instant
        { "2026-11-28", "2026-11-27T23:59:00Z", "UTC", false },                        // a future day
        { "2026-11-28", "2026-11-28T00:00:00Z", "UTC", true },                         // from the start of its day
        { "2026-11-28", "2026-11-27T16:00:00Z", "Asia/Tokyo", true },                  // already the 28th in Tokyo
        { "2026-11-28", "2026-11-28T07:00:00Z", "America/Los_Angeles", false },        // still the 27th in Los Angeles
        { "2026-11-20", "2026-11-27T12:00:00Z", "UTC", true },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Aired_by_the_instant_or_the_start_of_the_day(string when, string now, string zone, bool aired)
    {
        var time = when.Length == 10 ? AiringTime.On(DateOnly.Parse(when, System.Globalization.CultureInfo.InvariantCulture)) : AiringTime.At(DateTimeOffset.Parse(when, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(aired, Aired.By(time, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }
}
