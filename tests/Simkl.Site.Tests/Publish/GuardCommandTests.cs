using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Publish;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Publish.PublishingData;

namespace Simkl.Site.Tests.Publish;

/// <summary>`simkl-site guard` as CI runs it: exit codes and messages.</summary>
public sealed class GuardCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("simkl-guard-");

    public void Dispose() => _dir.Delete(recursive: true); // the manifest sits beside _site, inside _dir

    private string Site => Path.Combine(_dir.FullName, "_site");

    /// <summary>Writes a small site and its manifest with <paramref name="upcoming"/> airings.</summary>
    private void WriteBuild(KindCounts upcoming, DateTimeOffset now, SourceOutcome calendar = SourceOutcome.Fresh, DateTimeOffset? goodAt = null)
    {
        if (Directory.Exists(Site))
        {
            Directory.Delete(Site, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(Site, "calendar"));
        File.WriteAllText(Path.Combine(Site, "index.html"), "<!doctype html><title>home</title>");
        File.WriteAllText(Path.Combine(Site, "calendar", "index.html"), "<!doctype html><title>calendar</title>");
        var manifest = new BuildManifest
        {
            Now = now,
            CapturedAt = now,
            TimeZone = "UTC",
            WindowStart = DateOnly.FromDateTime(now.UtcDateTime),
            WindowEnd = DateOnly.FromDateTime(now.UtcDateTime).AddDays(14),
            Counts = new ManifestCounts { Upcoming = upcoming, Titles = new(1, 1, 1), Pages = 2, Files = 2, Bytes = 10 },
            Sources = [new ManifestSource { Id = "calendar-v2/tv", Type = SourceType.CalendarV2, Kind = MediaKind.Tv, Outcome = calendar, GoodAt = goodAt ?? now }],
            Files = CreateBuildManifest.HashFolder(Site),
        };
        File.WriteAllBytes(BuildManifest.PathFor(Site), CreateBuildManifest.Serialize(manifest).ToArray());
    }

    private Task<ToolRun> Guard(params string[] args) => SimklCli.RunAsync(_dir.FullName, ["guard", .. args]);

    [Fact]
    public async Task First_publish_passes_then_record_then_a_collapse_is_refused_unless_forced()
    {
        WriteBuild(new(100, 50, 10), Now);
        var first = await Guard("--check-outcome", "success");
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("first publish", first.Stdout);
        Assert.Contains("OK to publish", first.Stdout);

        var record = await Guard("--record");
        Assert.True(record.ExitCode == 0, record.Output);
        var published = Path.Combine(_dir.FullName, ".cache", "published", BuildManifest.FileName);
        Assert.Equal(File.ReadAllBytes(BuildManifest.PathFor(Site)), File.ReadAllBytes(published));

        WriteBuild(new(10, 5, 1), Now.AddHours(6));
        var refused = await Guard("--check-outcome", "success");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("REFUSED (drop): upcoming airings fell from 160 to 16", refused.Stderr);
        Assert.Contains("--force --reason", refused.Stderr);

        var noReason = await Guard("--check-outcome", "success", "--force");
        Assert.Equal(1, noReason.ExitCode);
        Assert.Contains("--reason", noReason.Stderr);

        var forced = await Guard("--check-outcome", "success", "--force", "--reason", "calendar trimmed on purpose");
        Assert.True(forced.ExitCode == 0, forced.Output);
        Assert.Contains("forced publish, reason: calendar trimmed on purpose", forced.Stdout);
    }

    [Fact]
    public async Task Json_prints_the_verdict_and_the_recording_as_one_document()
    {
        WriteBuild(new(100, 50, 10), Now);
        var first = await Guard("--check-outcome", "success", "--json");
        var record = await Guard("--record", "--json");
        WriteBuild(new(10, 5, 1), Now.AddHours(6));
        var refused = await Guard("--check-outcome", "success", "--json");

        Assert.True(first.ExitCode == 0, first.Output);
        using (var verdict = JsonDocument.Parse(first.Stdout))
        {
            Assert.True(verdict.RootElement.GetProperty("allowed").GetBoolean());
            Assert.Contains(verdict.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("first publish", StringComparison.Ordinal));
        }

        Assert.True(record.ExitCode == 0, record.Output);
        using (var recorded = JsonDocument.Parse(record.Stdout))
        {
            Assert.True(recorded.RootElement.GetProperty("recorded").GetBoolean());
            Assert.Equal(2, recorded.RootElement.GetProperty("files").GetInt32());
        }

        Assert.Equal(1, refused.ExitCode);
        using (var verdict = JsonDocument.Parse(refused.Stdout))
        {
            Assert.False(verdict.RootElement.GetProperty("allowed").GetBoolean());
            Assert.True(verdict.RootElement.GetProperty("forceable").GetBoolean());
            Assert.Contains(verdict.RootElement.GetProperty("refusals").EnumerateArray(), r => r.GetProperty("code").GetString() == "drop");
        }

        Assert.Contains("REFUSED (drop)", refused.Stderr); // people still read stderr
    }

    [Fact]
    public async Task A_failed_check_is_refused_even_when_forced()
    {
        WriteBuild(new(100, 50, 10), Now);
        var run = await Guard("--check-outcome", "failure", "--force", "--reason", "x");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("REFUSED (check-failed)", run.Stderr);
        Assert.Contains("--force does not override it", run.Stderr);

        var missing = await Guard();
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("REFUSED (check-missing)", missing.Stderr);
    }

    [Fact]
    public async Task Stale_calendars_are_refused_by_age_with_a_configurable_limit()
    {
        WriteBuild(new(100, 50, 10), Now, SourceOutcome.Stale, Now.AddHours(-30));
        var run = await Guard("--check-outcome", "success");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("REFUSED (stale)", run.Stderr);

        var relaxed = await Guard("--check-outcome", "success", "--max-stale", "2d");
        Assert.True(relaxed.ExitCode == 0, relaxed.Output);
    }

    [Fact]
    public async Task A_tampered_site_folder_is_refused()
    {
        WriteBuild(new(100, 50, 10), Now);
        File.WriteAllText(Path.Combine(Site, "index.html"), "half-written");
        var run = await Guard("--check-outcome", "success");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("index.html differs", run.Stderr);
    }

    [Fact]
    public async Task Bad_options_and_missing_manifest_are_clear_errors()
    {
        var noManifest = await Guard("--check-outcome", "success");
        Assert.Equal(2, noManifest.ExitCode);
        Assert.Contains("No build manifest", noManifest.Stderr);

        WriteBuild(new(100, 50, 10), Now);
        Assert.NotEqual(0, (await Guard("--nope")).ExitCode);
        var badStale = await Guard("--max-stale", "soon", "--check-outcome", "success");
        Assert.NotEqual(0, badStale.ExitCode);
        Assert.Contains("not a duration", badStale.Output);
        var badDrop = await Guard("--max-drop", "1.5", "--check-outcome", "success");
        Assert.NotEqual(0, badDrop.ExitCode);
        Assert.Contains("--max-drop must be between 0 and 1", badDrop.Output);
        Assert.NotEqual(0, (await Guard("--check-outcome", "maybe")).ExitCode);
    }
}
