using Ical.Net;
using Simkl.Site.Outputs.Ical;
using static Simkl.Site.Tests.Outputs.FeedTestSite;

namespace Simkl.Site.Tests.Outputs;

/// <summary>
/// The iCalendar writer never overflows: the loader keeps dates inside 1900-2100, but a catalogue
/// made in code (or any future source) may still hand it the last representable day or instant.
/// </summary>
public sealed class IcalEdgeTests
{
    [Fact]
    public void The_last_representable_day_and_instant_serialise_in_both_variants()
    {
        var lastMinute = new DateTimeOffset(DateTime.MaxValue.Date.AddHours(23).AddMinutes(50), TimeSpan.Zero);
        var catalogue = NewCatalogue([.. Airings(), Tv(Harbor, 9, 9, lastMinute), Movie(Orbit, DateOnly.MaxValue)]);

        var files = Files(new BuildIcalFeeds(), Context(catalogue));

        var timed = Calendar.Load(files["ics/all.ics"].Text())!;
        var end = timed.Events.Single(e => e.Uid!.StartsWith("tv-9100123-s9e9", StringComparison.Ordinal)).DtEnd!;
        Assert.Equal(9999, end.Year);
        var allDay = Calendar.Load(files["ics/all-allday.ics"].Text())!;
        Assert.Equal(2, allDay.Events.Count(e => e.DtStart!.Year == 9999));
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(9, 50)]
    [InlineData(10, 50)]
    [InlineData(60, 600)]
    [InlineData(51, 50)]
    [InlineData(600, 50)]
    public void An_end_time_stops_at_the_last_representable_instant(int minutesBeforeMax, int runtime)
    {
        var start = DateTime.SpecifyKind(DateTime.MaxValue.AddMinutes(-minutesBeforeMax), DateTimeKind.Utc);

        var end = WriteIcalFeed.EndOf(start, runtime);

        Assert.True(end >= start);
        Assert.Equal(DateTimeKind.Utc, end.Kind);
        Assert.Equal(minutesBeforeMax > runtime ? start.AddMinutes(runtime) : DateTime.MaxValue, end);
    }
}
