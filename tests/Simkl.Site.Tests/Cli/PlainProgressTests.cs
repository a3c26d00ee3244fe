using Simkl.Site.Cli.Progress;

namespace Simkl.Site.Tests.Cli;

public sealed class PlainProgressTests
{
    /// <summary>A clock that moves only when told to.</summary>
    private sealed class ManualClock : TimeProvider
    {
        public long Ticks { get; set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Ticks;
    }

    [Fact]
    public void A_long_stage_reports_every_interval_and_once_at_its_end()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new PlainProgress(output, clock);

        using (var stage = progress.Begin("render pages", 10, "pages"))
        {
            stage.Advance(5);
            clock.Ticks += (PlainProgress.Interval + TimeSpan.FromSeconds(1)).Ticks;
            stage.Advance();
            stage.Advance();
            clock.Ticks += TimeSpan.FromSeconds(2).Ticks;
            stage.Advance(3);
        }

        Assert.Equal(
            ["render pages: 6 of 10 pages (1 pages/s)", "render pages: 10 pages in 8.00 s (1 pages/s)"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_stage_without_a_count_reports_its_time_and_a_count_that_grows_past_the_total_is_kept()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var progress = new PlainProgress(output, clock);

        using (progress.Begin("load snapshot"))
        {
            clock.Ticks += TimeSpan.FromMilliseconds(1500).Ticks;
        }

        using (var stage = progress.Begin("fetch sources", 2, "sources"))
        {
            stage.Advance(3);
            clock.Ticks += TimeSpan.FromSeconds(1).Ticks;
        }

        Assert.Equal(
            ["load snapshot: 1.50 s", "fetch sources: 3 sources in 1.00 s (3 sources/s)"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
