using System.Text.Json.Nodes;
using Simkl.Site.Build;
using Simkl.Site.Check;
using Simkl.Site.Load;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.Load;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// End to end: the bundled sample with absurd rows added (dates in year 1 and 9999, huge numbers,
/// a 300 KB network), or with its list and v1 files replaced by fuzzed ones, still builds, and
/// the site passes <c>check</c>. The absurd values show up as counted warnings.
/// </summary>
public sealed class AbsurdSnapshotBuildTests : IDisposable
{
    private const string BaseUrl = "https://cal.example.org";

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-absurd-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Snapshot => Path.Combine(_root.FullName, "snapshot");

    private string Output => Path.Combine(_root.FullName, "_site");

    [Fact]
    public async Task A_snapshot_with_absurd_rows_builds_and_passes_the_checks()
    {
        CopySample();
        Append("data/calendar/v2/tv.json", "calendar", [
            Row(9100101, "9999-12-31T20:00:00Z", 3, 90),
            Row(9100101, "9999-12-31", 3, 91),
            Row(9100101, "0001-01-01T00:00:00Z", 3, 92),
            Row(9100101, "0001-01-01T00:00:00+14:00", 3, 93),
            Row(9100101, "2100-12-31T23:59:59-14:00", 3, 94),
            Row(9100101, "1900-01-01T00:00:00+14:00", 3, 95),
            Row(9100101, "2026-11-28T01:00:00Z", -4, 2147483647),
            Row(9100101, "2026-11-28T02:00:00Z", 2147483647, 96),
        ]);
        var meta = (JsonObject)Edit("data/calendar/v2/tv.json")["metadata"]!;
        var first = (JsonObject)meta.First().Value!;
        first["network"] = new string('N', 300_000);
        first["runtime"] = 2147483647;
        first["rank"] = 2147483647;
        first["ratings"] = new JsonObject { ["simkl"] = new JsonObject { ["rating"] = 1e300, ["votes"] = -5 } };
        Save("data/calendar/v2/tv.json", meta.Root);
        Append("data/calendar/movie_release.json", null, [
            new JsonObject { ["title"] = "Far Future", ["date"] = "9999-12-31T00:00:00-05:00", ["release_date"] = "12/31/9999", ["ids"] = new JsonObject { ["simkl_id"] = 9500999 } },
        ]);
        Append("api/tv/airing/today.json", null, [
            new JsonObject { ["title"] = "Forever", ["date"] = "0001-01-01T00:00:00+14:00", ["ids"] = new JsonObject { ["simkl_id"] = 9100101 }, ["episode"] = new JsonObject { ["season"] = -1, ["episode"] = 1e300 } },
        ]);

        var result = Build();

        var catalogue = LoadCatalogue.FromSnapshot(Snapshot);
        var counts = Simkl.Site.Model.LoadWarnings.CountByCode(catalogue.Warnings);
        Assert.Equal(5, counts[WarningCodes.RowDateOutOfRange]);
        Assert.Equal(2, counts[WarningCodes.DateOutOfRange]);
        Assert.True(counts[WarningCodes.TextTooLong] >= 1);
        Assert.True(counts[WarningCodes.ValueOutOfRange] >= 2);
        Assert.Equal(catalogue.Warnings.Count, result.Warnings);
        Assert.Contains(catalogue.Airings, a => a.When.MachineValue == "2101-01-01T13:59:59Z");
        await AssertChecksPass();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_snapshot_with_fuzzed_list_and_v1_files_builds_and_passes_the_checks(int seed)
    {
        CopySample();
        var fuzz = new FuzzJson(seed, hugeLength: 5_000);
        var manifest = SnapshotJson.ReadManifest(Snapshot);
        foreach (var source in manifest.Sources.Where(s => s.Path is not null && s.Type != SourceType.CalendarV2))
        {
            File.WriteAllText(Path.Combine(Snapshot, source.Path!), fuzz.Document(source.Type));
        }

        Build();

        await AssertChecksPass();
    }

    [Theory]
    [InlineData("9999-12-31T23:00:00+00:00")]
    [InlineData("0001-01-01T00:00:00+00:00")]
    public void A_capture_time_outside_the_range_is_one_clear_error(string capturedAt)
    {
        CopySample();
        var manifest = Edit(SnapshotManifest.FileName);
        manifest["capturedAt"] = capturedAt;
        Save(SnapshotManifest.FileName, manifest);

        var error = Assert.Throws<SiteException>(() => Build());

        Assert.Contains("capturedAt", error.Message, StringComparison.Ordinal);
        Assert.Contains("outside 1900-01-01 to 2100-12-31; give --now", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31")]
    public void A_state_file_with_an_absurd_date_restarts_change_tracking(string when)
    {
        CopySample();
        Build();
        var state = JsonNode.Parse(File.ReadAllText(StatePath))!;
        state["airings"]![0]!["when"] = when;
        File.WriteAllText(StatePath, state.ToJsonString());

        var result = Build();

        Assert.True(result.FirstChangeBuild);
        Assert.Contains("outside 1900-01-01 to 2100-12-31", result.ChangeRestartReason, StringComparison.Ordinal);
    }

    private string StatePath => Path.Combine(_root.FullName, "state", "schedule.json");

    private BuildResult Build()
    {
        var input = Directory.CreateDirectory(Path.Combine(_root.FullName, "input"));
        Directory.CreateDirectory(Path.Combine(input.FullName, "pages"));
        return SiteBuilder.Build(new BuildOptions
        {
            DataDir = Snapshot,
            Settings = new Settings.SiteSettings { BaseUrl = BaseUrl, Title = "Absurd Calendar" },
            InputDir = input.FullName,
            ThemeDir = TestSite.ThemeDir,
            OutputDir = Output,
            StatePath = StatePath,
            Generators = OutputGenerators.Default(),
        });
    }

    private async Task AssertChecksPass()
    {
        var report = await SiteChecker.CheckAsync(Output, new Uri(BaseUrl));
        Assert.True(report.Ok, string.Join("\n", report.Problems.Take(20)));
    }

    private void CopySample()
    {
        var sample = Path.Combine(TestSite.RepoRoot, "input", "data", "sample");
        foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Snapshot, Path.GetRelativePath(sample, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static JsonObject Row(long id, string date, int season, long episode) => new()
    {
        ["simkl_id"] = id,
        ["date"] = date,
        ["episode"] = new JsonObject { ["season"] = season, ["episode"] = episode },
    };

    private JsonNode Edit(string path) => JsonNode.Parse(File.ReadAllText(Path.Combine(Snapshot, path)))!;

    private void Save(string path, JsonNode root) => File.WriteAllText(Path.Combine(Snapshot, path), root.ToJsonString());

    /// <summary>Appends rows to the array at <paramref name="property"/> (or the top-level array).</summary>
    private void Append(string path, string? property, JsonObject[] rows)
    {
        var root = Edit(path);
        var array = (JsonArray)(property is null ? root : root[property]!);
        foreach (var row in rows)
        {
            array.Add(row);
        }

        Save(path, root);
    }
}
