using System.Runtime.CompilerServices;
using Simkl.Site.Model;
using Simkl.Site.Load;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// The bundled sample (input/data/sample) loads with the expected counts. The numbers were
/// cross-checked by an independent re-implementation of the merge rules over the raw files
/// (all 368 airing keys and times and all 67 titles agreed); the spot checks are the quirks the
/// sample's README promises.
/// </summary>
public class SampleLoadTests
{
    private static string RepoRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    private static readonly SiteCatalogue Sample = LoadCatalogue.FromSnapshot(Path.Combine(RepoRoot(), "input", "data", "sample"));

    [Fact]
    public void Counts_per_kind()
    {
        var utc = TimeZoneInfo.Utc;
        var stats = CatalogueStats.Compute(Sample, utc);
        Assert.Equal(37, stats.Titles[MediaKind.Tv]);
        Assert.Equal(16, stats.Titles[MediaKind.Anime]);
        Assert.Equal(14, stats.Titles[MediaKind.Movie]);
        Assert.Equal(new AiringCounts(239, 230, 9), stats.Airings[MediaKind.Tv]);
        Assert.Equal(new AiringCounts(117, 116, 1), stats.Airings[MediaKind.Anime]); // the episode-less anime film is a date
        Assert.Equal(new AiringCounts(12, 0, 12), stats.Airings[MediaKind.Movie]);
        Assert.Equal(19, Sample.Lists.Count);
        Assert.Equal(new DateOnly(2026, 10, 1), stats.FirstDay);
    }

    [Fact]
    public void Nothing_is_dropped_only_repaired()
    {
        var dropCodes = new[]
        {
            WarningCodes.MalformedJson, WarningCodes.WrongShape, WarningCodes.FileMissing, WarningCodes.RowBadShape, WarningCodes.RowNoId,
            WarningCodes.RowNoTitle, WarningCodes.RowBadDate, WarningCodes.MetadataBadShape, WarningCodes.NoTitleData, WarningCodes.DuplicateAiring,
        };
        Assert.DoesNotContain(Sample.Warnings, w => dropCodes.Contains(w.Code));
        Assert.Equal(126, Sample.Warnings.Sum(w => w.Count));
    }

    [Fact]
    public void The_rolling_file_wins_for_the_rescheduled_episode()
    {
        var a = Assert.Single(Sample.Airings, a => a.Key == "tv-9100115-s2e11");
        Assert.Equal("2026-12-14T02:00:00Z", a.When.MachineValue);
        Assert.Equal("data/calendar/v2/tv.json", a.SourceFile);
    }

    [Fact]
    public void Rows_without_v2_metadata_are_kept_because_v1_knows_the_title()
    {
        Assert.Equal(8, Sample.Airings.Count(a => a.SimklId == 9100114));
        Assert.Equal("Ghost Signal", Sample.FindTitle(MediaKind.Tv, 9100114)!.Name);
        Assert.Equal(14, Sample.Warnings.Where(w => w.Code == WarningCodes.MetadataMissing).Sum(w => w.Count));
    }

    [Fact]
    public void A_script_episode_url_is_not_kept_and_the_binge_drop_is_eight_airings()
    {
        Assert.Null(Assert.Single(Sample.Airings, a => a.Key == "tv-9100124-s3e5").EpisodeUrl);
        Assert.Equal(8, Sample.Airings.Count(a => a.SimklId == 9100106 && a.When.MachineValue == "2026-12-04T08:00:00Z"));
        Assert.All(Sample.Airings, a => Assert.True(a.EpisodeUrl is null || a.EpisodeUrl.StartsWith("https://simkl.com/", StringComparison.Ordinal)));
        Assert.All(Sample.Titles.Values, t => Assert.StartsWith("https://simkl.com/", t.SimklUrl, StringComparison.Ordinal));
    }
}
