using Simkl.Site.Model;
using Simkl.Site.Publish;
using Simkl.Site.Snapshots;
using static Simkl.Site.Tests.Publish.PublishingData;

namespace Simkl.Site.Tests.Publish;

public class PublishGuardTests
{
    private static ManifestSource Calendar(string id, SourceOutcome outcome, DateTimeOffset? goodAt) => new()
    {
        Id = id,
        Type = SourceType.CalendarV2,
        Kind = MediaKind.Tv,
        Outcome = outcome,
        GoodAt = goodAt,
    };

    private static BuildManifest Manifest(KindCounts upcoming, DateTimeOffset now, params ManifestSource[] sources) => new()
    {
        Now = now,
        CapturedAt = now,
        TimeZone = "UTC",
        WindowStart = DateOnly.FromDateTime(now.UtcDateTime),
        WindowEnd = DateOnly.FromDateTime(now.UtcDateTime).AddDays(14),
        Counts = new ManifestCounts { Upcoming = upcoming, Titles = new(10, 10, 10), Pages = 50, Files = 80, Bytes = 1000 },
        Sources = sources.Length > 0 ? sources : [Calendar("calendar-v2/tv", SourceOutcome.Fresh, now)],
    };

    private static readonly BuildManifest Published = Manifest(new(100, 60, 10), Now.AddHours(-6));

    private static GuardVerdict Evaluate(BuildManifest current, BuildManifest? published = null, CheckStatus check = CheckStatus.Passed, GuardOptions? options = null) =>
        PublishGuard.Evaluate(current, published, check, options ?? new GuardOptions());

    [Fact]
    public void Passes_a_normal_build()
    {
        var v = Evaluate(Manifest(new(95, 58, 12), Now), Published);
        Assert.True(v.Allowed);
        Assert.Empty(v.Refusals);
        Assert.Contains(v.Notes, n => n.Contains("170 published, 165 now", StringComparison.Ordinal));
    }

    [Fact]
    public void First_publish_passes_with_a_note()
    {
        var v = Evaluate(Manifest(new(5, 0, 0), Now), published: null);
        Assert.True(v.Allowed);
        Assert.Contains(v.Notes, n => n.StartsWith("first publish", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_when_upcoming_airings_fell_by_more_than_max_drop()
    {
        // Each big kind fell by exactly half (not more), the total by 53%.
        var v = Evaluate(Manifest(new(50, 30, 0), Now), Published);
        Assert.False(v.Allowed);
        var r = Assert.Single(v.Refusals);
        Assert.Equal("drop", r.Code);
        Assert.Equal("upcoming airings fell from 170 to 80 (-53%), more than --max-drop 50%.", r.Message);
        Assert.True(r.Overridable);

        Assert.True(Evaluate(Manifest(new(50, 30, 0), Now), Published, options: new GuardOptions { MaxDrop = 0.6 }).Allowed);
    }

    [Fact]
    public void Refuses_when_one_big_kind_collapsed_even_if_the_total_held_up()
    {
        var v = Evaluate(Manifest(new(100, 5, 10), Now), Published);
        var r = Assert.Single(v.Refusals);
        Assert.Contains("upcoming Anime airings fell from 60 to 5", r.Message);
    }

    [Fact]
    public void A_small_kind_is_only_counted_in_the_total()
    {
        // Movies had 10 (< 20): 10 -> 0 alone is not a refusal.
        Assert.True(Evaluate(Manifest(new(100, 60, 0), Now), Published).Allowed);
    }

    [Fact]
    public void Refuses_when_every_calendar_source_is_stale_for_too_long()
    {
        var current = Manifest(new(100, 60, 10), Now,
            Calendar("calendar-v2/tv", SourceOutcome.Stale, Now.AddHours(-30)),
            Calendar("calendar-v2/anime", SourceOutcome.Stale, Now.AddHours(-26)),
            Calendar("calendar-v2/2026-12/tv", SourceOutcome.Missing, null));
        var v = Evaluate(current, Published);
        var r = Assert.Single(v.Refusals);
        Assert.Equal("stale", r.Code);
        Assert.Contains("26h old", r.Message);
        Assert.Contains("--max-stale 24h", r.Message);

        Assert.True(Evaluate(current, Published, options: new GuardOptions { MaxStale = TimeSpan.FromHours(27) }).Allowed);
    }

    [Fact]
    public void Stale_but_recent_or_partly_fresh_calendars_pass()
    {
        var recent = Manifest(new(100, 60, 10), Now, Calendar("calendar-v2/tv", SourceOutcome.Stale, Now.AddHours(-7)));
        Assert.True(Evaluate(recent, Published).Allowed);

        var partly = Manifest(new(100, 60, 10), Now,
            Calendar("calendar-v2/tv", SourceOutcome.Stale, Now.AddDays(-9)),
            Calendar("calendar-v2/anime", SourceOutcome.NotModified, Now));
        var v = Evaluate(partly, Published);
        Assert.True(v.Allowed);
        Assert.Contains(v.Notes, n => n.Contains("1 of 2 calendar sources are stale", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_when_no_calendar_source_ever_had_data()
    {
        var current = Manifest(new(0, 0, 0), Now, Calendar("calendar-v2/tv", SourceOutcome.Missing, null));
        var v = Evaluate(current, published: null);
        Assert.Equal("stale", Assert.Single(v.Refusals).Code);
    }

    [Fact]
    public void Refuses_a_failed_or_missing_check_and_force_does_not_override_it()
    {
        var current = Manifest(new(100, 60, 10), Now);
        var failed = Evaluate(current, Published, CheckStatus.Failed, new GuardOptions { Force = true, Reason = "testing" });
        Assert.False(failed.Allowed);
        Assert.Equal("check-failed", Assert.Single(failed.Refusals).Code);

        var notRun = Evaluate(current, Published, CheckStatus.NotRun);
        Assert.Equal("check-missing", Assert.Single(notRun.Refusals).Code);
    }

    [Fact]
    public void Force_with_a_reason_overrides_drop_and_staleness_and_says_so()
    {
        var current = Manifest(new(1, 0, 0), Now, Calendar("calendar-v2/tv", SourceOutcome.Stale, Now.AddDays(-3)));
        Assert.False(Evaluate(current, Published).Allowed);

        var v = Evaluate(current, Published, options: new GuardOptions { Force = true, Reason = "Simkl retired the anime calendar" });
        Assert.True(v.Allowed);
        Assert.Empty(v.Refusals);
        Assert.Contains(v.Notes, n => n.StartsWith("overridden by --force: upcoming airings fell", StringComparison.Ordinal));
        Assert.Contains(v.Notes, n => n.StartsWith("overridden by --force: every calendar source is stale", StringComparison.Ordinal));
        Assert.Contains("forced publish, reason: Simkl retired the anime calendar", v.Notes);
    }

    [Fact]
    public void Force_without_a_reason_is_an_error()
    {
        var e = Assert.Throws<SiteException>(() => Evaluate(Manifest(new(1, 0, 0), Now), Published, options: new GuardOptions { Force = true, Reason = "  " }));
        Assert.Contains("--reason", e.Message);
    }

    [Fact]
    public void Refuses_sample_data_over_a_real_site_and_an_older_build()
    {
        var sample = Manifest(new(100, 60, 10), Now) with { Synthetic = true };
        Assert.Equal("synthetic", Assert.Single(Evaluate(sample, Published).Refusals).Code);

        var older = Manifest(new(100, 60, 10), Published.Now.AddHours(-1));
        Assert.Equal("older", Assert.Single(Evaluate(older, Published).Refusals).Code);
    }

    [Fact]
    public void A_site_folder_that_does_not_match_its_manifest_is_refused()
    {
        var v = PublishGuard.Evaluate(Manifest(new(100, 60, 10), Now), Published, CheckStatus.Passed,
            new GuardOptions { Force = true, Reason = "x" }, ["index.html differs"]);
        Assert.False(v.Allowed);
        Assert.Contains("index.html differs", Assert.Single(v.Refusals).Message);
    }
}
