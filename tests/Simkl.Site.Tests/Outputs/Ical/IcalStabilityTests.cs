using Ical.Net;
using Simkl.Site.Build;
using Simkl.Site.Model;
using Simkl.Site.Settings;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Outputs.FeedTestSite;

namespace Simkl.Site.Tests.Outputs.Ical;

/// <summary>
/// Byte-stable feeds across real builds that keep a schedule state: an .ics file changes only when
/// what it shows changes, never because a newer snapshot was captured.
/// </summary>
public sealed class IcalStabilityTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-ics-stable-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Output => Path.Combine(_root.FullName, "_site");

    private BuildResult Build(SiteCatalogue catalogue, bool keepState = true)
    {
        var input = Directory.CreateDirectory(Path.Combine(_root.FullName, "input"));
        Directory.CreateDirectory(Path.Combine(input.FullName, "pages"));
        return SiteBuilder.Build(new BuildOptions
        {
            Catalogue = catalogue,
            Settings = new SiteSettings { BaseUrl = BaseUrl, Title = "Test Cal", ClientId = "test-client" },
            InputDir = input.FullName,
            ThemeDir = Path.Combine(NodeScript.RepoRoot, "theme"),
            OutputDir = Output,
            StatePath = keepState ? Path.Combine(_root.FullName, "state", "schedule.json") : null,
            Generators = OutputGenerators.Default(),
        });
    }

    private Dictionary<string, byte[]> Feeds() =>
        Directory.EnumerateFiles(Path.Combine(Output, "ics"), "*.ics", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(Output, p).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private global::Ical.Net.CalendarComponents.CalendarEvent Event(string path, string key) =>
        Calendar.Load(File.ReadAllText(Path.Combine(Output, path)))!.Events.Single(e => e.Uid == $"{key}@cal.example.org");

    private static readonly DateTimeOffset Later = CapturedAt.AddHours(6);

    [Fact]
    public void A_newer_capture_of_the_same_data_leaves_every_ics_file_byte_identical()
    {
        Build(NewCatalogue(capturedAt: CapturedAt));
        var first = Feeds();

        Build(NewCatalogue(capturedAt: Later));
        var second = Feeds();

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(second[f.Key]), $"{f.Key} changed though its data did not"));
        Assert.Equal(CapturedAt.UtcDateTime, Event("ics/all.ics", "tv-9100123-s3e5").DtStamp!.AsUtc);
    }

    [Fact]
    public void A_moved_airing_gets_a_new_sequence_and_stamp_and_only_its_feeds_change()
    {
        Build(NewCatalogue(capturedAt: CapturedAt));
        var first = Feeds();

        var airings = Airings();
        var i = airings.FindIndex(a => a.Key == "tv-9100123-s3e5");
        airings[i] = airings[i] with { When = AiringTime.At(Utc(2026, 12, 6, 2, 0)) };
        Build(NewCatalogue(airings, capturedAt: Later));
        var second = Feeds();

        var moved = Event("ics/tv.ics", "tv-9100123-s3e5");
        Assert.Equal(1, moved.Sequence);
        Assert.Equal(Later.UtcDateTime, moved.DtStamp!.AsUtc);
        Assert.Equal(Later.UtcDateTime, moved.LastModified!.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 6, 2, 0, 0, DateTimeKind.Utc), moved.DtStart!.AsUtc);
        var still = Event("ics/tv.ics", "tv-9100123-s3e4");
        Assert.Equal(0, still.Sequence);
        Assert.Equal(CapturedAt.UtcDateTime, still.DtStamp!.AsUtc);

        string[] changed = [.. first.Keys.Where(k => !first[k].AsSpan().SequenceEqual(second[k])).Order(StringComparer.Ordinal)];
        Assert.Equal(["ics/all-allday.ics", "ics/all.ics", "ics/tv-allday.ics", "ics/tv.ics", "ics/tv/9100123-allday.ics", "ics/tv/9100123.ics"], changed);

        // Moved again later: the sequence counts every move.
        airings[i] = airings[i] with { When = AiringTime.At(Utc(2026, 12, 6, 3, 0)) };
        Build(NewCatalogue(airings, capturedAt: Later.AddHours(6)));
        Assert.Equal(2, Event("ics/tv.ics", "tv-9100123-s3e5").Sequence);
    }

    [Fact]
    public void A_new_episode_title_updates_the_stamp_but_not_the_sequence()
    {
        Build(NewCatalogue(capturedAt: CapturedAt));
        var airings = Airings();
        var i = airings.FindIndex(a => a.Key == "tv-9100123-s3e5");
        airings[i] = airings[i] with { EpisodeTitle = "Named at Last" };
        Build(NewCatalogue(airings, capturedAt: Later));

        var named = Event("ics/tv.ics", "tv-9100123-s3e5");
        Assert.Equal("Harbor Lights S03E05: Named at Last", named.Summary);
        Assert.Equal(0, named.Sequence);
        Assert.Equal(Later.UtcDateTime, named.DtStamp!.AsUtc);
    }

    [Fact]
    public void Without_a_state_file_events_are_stamped_with_the_capture_time()
    {
        Build(NewCatalogue(capturedAt: Later), keepState: false);
        Assert.Equal(Later.UtcDateTime, Event("ics/tv.ics", "tv-9100123-s3e5").DtStamp!.AsUtc);
    }
}
