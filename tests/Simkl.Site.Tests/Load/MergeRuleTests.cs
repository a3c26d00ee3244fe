using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// The merge rules (docs/data-rules.md) on whole snapshots: the bundled-like fixture <c>Fixtures/Load/basic</c>
/// (v2 rolling + archive, v1 rolling, anime v2 + v1 archive, movies v1 + v2, four lists) and small
/// inline snapshots for single rules.
/// </summary>
public class MergeRuleTests
{
    private static readonly SiteCatalogue Basic = LoadCatalogue.FromSnapshot(LoadHarness.Fixture("basic"));

    private static Airing Single(SiteCatalogue c, string key) => Assert.Single(c.Airings, a => a.Key == key);

    private static SourceRecord Cal(SourceType type, MediaKind kind, string path, string? month = null) =>
        LoadHarness.Record(type, kind, path, month: month, id: $"{(type == SourceType.CalendarV2 ? "calendar-v2" : "calendar-v1")}/{(month is null ? "" : month + "/")}{kind.Hook()}");

    private const string V2Meta = "\"metadata\": { \"9100123\": { \"title\": \"Harbor Lights\", \"ids\": { \"simkl_id\": 9100123 } } }";

    [Fact]
    public void Rolling_file_wins_over_a_monthly_archive_for_the_same_episode()
    {
        // basic: the archive has S3E4 on 2026-10-06 ("old date"), the rolling file on 2026-10-07.
        var a = Single(Basic, "tv-9100123-s3e4");
        Assert.Equal("2026-10-07T01:00:00Z", a.When.MachineValue);
        Assert.Equal("Low Tide", a.EpisodeTitle);
        Assert.Equal("data/calendar/v2/tv.json", a.SourceFile);

        // The archive still contributes what the rolling file does not have.
        Assert.Equal("data/calendar/v2/2026/10/tv.json", Single(Basic, "tv-9100123-s3e3").SourceFile);
    }

    [Fact]
    public void Rolling_wins_even_when_the_manifest_lists_the_archive_first()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/2026/10/tv.json", "2026-10"),
                $$"""{ "calendar": [ { "simkl_id": 9100123, "date": "2026-10-01T01:00:00Z", "episode": { "season": 1, "episode": 1, "title": "archive" } } ], {{V2Meta}} }""")
            .Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json"),
                $$"""{ "calendar": [ { "simkl_id": 9100123, "date": "2026-10-02T01:00:00Z", "episode": { "season": 1, "episode": 1, "title": "rolling" } } ], {{V2Meta}} }""")
            .WriteManifest();

        var a = Assert.Single(LoadCatalogue.FromSnapshot(snap.Dir).Airings);
        Assert.Equal("rolling", a.EpisodeTitle);
        Assert.Equal("2026-10-02T01:00:00Z", a.When.MachineValue);
    }

    [Fact]
    public void Newer_archive_wins_over_an_older_one()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/2026/10/tv.json", "2026-10"),
                $$"""{ "calendar": [ { "simkl_id": 9100123, "date": "2026-10-31T01:00:00Z", "episode": { "season": 1, "episode": 9, "title": "october" } } ], {{V2Meta}} }""")
            .Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/2026/11/tv.json", "2026-11"),
                $$"""{ "calendar": [ { "simkl_id": 9100123, "date": "2026-11-01T01:00:00Z", "episode": { "season": 1, "episode": 9, "title": "november" } } ], {{V2Meta}} }""")
            .WriteManifest();

        Assert.Equal("november", Assert.Single(LoadCatalogue.FromSnapshot(snap.Dir).Airings).EpisodeTitle);
    }

    [Fact]
    public void V2_wins_over_v1_even_a_v2_archive_over_the_v1_rolling_file()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(Cal(SourceType.CalendarV1, MediaKind.Tv, "data/calendar/tv.json"),
                """[ { "title": "Harbor Lights (v1)", "date": "2026-10-09T21:00:00-04:00", "rank": 5, "ids": { "simkl_id": 9100123, "tmdb": "1" }, "episode": { "season": 1, "episode": 1 } } ]""")
            .Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/2026/10/tv.json", "2026-10"),
                $$"""{ "calendar": [ { "simkl_id": 9100123, "date": "2026-10-08T01:00:00Z", "episode": { "season": 1, "episode": 1, "title": "v2" } } ], {{V2Meta}} }""")
            .WriteManifest();

        var c = LoadCatalogue.FromSnapshot(snap.Dir);
        var a = Assert.Single(c.Airings);
        Assert.Equal("v2", a.EpisodeTitle);
        Assert.Equal("2026-10-08T01:00:00Z", a.When.MachineValue);

        // Title fields: v2 first, v1 fills what v2 lacks.
        var t = c.FindTitle(MediaKind.Tv, 9100123)!;
        Assert.Equal("Harbor Lights", t.Name);
        Assert.Equal(5, t.Rank);
        Assert.Equal("1", t.Ids["tmdb"]);
    }

    [Fact]
    public void Basic_fixture_v2_wins_over_v1_for_title_and_episode()
    {
        var t = Basic.FindTitle(MediaKind.Tv, 9100123)!;
        Assert.Equal("Harbor Lights", t.Name); // not "Harbor Lights v1", "(old name)" or "(trending)"
        Assert.Equal("Low Tide", Single(Basic, "tv-9100123-s3e4").EpisodeTitle);
    }

    [Fact]
    public void Each_airing_appears_once()
    {
        Assert.Equal(Basic.Airings.Count, Basic.Airings.Select(a => a.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(11, Basic.Airings.Count);
    }

    [Fact]
    public void An_episode_less_release_written_as_v1_date_and_v2_instant_is_one_airing()
    {
        // The anime film: v1 archive "2026-10-09T00:00:00+09:00", v2 rolling "2026-10-08T15:00:00Z":
        // the same instant, an episode-less anime release, so one date-only airing on its Tokyo date.
        var film = Assert.Single(Basic.Airings, a => a.SimklId == 9300777);
        Assert.True(film.When.IsDateOnly);
        Assert.Equal("2026-10-09", film.When.MachineValue);
        Assert.Equal("data/calendar/v2/anime.json", film.SourceFile);
    }

    [Fact]
    public void Date_only_and_timed_values_are_kept_apart()
    {
        var placeholder = Single(Basic, "tv-9100124-s1e8"); // v2 04:00Z in October = New York midnight
        Assert.True(placeholder.When.IsDateOnly);
        Assert.Equal(new DateOnly(2026, 10, 8), placeholder.When.Date);
        Assert.Equal(FinaleKind.Season, placeholder.Finale);

        var v1Midnight = Single(Basic, "tv-9100200-s2e5"); // v1 2026-10-10T00:00:00-04:00
        Assert.True(v1Midnight.When.IsDateOnly);
        Assert.Equal(new DateOnly(2026, 10, 10), v1Midnight.When.Date);

        var timed = Single(Basic, "tv-9100125-s2e1");
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 2, 30, 0, TimeSpan.Zero), timed.When.Instant);

        Assert.All(Basic.Airings.Where(a => a.Kind == MediaKind.Movie), m => Assert.True(m.When.IsDateOnly));
        // A date-only value never moves, whatever the zone.
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var honolulu = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Honolulu");
        Assert.Equal(placeholder.When.DayIn(tokyo), placeholder.When.DayIn(honolulu));
        Assert.NotEqual(timed.When.DayIn(tokyo), timed.When.DayIn(honolulu));
    }

    [Fact]
    public void Dst_a_v2_tv_row_at_05Z_in_january_is_a_date_and_at_04Z_is_a_real_2300_new_york_airing()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json"), """
            { "calendar": [
                { "simkl_id": 9100123, "date": "2026-01-15T05:00:00Z", "episode": { "season": 1, "episode": 1 } },
                { "simkl_id": 9100123, "date": "2026-01-15T04:00:00Z", "episode": { "season": 1, "episode": 2 } } ],
              "metadata": { "9100123": { "title": "Harbor Lights", "ids": { "simkl_id": 9100123 } } } }
            """).WriteManifest();

        var c = LoadCatalogue.FromSnapshot(snap.Dir);
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var placeholder = Single(c, "tv-9100123-s1e1");
        Assert.True(placeholder.When.IsDateOnly);
        Assert.Equal(new DateOnly(2026, 1, 15), placeholder.When.Date);

        var late = Single(c, "tv-9100123-s1e2");
        Assert.False(late.When.IsDateOnly);
        var local = TimeZoneInfo.ConvertTime(late.When.Instant!.Value, newYork);
        Assert.Equal(new DateTime(2026, 1, 14, 23, 0, 0), local.DateTime);
        Assert.Equal(new DateOnly(2026, 1, 14), late.When.DayIn(newYork));
    }

    [Fact]
    public void Title_fields_merge_by_precedence_and_fill_gaps()
    {
        var t = Basic.FindTitle(MediaKind.Tv, 9100123)!;
        Assert.Equal(812, t.Rank);                                   // v2 rolling (archive 900, trending 811)
        Assert.Equal(["Drama", "Mystery"], t.Genres);                // v2 rolling (trending: Drama, Thriller)
        Assert.Equal("Archive overview <br> with HTML.", t.Overview); // v2 archive fills the gap before trending
        Assert.Equal("dQw4w9WgXcQ", t.Trailer);                       // only trending has it
        Assert.Equal("us", t.Country);                                // only trending has it
        Assert.Equal(45, t.RuntimeMinutes);
        Assert.Equal(new DateOnly(2024, 3, 12), t.ReleaseDate);
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights", t.SimklUrl);
        Assert.Equal(7.9, t.RatingFrom("simkl")!.Value);

        var anime = Basic.FindTitle(MediaKind.Anime, 9300456)!;
        Assert.Equal("Kumori Academy Nights", anime.Name);           // v2 (v1 and the list say the romaji)
        Assert.Equal("Kumori Gakuen no Yoru", anime.RomajiName);
        Assert.Equal("19876", anime.Ids["anidb"]);                    // only the v1 archive has anidb
        Assert.Equal("61234", anime.Ids["mal"]);
        Assert.Equal(7.1, anime.RatingFrom("mal")!.Value);            // v2 has no usable rating; v1 does
        Assert.Null(anime.RatingFrom("simkl"));
        Assert.Equal(4102, anime.Rank);                               // calendars unranked; the airing list ranks it
        Assert.Equal("tv", anime.AnimeType);
    }

    [Fact]
    public void List_titles_exist_in_the_catalogue_with_their_own_data()
    {
        foreach (var list in Basic.Lists)
        {
            foreach (var e in list.Entries)
            {
                Assert.NotNull(Basic.FindTitle(e.Kind, e.SimklId));
            }
        }

        // A title only a list knows.
        var only = Basic.FindTitle(MediaKind.Tv, 9100401)!;
        Assert.Equal("Tall Grass", only.Name);
        Assert.Equal(2026, only.Year);
        Assert.Equal("https://simkl.com/tv/9100401/tall-grass", only.SimklUrl);
    }

    [Fact]
    public void Premiere_pages_are_joined_in_page_order_with_positions_and_no_duplicates()
    {
        var list = Basic.FindList(new ListId(ListFamily.Premieres, MediaKind.Tv, "soon"))!;
        Assert.Equal([9100124L, 9100400, 9100401], list.Entries.Select(e => e.SimklId));
        Assert.Equal([1, 2, 3], list.Entries.Select(e => e.Position));
        Assert.True(list.Entries[0].When!.Value.IsDateOnly);
        Assert.Equal("2026-10-13T02:00:00Z", list.Entries[1].When!.Value.MachineValue);
    }

    [Fact]
    public void Pages_are_joined_in_page_order_whatever_the_manifest_order()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json"),
                $$"""{ "calendar": [ { "simkl_id": 9100123, "date": "2026-10-02T01:00:00Z" } ], {{V2Meta}} }""");
        for (var page = 3; page >= 1; page--)
        {
            snap.Add(LoadHarness.Record(SourceType.Premieres, MediaKind.Anime, $"api/anime/premieres/new/page-{page}.json", variant: "new", page: page, id: $"premieres/anime/new/{page}"),
                $$"""[ { "title": "P{{page}}a", "ids": { "simkl_id": {{page * 10}} } }, { "title": "P{{page}}b", "ids": { "simkl_id": {{(page * 10) + 1}} } } ]""");
        }

        snap.WriteManifest();
        var list = Assert.Single(LoadCatalogue.FromSnapshot(snap.Dir).Lists);
        Assert.Equal(new ListId(ListFamily.Premieres, MediaKind.Anime, "new"), list.Id);
        Assert.Equal([10L, 11, 20, 21, 30, 31], list.Entries.Select(e => e.SimklId));
        Assert.Equal([1, 2, 3, 4, 5, 6], list.Entries.Select(e => e.Position));
    }

    [Fact]
    public void Lists_are_ordered_by_family_kind_and_variant()
    {
        Assert.Equal(["trending/tv/today", "premieres/tv/soon", "airing/anime/today"], Basic.Lists.Select(l => l.Id.ToString()));
    }

    [Fact]
    public void Output_is_deterministic_whatever_the_manifest_order()
    {
        var copy = LoadHarness.CopyFixture("basic");
        try
        {
            var manifest = SnapshotJson.ReadManifest(copy);
            var reversed = manifest with { Sources = [.. manifest.Sources.Reverse()] };
            File.WriteAllText(Path.Combine(copy, SnapshotManifest.FileName), JsonSerializer.Serialize(reversed, SnapshotJson.Options));

            var again = LoadCatalogue.FromSnapshot(copy);
            Assert.Equal(Fingerprint(Basic), Fingerprint(again));
            Assert.Equal(Fingerprint(Basic), Fingerprint(LoadCatalogue.FromSnapshot(LoadHarness.Fixture("basic"))));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string Fingerprint(SiteCatalogue c) =>
        LoadHarness.Project(new LoadCatalogue.Merged(c.Titles.ToDictionary(), [.. c.Airings], [.. c.Lists], c.Warnings)).ToJsonString()
            .Replace("\r", "", StringComparison.Ordinal);

    [Fact]
    public void Airings_are_ordered_by_time_then_kind_id_season_episode()
    {
        for (var i = 1; i < Basic.Airings.Count; i++)
        {
            Assert.True(MergeAirings.CompareAirings(Basic.Airings[i - 1], Basic.Airings[i]) < 0, $"airings {i - 1} and {i} out of order");
        }

        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(Cal(SourceType.CalendarV2, MediaKind.Anime, "data/calendar/v2/anime.json"), """
                { "calendar": [
                    { "simkl_id": 2, "date": "2026-10-07T01:00:00Z", "episode": { "episode": 1 } },
                    { "simkl_id": 1, "date": "2026-10-07T01:00:00Z", "episode": { "episode": 1 } } ],
                  "metadata": { "1": { "title": "A1", "ids": {} }, "2": { "title": "A2", "ids": {} } } }
                """)
            .Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json"), """
                { "calendar": [
                    { "simkl_id": 5, "date": "2026-10-07T01:00:00Z", "episode": { "season": 2, "episode": 1 } },
                    { "simkl_id": 5, "date": "2026-10-07T01:00:00Z", "episode": { "season": 1, "episode": 2 } },
                    { "simkl_id": 5, "date": "2026-10-07T01:00:00Z", "episode": { "season": 1, "episode": 1 } },
                    { "simkl_id": 9, "date": "2026-10-07T00:59:00Z", "episode": { "season": 1, "episode": 1 } } ],
                  "metadata": { "5": { "title": "T5", "ids": {} }, "9": { "title": "T9", "ids": {} } } }
                """)
            .WriteManifest();
        Assert.Equal(["tv-9-s1e1", "tv-5-s1e1", "tv-5-s1e2", "tv-5-s2e1", "anime-1-s0e1", "anime-2-s0e1"],
            LoadCatalogue.FromSnapshot(snap.Dir).Airings.Select(a => a.Key));
    }

    [Fact]
    public void AiringKey_is_the_same_identity_as_Airing_Key()
    {
        var samples = Basic.Airings.ToList();
        samples.Add(samples[0] with { When = AiringTime.At(samples[0].When.SortKey.AddDays(3)) }); // an episode moved: same key
        samples.Add(samples[0] with { Season = (samples[0].Season ?? 0) + 1 });
        var film = samples.First(a => a.Episode is null);
        samples.Add(film with { When = AiringTime.On(DateOnly.FromDateTime(film.When.SortKey.UtcDateTime)) }); // same day: same key
        samples.Add(film with { When = AiringTime.At(film.When.SortKey.AddDays(1)) });

        foreach (var a in samples)
        {
            foreach (var b in samples)
            {
                Assert.Equal(a.Key == b.Key, AiringKey.Of(a) == AiringKey.Of(b));
            }
        }
    }

    [Fact]
    public void A_v2_row_without_metadata_is_kept_when_another_source_knows_the_title()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(Cal(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json"),
                """{ "calendar": [ { "simkl_id": 777, "date": "2026-10-07T01:00:00Z", "episode": { "season": 1, "episode": 1 } }, { "simkl_id": 778, "date": "2026-10-07T01:00:00Z" } ], "metadata": {} }""")
            .Add(LoadHarness.Record(SourceType.Trending, MediaKind.Tv, "data/discover/trending/tv/today_100.json", variant: "today"),
                """[ { "title": "Known From Trending", "url": "/tv/777/known", "ids": { "simkl_id": 777, "slug": "known" } } ]""")
            .WriteManifest();

        var c = LoadCatalogue.FromSnapshot(snap.Dir);
        var a = Assert.Single(c.Airings);
        Assert.Equal(777, a.SimklId);
        Assert.Equal("Known From Trending", c.FindTitle(MediaKind.Tv, 777)!.Name);
        var counts = LoadWarnings.CountByCode(c.Warnings);
        Assert.Equal(1, counts[WarningCodes.MetadataMissing]);
        Assert.Equal(1, counts[WarningCodes.NoTitleData]);
        Assert.Contains(c.Warnings, w => w.Code == WarningCodes.NoTitleData && w.Message.Contains("simkl 778", StringComparison.Ordinal));
    }

    [Fact]
    public void Basic_fixture_counts_every_dropped_and_repaired_record()
    {
        var expected = new Dictionary<string, int>
        {
            ["anime-season-dropped"] = 1,  // v1 anime archive, Hoshi no Kakera
            ["date-missing"] = 1,          // anime airing today: "date": null, kept as date to be announced
            ["drop-rate-invalid"] = 1,     // trending "n/a"
            ["genre-duplicate"] = 2,       // v2 tv (Comedy twice), v2 movie (Drama twice)
            ["id-numeric"] = 4,            // v2 tmdb, v1 tvdb, v1 anime mal, trending tmdb
            ["list-duplicate"] = 1,        // Glass Towers on premieres pages 1 and 2
            ["no-title-data"] = 1,         // archive row 9100999 without metadata
            ["rank-unranked"] = 4,         // v2 rank 0, v1 anime rank 0 twice, trending -3
            ["release-date-invalid"] = 1,  // trending "soonish"
            ["row-bad-shape"] = 1,         // v1 tv "not an object"
            ["row-no-id"] = 1,             // v1 tv row without simkl_id
            ["runtime-unparsed"] = 1,      // trending "soon"
            ["wrong-shape"] = 1,           // best list stored an API error object
        };
        Assert.Equal(expected, LoadWarnings.CountByCode(Basic.Warnings));
        Assert.Contains(Basic.Warnings, w => w.Code == WarningCodes.WrongShape && w.Source == "api/tv/best/all.json" && w.Message.Contains("client_id_failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_dropped_rows_are_listed_up_to_a_cap_but_all_counted()
    {
        var rows = string.Join(",", Enumerable.Range(1, 50).Select(i => $$"""{ "title": "No id {{i}}", "date": "2026-10-07T21:00:00-04:00", "ids": {} }"""));
        var parsed = LoadHarness.Parse($"[{rows}, {{ \"title\": \"Fine\", \"date\": \"2026-10-07T21:00:00-04:00\", \"ids\": {{ \"simkl_id\": 1 }} }}]",
            LoadHarness.Record(SourceType.CalendarV1, MediaKind.Tv, "data/calendar/tv.json"));
        var merged = LoadHarness.Merge(parsed);
        Assert.Single(merged.Airings);
        var noId = merged.Warnings.Where(w => w.Code == WarningCodes.RowNoId).ToList();
        Assert.Equal(WarningSink.ListedPerCode + 1, noId.Count);
        Assert.Equal(50, noId.Sum(w => w.Count));
        Assert.Contains(noId, w => w.Count == 30 && w.Message.StartsWith("30 more", StringComparison.Ordinal));
        Assert.Equal(50, LoadWarnings.CountByCode(merged.Warnings)[WarningCodes.RowNoId]);
    }
}
