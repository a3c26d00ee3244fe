using Simkl.Site.Load;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// The data rules of docs/data-rules.md, one test per rule: the same airing read from v1, v2 or a
/// list is the same <see cref="Airing"/>; list items without a date are kept and counted.
/// </summary>
public class RealDataRulesTests
{
    /// <summary>(kind, v1 "date", v2 "date", has an episode, expected MachineValue, date-only).</summary>
    public static TheoryData<string, string, string, bool, string, bool> SameAiringCases() => new()
    {
        // Anime episode at 24:00 JST: v1 writes the Tokyo wall clock, v2 the UTC instant.
        { "anime", "2026-09-24T00:00:00+09:00", "2026-09-23T15:00:00Z", true, "2026-09-23T15:00:00Z", false },
        // Anime episode at New York midnight = 13:00 JST: a real daytime slot in both.
        { "anime", "2026-10-07T13:00:00+09:00", "2026-10-07T04:00:00Z", true, "2026-10-07T04:00:00Z", false },
        { "anime", "2026-01-15T14:00:00+09:00", "2026-01-15T05:00:00Z", true, "2026-01-15T05:00:00Z", false },
        // An anime film (no episode) is a release: its Tokyo date.
        { "anime", "2026-10-09T00:00:00+09:00", "2026-10-08T15:00:00Z", false, "2026-10-09", true },
        // TV at New York midnight: a date, summer and winter.
        { "tv", "2026-10-08T00:00:00-04:00", "2026-10-08T04:00:00Z", true, "2026-10-08", true },
        { "tv", "2026-01-16T00:00:00-05:00", "2026-01-16T05:00:00Z", true, "2026-01-16", true },
        // TV at a real time.
        { "tv", "2026-10-06T21:00:00-04:00", "2026-10-07T01:00:00Z", true, "2026-10-07T01:00:00Z", false },
        { "tv", "2026-01-15T23:00:00-05:00", "2026-01-16T04:00:00Z", true, "2026-01-16T04:00:00Z", false },
        // Movies are dates: the New York date.
        { "movies", "2026-10-10T00:00:00-04:00", "2026-10-10T04:00:00Z", false, "2026-10-10", true },
    };

    [Theory]
    [MemberData(nameof(SameAiringCases))]
    public void The_same_airing_read_from_v1_and_v2_is_the_same_airing(string section, string v1Date, string v2Date, bool hasEpisode, string expected, bool dateOnly)
    {
        Assert.True(MediaKindNames.TryParseSection(section, out var kind));
        var episodeV1 = !hasEpisode ? "" : kind == MediaKind.Tv ? """, "episode": { "season": 2, "episode": 5 }""" : """, "episode": { "episode": 5 }""";
        var v1 = $$"""[ { "title": "Same Show", "date": "{{v1Date}}", "ids": { "simkl_id": 9400001, "slug": "same-show" }{{episodeV1}} } ]""";
        var v2 = $$"""{ "calendar": [ { "simkl_id": 9400001, "date": "{{v2Date}}"{{episodeV1}} } ], "metadata": { "9400001": { "title": "Same Show", "ids": { "simkl_id": 9400001 } } } }""";

        var fromV1 = Assert.Single(LoadHarness.Merge(LoadHarness.Parse(v1, LoadHarness.Record(SourceType.CalendarV1, kind, "v1.json"))).Airings);
        var fromV2 = Assert.Single(LoadHarness.Merge(LoadHarness.Parse(v2, LoadHarness.Record(SourceType.CalendarV2, kind, "v2.json"))).Airings);

        Assert.Equal(fromV2, fromV1 with { SourceFile = fromV2.SourceFile });
        Assert.Equal(expected, fromV2.When.MachineValue);
        Assert.Equal(dateOnly, fromV2.When.IsDateOnly);
    }

    [Theory]
    [InlineData("tv", "2026-10-08T00:00:00-05:00", "2026-10-08T04:00:00Z", "2026-10-08")] // the API's fixed -05:00, in summer
    [InlineData("tv", "2026-12-03T00:00:00-05:00", "2026-12-03T05:00:00Z", "2026-12-03")]
    [InlineData("anime", "2026-10-08T00:00:00+09:00", "2026-10-07T15:00:00Z", "2026-10-08")]
    public void A_premiere_list_date_lands_where_the_calendar_puts_the_same_release(string section, string listDate, string v2Date, string expected)
    {
        Assert.True(MediaKindNames.TryParseSection(section, out var kind));
        var list = $$"""[ { "title": "Paper Satellites", "year": 2026, "date": "{{listDate}}", "url": "/{{section}}/9100124/paper-satellites", "poster": "", "ids": { "simkl_id": 9100124, "slug": "paper-satellites" }, "rank": null } ]""";
        var v2 = $$"""{ "calendar": [ { "simkl_id": 9100124, "date": "{{v2Date}}" } ], "metadata": { "9100124": { "title": "Paper Satellites", "ids": { "simkl_id": 9100124 } } } }""";

        var entry = Assert.Single(Assert.Single(LoadHarness.Merge(LoadHarness.Parse(list, LoadHarness.Record(SourceType.Premieres, kind, "p.json", variant: "soon"))).Lists).Entries);
        var airing = Assert.Single(LoadHarness.Merge(LoadHarness.Parse(v2, LoadHarness.Record(SourceType.CalendarV2, kind, "v2.json"))).Airings);

        Assert.Equal(expected, entry.When!.Value.MachineValue);
        Assert.True(entry.When!.Value.IsDateOnly);
        Assert.Equal(entry.When, airing.When);
    }

    [Fact]
    public void A_null_list_date_is_kept_and_counted_never_dropped()
    {
        var body = """[ { "title": "Kumori Academy Nights ", "year": 2026, "date": null, "poster": "", "rank": 4102, "url": "/anime/9300456/kumori-gakuen-no-yoru", "ids": { "simkl_id": 9300456, "slug": "kumori-gakuen-no-yoru" }, "episode": { "episode": 14, "url": "/anime/9300456/kumori-gakuen-no-yoru/episode-14" }, "anime_type": "tv" } ]""";
        var merged = LoadHarness.Merge(LoadHarness.Parse(body, LoadHarness.Record(SourceType.Airing, MediaKind.Anime, "a.json", variant: "today")));

        var entry = Assert.Single(Assert.Single(merged.Lists).Entries);
        Assert.Null(entry.When);
        Assert.Equal(14, entry.Episode);
        Assert.Equal(1, LoadWarnings.CountByCode(merged.Warnings)[WarningCodes.DateMissing]);
    }
}
