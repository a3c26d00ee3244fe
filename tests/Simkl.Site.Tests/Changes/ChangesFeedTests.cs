using System.Xml.Linq;
using Simkl.Site.Model;
using Simkl.Site.Changes;
using Simkl.Site.Tests.Publish;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Publish.PublishingData;

namespace Simkl.Site.Tests.Changes;

public class ChangesFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Hostile = "\"><img src=x onerror=alert(1)> <script>x</script> שלום 🎬 \u0001";

    private static (ScheduleChangeResult First, ScheduleChangeResult Second) Builds(string name = "Show A")
    {
        var titles = new[] { Title(MediaKind.Tv, 1, name) };
        var first = DetectScheduleChanges.Run(null,
            Cat(titles, [Episode(MediaKind.Tv, 1, 2, 5, new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero))]),
            Now, TimeZoneInfo.Utc, 14);
        var second = DetectScheduleChanges.Run(first.State,
            Cat(titles, [Episode(MediaKind.Tv, 1, 2, 5, new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero))], Snapshot(Now.AddHours(6))),
            Now.AddHours(6), TimeZoneInfo.Utc, 14);
        return (first, second);
    }

    private static XDocument Feed(ScheduleState state) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(ChangesFeed.Write(state, "Simkl.Site", "https://example.org", TimeZoneInfo.Utc)));

    [Fact]
    public void Entry_carries_previous_and_new_dates_and_a_stable_id()
    {
        var (_, second) = Builds();
        var feed = Feed(second.State);
        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"));
        var change = Assert.Single(second.NewChanges);

        Assert.Equal(change.AtomId, entry.Element(Atom + "id")!.Value);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", change.AtomId);
        Assert.Equal("Moved: Show A S02E05 from Tue 1 Dec 2026, 01:00 UTC to Thu 3 Dec 2026, 01:00 UTC", entry.Element(Atom + "title")!.Value);
        var summary = entry.Element(Atom + "summary")!.Value;
        Assert.Contains("Previous: Tue 1 Dec 2026, 01:00 UTC (2026-12-01T01:00:00Z)", summary);
        Assert.Contains("New: Thu 3 Dec 2026, 01:00 UTC (2026-12-03T01:00:00Z)", summary);
        Assert.Equal("2026-11-27T18:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("https://example.org/tv/1/show-a/", entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Contains(entry.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "moved-date");
        Assert.Equal("https://example.org/changes.xml", feed.Root.Element(Atom + "id")!.Value);
        Assert.Equal("2026-11-27T18:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Later_builds_keep_the_entry_with_the_same_id_and_bytes_do_not_change_without_news()
    {
        var (_, second) = Builds();
        var third = DetectScheduleChanges.Run(second.State,
            Cat([Title(MediaKind.Tv, 1, "Show A")], [Episode(MediaKind.Tv, 1, 2, 5, new DateTimeOffset(2026, 12, 3, 1, 0, 0, TimeSpan.Zero))], Snapshot(Now.AddHours(12))),
            Now.AddHours(12), TimeZoneInfo.Utc, 14);
        Assert.Empty(third.NewChanges);
        var before = ChangesFeed.Write(second.State, "Simkl.Site", "https://example.org", TimeZoneInfo.Utc);
        var after = ChangesFeed.Write(third.State, "Simkl.Site", "https://example.org", TimeZoneInfo.Utc);
        Assert.Equal(before, after);
    }

    [Fact]
    public void First_build_feed_is_valid_and_empty()
    {
        var (first, _) = Builds();
        var feed = Feed(first.State);
        Assert.Empty(feed.Root!.Elements(Atom + "entry"));
        Assert.Equal("2026-11-27T12:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Hostile_titles_stay_text()
    {
        var (_, second) = Builds(Hostile);
        var bytes = ChangesFeed.Write(second.State, "Site <&> \"x\"", "https://example.org", TimeZoneInfo.Utc);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("<img", text);
        Assert.DoesNotContain("<script>", text);
        var feed = XDocument.Parse(text);
        var title = feed.Root!.Element(Atom + "entry")!.Element(Atom + "title")!.Value;
        Assert.Contains("\"><img src=x onerror=alert(1)> <script>x</script> שלום 🎬 ", title);
        Assert.DoesNotContain("\u0001", title);
        Assert.Equal("Site <&> \"x\": schedule changes", feed.Root.Element(Atom + "title")!.Value);
    }

    [Fact]
    public void Page_model_groups_by_build_and_says_when_tracking_started()
    {
        var (first, second) = Builds();
        var firstPage = ChangesPage.From(first, TimeZoneInfo.Utc);
        Assert.True(firstPage.FirstBuild);
        Assert.Empty(firstPage.Groups);
        Assert.Equal("2026-11-27T12:00:00Z", firstPage.TrackingSince);

        var page = ChangesPage.From(second, TimeZoneInfo.Utc);
        Assert.False(page.FirstBuild);
        var group = Assert.Single(page.Groups);
        Assert.Equal("2026-11-27T18:00:00Z", group.DetectedAt);
        var entry = Assert.Single(group.Entries);
        Assert.Equal("moved-date", entry.Type);
        Assert.Equal("tv", entry.Kind);
        Assert.Equal("2026-12-01T01:00:00Z", entry.PreviousWhen);
        Assert.Equal("2026-12-03T01:00:00Z", entry.NewWhen);
        Assert.Equal("Thu 3 Dec 2026, 01:00 UTC", entry.NewText);
        Assert.Equal("c-" + second.NewChanges[0].Id, entry.Anchor);
    }
}
