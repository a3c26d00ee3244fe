using System.Text;
using Simkl.Site.Build;
using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Outputs.Ical;
using Simkl.Site.TestData.Ical;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Outputs.FeedTestSite;

namespace Simkl.Site.Tests.Outputs.Ical;

/// <summary>
/// The own iCalendar writer against Ical.Net (the serialiser the site used before), on the same
/// calendars and events: the same content lines, in the same order, folded at the same places.
/// The one deliberate difference: Ical.Net counts a character outside the BMP as two 3-octet
/// halves and may fold between them (which corrupts it into two U+FFFD); there only the unfolded
/// lines are compared, and the own writer must not have the U+FFFD.
/// </summary>
public sealed class IcalOracleTests
{
    public static TheoryData<string> Contexts() => ["default", "spoiler-safe", "new-york", "no-client-id", "revisions"];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_feed_test_site_serialises_line_for_line_like_ical_net(string name)
    {
        var context = name switch
        {
            "spoiler-safe" => Context(spoilerSafe: true),
            "new-york" => Context(zone: "America/New_York"),
            "no-client-id" => Context(clientId: null),
            "revisions" => Context() with
            {
                Revisions = new Dictionary<string, AiringRevision>
                {
                    ["tv-9100123-s3e4"] = new(new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero), 2),
                    ["tv-9100200-s1e1"] = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), 0),
                },
            },
            _ => Context(),
        };
        Assert.Equal(26, CompareAllFeeds(context));
    }

    [Fact]
    public void The_bundled_sample_serialises_line_for_line_like_ical_net()
    {
        var input = Path.Combine(NodeScript.RepoRoot, "input");
        var context = SiteBuilder.CreateContext(new BuildOptions { DataDir = Path.Combine(input, "data", "sample"), InputDir = input });
        Assert.True(CompareAllFeeds(context) > 100);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("a, b; c\\ d")]
    [InlineData("line\nbreak\r\nand\rreturn")]
    [InlineData("tab\tinside")]
    [InlineData("nul\0bell\u0007del\u007f c1\u0085 end")]
    [InlineData("<script>alert(1)</script> \"quoted\" 'single' \u202Eesrever\u202C")]
    [InlineData("ünïcödé, שלום, 日本語のタイトル — long enough to be folded a few times over, at least twice")]
    [InlineData("\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\")]
    [InlineData(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,")]
    [InlineData("")]
    public void Hostile_text_serialises_like_ical_net_and_reads_back(string text)
    {
        var calendar = new IcalCalendarInfo(text, text + " " + text, "https://cal.example.org/", "https://cal.example.org/ics/all.ics");
        IcalEvent[] events =
        [
            new()
            {
                Uid = "tv-1-s1e1@cal.example.org",
                Summary = text,
                Description = text + "\n" + text,
                Url = "https://simkl.com/tv/1/x/",
                Start = IcalTime.At(new DateTime(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc)),
                End = IcalTime.At(new DateTime(2026, 11, 28, 1, 45, 0, DateTimeKind.Utc)),
                Stamp = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc),
                Sequence = 0,
                Categories = ["TV", "Season premiere"],
            },
        ];

        var ours = IcalSerializer.Serialize(calendar, events);
        AssertSameLines(IcalNetSerializer.Serialize(calendar, events), ours, "hostile");
        var read = global::Ical.Net.Calendar.Load(Encoding.UTF8.GetString(ours))!;
        Assert.Equal(IcalNetText.Clean(text), read.Events.Single().Summary ?? "");
        Assert.Equal(IcalNetText.Clean(text + "\n" + text), read.Events.Single().Description);
    }

    [Fact]
    public void Lone_surrogates_are_dropped_and_pairs_kept()
    {
        // Made in code: a test-data attribute would not carry a lone surrogate through intact.
        var text = "lone " + '\uD800' + " high and " + '\uDC00' + " low, a pair 😀 and a reversed pair " + '\uDE00' + '\uD83D' + " end";
        var calendar = new IcalCalendarInfo(text, text, "https://cal.example.org/", "https://cal.example.org/ics/all.ics");
        var ours = IcalSerializer.Serialize(calendar, []);
        var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(ours);
        Assert.Contains("\r\nNAME:lone  high and  low\\, a pair 😀 and a reversed pair  end\r\n", decoded.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', decoded);
    }

    /// <summary>Serialises every feed of the plan both ways and compares them; returns how many feeds.</summary>
    private static int CompareAllFeeds(BuildContext context)
    {
        var feeds = PlanIcalFeeds.Plan(context, SiteIndex.Build(context));
        foreach (var feed in feeds)
        {
            foreach (var allDay in new[] { false, true })
            {
                var calendar = WriteIcalFeed.Calendar(context, feed, allDay);
                var events = WriteIcalFeed.Events(context, feed, allDay).ToList();
                AssertSameLines(IcalNetSerializer.Serialize(calendar, events), IcalSerializer.Serialize(calendar, events), $"{feed.TimedPath} all-day={allDay}");
            }
        }

        return feeds.Count * 2;
    }

    private static void AssertSameLines(byte[] reference, byte[] ours, string what)
    {
        var expected = Logical(Encoding.UTF8.GetString(reference));
        var actual = Logical(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(ours));
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (theirText, theirLines) = expected[i];
            var (ourText, ourLines) = actual[i];
            if (theirText.Contains('\uFFFD', StringComparison.Ordinal) && !ourText.Contains('\uFFFD', StringComparison.Ordinal))
            {
                // Ical.Net split a surrogate pair at a fold: its line is corrupt, ours is compared below.
                continue;
            }

            Assert.True(theirText == ourText, $"{what}: content line {i} differs\n  Ical.Net: {theirText}\n  ours:     {ourText}");
            if (!ourText.Any(char.IsSurrogate))
            {
                Assert.True(theirLines.SequenceEqual(ourLines), $"{what}: content line {i} is folded differently\n  Ical.Net: {string.Join(" | ", theirLines)}\n  ours:     {string.Join(" | ", ourLines)}");
            }
        }
    }

    /// <summary>Content lines: the unfolded text and the physical lines it was folded into.</summary>
    private static List<(string Text, List<string> Lines)> Logical(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var result = new List<(string, List<string>)>();
        foreach (var line in text[..^2].Split("\r\n"))
        {
            if (line.StartsWith(' ') && result.Count > 0)
            {
                var (t, lines) = result[^1];
                lines.Add(line);
                result[^1] = (t + line[1..], lines);
            }
            else
            {
                result.Add((line, [line]));
            }
        }

        return result;
    }
}
