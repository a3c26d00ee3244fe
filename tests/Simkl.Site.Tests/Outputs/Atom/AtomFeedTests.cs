using System.Xml;
using System.Xml.Linq;
using Simkl.Site.Model;
using Simkl.Site.Outputs.Atom;
using Simkl.Site.Index;
using Simkl.Site.Outputs;
using static Simkl.Site.Tests.Outputs.FeedTestSite;

namespace Simkl.Site.Tests.Outputs.Atom;

public sealed class AtomFeedTests
{
    private static readonly XNamespace A = "http://www.w3.org/2005/Atom";

    private static OutputFile Build(BuildContext? context = null) =>
        Files(new BuildAtomFeed(), context ?? Context())["feed.xml"];

    private static XDocument Parse(OutputFile file)
    {
        // A strict reader: no DTDs, XML 1.0 characters only.
        using var stream = new MemoryStream(file.Content.ToArray());
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CheckCharacters = true });
        return XDocument.Load(reader);
    }

    private static List<XElement> Entries(XDocument doc) => [.. doc.Root!.Elements(A + "entry")];

    [Fact]
    public void Is_a_valid_atom_feed_with_required_elements()
    {
        var doc = Parse(Build());
        var feed = doc.Root!;
        Assert.Equal(A + "feed", feed.Name);
        Assert.Equal("tag:cal.example.org,2026:feed", feed.Element(A + "id")!.Value);
        Assert.Equal("Test Cal: premieres and finales", feed.Element(A + "title")!.Value);
        Assert.Equal("2026-11-27T12:00:00Z", feed.Element(A + "updated")!.Value);
        Assert.Equal("Test Cal", feed.Element(A + "author")!.Element(A + "name")!.Value);
        var links = feed.Elements(A + "link").ToDictionary(l => (string)l.Attribute("rel")!, l => (string)l.Attribute("href")!);
        Assert.Equal("https://cal.example.org/feed.xml", links["self"]);
        Assert.Equal("https://cal.example.org/premieres/", links["alternate"]);
        Assert.Equal("application/atom+xml", (string)feed.Elements(A + "link").Single(l => (string)l.Attribute("rel")! == "self").Attribute("type")!);

        foreach (var entry in Entries(doc))
        {
            Assert.StartsWith("tag:cal.example.org,2026:", entry.Element(A + "id")!.Value, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(A + "title")!.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(A + "updated")!.Value, out _));
            Assert.StartsWith("https://cal.example.org/", (string)entry.Elements(A + "link").Single(l => (string)l.Attribute("rel")! == "alternate").Attribute("href")!, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(A + "summary")!.Value));
        }

        Assert.Equal(Entries(doc).Count, Entries(doc).Select(e => e.Element(A + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void Holds_upcoming_premieres_and_new_finales_once_each()
    {
        var doc = Parse(Build());
        var ids = Entries(doc).Select(e => e.Element(A + "id")!.Value["tag:cal.example.org,2026:".Length..]).ToList();
        // Oct's mid-season finale is older than a week: left out. New Anime is in the calendar and
        // in a premiere list: one entry. Idle Show is only in the premiere list.
        Assert.Equal(["tv-9100200-s1e1", "tv-9100123-s3e4", "anime-9300777-s0e1", "tv-9100999-s1e1"], ids);

        var finale = Entries(doc)[1];
        Assert.Equal("Season finale: Harbor Lights S03E04: The Tide", finale.Element(A + "title")!.Value);
        Assert.Equal("https://cal.example.org/tv/9100123/harbor-lights/", (string)finale.Elements(A + "link").First().Attribute("href")!);
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-4/", (string)finale.Elements(A + "link").Last().Attribute("href")!);
        Assert.Equal(["finale", "tv"], finale.Elements(A + "category").Select(c => (string)c.Attribute("term")!));
        Assert.Equal("Season finale of Harbor Lights (TV, Northwind TV): Saturday, 28 November 2026, 01:00 (UTC).", finale.Element(A + "summary")!.Value);
    }

    [Fact]
    public void Ids_and_bytes_are_stable_across_builds_and_date_moves()
    {
        var first = Build();
        var again = Build(Context(NewCatalogue()));
        Assert.True(first.Content.Span.SequenceEqual(again.Content.Span));

        var airings = Airings();
        var i = airings.FindIndex(a => a.Key == "tv-9100123-s3e4");
        airings[i] = airings[i] with { When = AiringTime.At(Utc(2026, 12, 3, 1, 0)) };
        var moved = Parse(Build(Context(NewCatalogue(airings))));
        Assert.Contains(Entries(moved), e => e.Element(A + "id")!.Value == "tag:cal.example.org,2026:tv-9100123-s3e4"
            && e.Element(A + "summary")!.Value.Contains("3 December 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_capture_keeps_the_bytes_and_restamps_only_the_entries_that_changed()
    {
        var stamps = new ContentStamps(new Dictionary<string, ContentStamp>(), CapturedAt);
        var first = Build(Context() with { Stamps = stamps });
        var later = CapturedAt.AddHours(6);
        var same = Build(Context(NewCatalogue(capturedAt: later)) with { Stamps = new ContentStamps(stamps.Current(), later) });
        Assert.True(first.Content.Span.SequenceEqual(same.Content.Span), "the feed changed with the capture time alone");

        var airings = Airings();
        var i = airings.FindIndex(a => a.Key == "tv-9100123-s3e4");
        airings[i] = airings[i] with { When = AiringTime.At(Utc(2026, 12, 3, 1, 0)) };
        var moved = Parse(Build(Context(NewCatalogue(airings, capturedAt: later)) with { Stamps = new ContentStamps(stamps.Current(), later) }));
        var updated = Entries(moved).ToDictionary(e => e.Element(A + "id")!.Value["tag:cal.example.org,2026:".Length..], e => e.Element(A + "updated")!.Value);
        Assert.Equal("2026-11-27T18:00:00Z", updated["tv-9100123-s3e4"]);
        Assert.All(updated.Where(u => u.Key != "tv-9100123-s3e4"), u => Assert.Equal("2026-11-27T12:00:00Z", u.Value));
        Assert.Equal("2026-11-27T18:00:00Z", moved.Root!.Element(A + "updated")!.Value);
    }

    [Fact]
    public void Hostile_titles_are_escaped_and_round_trip()
    {
        var file = Build();
        var raw = file.Text();
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", raw, StringComparison.Ordinal);
        var entry = Entries(Parse(file)).Single(e => e.Element(A + "id")!.Value.EndsWith("tv-9100200-s1e1", StringComparison.Ordinal));
        Assert.Equal($"Series premiere: {HostileName} S01E01: {HostileEpisode}", entry.Element(A + "title")!.Value);

        var evil = Hostile with { Name = "Bad\u0000\u0001\u001F name\uD800" };
        var titles = Titles().Where(t => t.SimklId != Hostile.SimklId).Append(evil);
        var cleaned = Entries(Parse(Build(Context(NewCatalogue(titles: titles)))))
            .Single(e => e.Element(A + "id")!.Value.EndsWith("tv-9100200-s1e1", StringComparison.Ordinal));
        Assert.Equal($"Series premiere: Bad name S01E01: {HostileEpisode}", cleaned.Element(A + "title")!.Value);
    }

    [Fact]
    public void Spoiler_safe_mode_drops_episode_titles()
    {
        var raw = Build(Context(spoilerSafe: true)).Text();
        Assert.DoesNotContain("The Tide", raw, StringComparison.Ordinal);
        Assert.Contains("Season finale: Harbor Lights S03E04</title>", raw, StringComparison.Ordinal);
    }
}
