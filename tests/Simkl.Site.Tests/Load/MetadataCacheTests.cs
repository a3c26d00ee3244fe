using Simkl.Site.Model;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// Re-using byte-identical v2 metadata records across monthly archives must not change anything:
/// titles, airings, lists and warning counts equal those of a load that parses every record.
/// </summary>
public class MetadataCacheTests
{
    private static string Archive(int month, string metadata) => $$"""
        { "calendar": [
            { "simkl_id": 10, "date": "2026-{{month:00}}-03T01:00:00Z", "episode": { "season": 1, "episode": {{month}} } },
            { "simkl_id": 11, "date": "2026-{{month:00}}-04T01:00:00Z", "episode": { "season": 1, "episode": {{month}} } },
            { "simkl_id": 12, "date": "2026-{{month:00}}-05T01:00:00Z", "episode": { "season": 1, "episode": {{month}} } } ],
          "metadata": {{metadata}} }
        """;

    // 10: identical everywhere, with repairs (rank 0, numeric id, duplicate genre, wrong type).
    private const string Same10 = """ "10": { "title": "Same", "rank": 0, "ids": { "simkl_id": 10, "tmdb": 5 }, "genres": ["A", "A"], "network": 7 }""";

    // 11: differs by month (rank changes), so each copy is parsed; the newest month's rank wins.
    private static string Changing11(int month) => $$""" "11": { "title": "Changing", "rank": {{month * 10}}, "ids": { "simkl_id": 11 } }""";

    // 12: identical bytes but a key that disagrees with ids.simkl_id (a repair that names the key).
    private const string Mismatch12 = """ "12": { "title": "Mismatch", "ids": { "simkl_id": 99 }, "overview": "<b>o</b>" }""";

    [Fact]
    public void Cached_records_give_the_same_catalogue_and_warnings_as_parsing_every_record()
    {
        using var snap = new LoadHarness.TempSnapshot();
        var records = new List<SourceRecord>();
        for (var month = 1; month <= 6; month++)
        {
            var record = LoadHarness.Record(SourceType.CalendarV2, MediaKind.Tv, $"data/calendar/v2/2026/{month}/tv.json", month: $"2026-{month:00}", id: $"calendar-v2/2026-{month:00}/tv");
            records.Add(record);
            snap.Add(record, Archive(month, $"{{ {Same10}, {Changing11(month)}, {Mismatch12} }}"));
        }

        snap.WriteManifest();
        var cached = LoadCatalogue.FromSnapshot(snap.Dir);

        var uncached = LoadHarness.Merge([.. records.Select(r => LoadHarness.Parse(File.ReadAllBytes(Path.Combine(snap.Dir, r.Path!)), r))]);
        var expected = LoadHarness.Project(uncached).ToJsonString();
        var actual = LoadHarness.Project(new LoadCatalogue.Merged(cached.Titles.ToDictionary(), [.. cached.Airings], [.. cached.Lists], cached.Warnings)).ToJsonString();
        Assert.Equal(expected, actual);

        // And the content is right: every month repaired its own copy, and the newest rank won.
        var counts = LoadWarnings.CountByCode(cached.Warnings);
        Assert.Equal(6, counts[WarningCodes.RankUnranked]);
        Assert.Equal(6, counts[WarningCodes.IdNumeric]);
        Assert.Equal(6, counts[WarningCodes.GenreDuplicate]);
        Assert.Equal(6, counts[WarningCodes.FieldWrongType]);
        Assert.Equal(6, counts[WarningCodes.MetadataIdMismatch]);
        Assert.Equal(60, cached.FindTitle(MediaKind.Tv, 11)!.Rank);
        Assert.Equal(["A"], cached.FindTitle(MediaKind.Tv, 10)!.Genres);
        Assert.Equal("5", cached.FindTitle(MediaKind.Tv, 10)!.Ids["tmdb"]);
        Assert.Equal("<b>o</b>", cached.FindTitle(MediaKind.Tv, 12)!.Overview);
        Assert.Equal(18, cached.Airings.Count);
        Assert.All(cached.Warnings.Where(w => w.Code == WarningCodes.MetadataIdMismatch), w => Assert.Contains("(simkl 12)", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_bytes_are_reused_and_different_bytes_are_parsed()
    {
        var cache = new MetadataCache();
        var parsed = Enumerable.Range(1, 3).Select(month => LoadHarness.Parse(
            System.Text.Encoding.UTF8.GetBytes(Archive(month, $"{{ {Same10}, {Changing11(month)}, {Mismatch12} }}")),
            LoadHarness.Record(SourceType.CalendarV2, MediaKind.Tv, $"m{month}.json", month: $"2026-{month:00}"), cache)).ToList();

        Assert.Equal(4, cache.Hits); // 10 and 12 in months 2 and 3; 11 differs every month
        var same = parsed.Select(p => p.Titles.Single(t => t.SimklId == 10)).ToList();
        Assert.Same(same[0], same[1]);
        Assert.Same(same[0], same[2]);
        Assert.True(same[0].Shared);
        var changing = parsed.Select(p => p.Titles.Single(t => t.SimklId == 11)).ToList();
        Assert.NotSame(changing[1], changing[2]);
        Assert.Equal([10, 20, 30], changing.Select(t => t.Rank!.Value));

        // Merging leaves the shared drafts untouched.
        LoadHarness.Merge([.. parsed]);
        Assert.Equal(0, same[0].Rank ?? 0);
        Assert.Equal(["A"], same[0].Genres);
    }

    [Fact]
    public void Repeated_loads_are_identical()
    {
        var first = LoadCatalogue.FromSnapshot(LoadHarness.Fixture("basic"));
        for (var i = 0; i < 5; i++)
        {
            var again = LoadCatalogue.FromSnapshot(LoadHarness.Fixture("basic"));
            Assert.Equal(first.Warnings, again.Warnings);
            Assert.Equal(first.Airings.Select(a => a.ToString()), again.Airings.Select(a => a.ToString()));
            Assert.Equal(first.Titles.Values.Select(t => t.ToString()), again.Titles.Values.Select(t => t.ToString()));
        }
    }
}
