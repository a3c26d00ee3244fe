using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// Absurd values are data, not crashes: a date outside 1900-2100, a huge or negative number, a
/// 300 KB text each cost one counted warning and the value (or its row), never the file or the build.
/// </summary>
public class AbsurdValueTests
{
    private static readonly SourceRecord V2Tv = LoadHarness.Record(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json", id: "calendar-v2/tv");
    private static readonly SourceRecord V1Tv = LoadHarness.Record(SourceType.CalendarV1, MediaKind.Tv, "data/calendar/tv.json", id: "calendar-v1/tv");
    private static readonly SourceRecord V1Movie = LoadHarness.Record(SourceType.CalendarV1, MediaKind.Movie, "data/calendar/movie_release.json", id: "calendar-v1/movie");
    private static readonly SourceRecord AiringTv = LoadHarness.Record(SourceType.Airing, MediaKind.Tv, "api/tv/airing/today.json", variant: "today", id: "airing/tv/today");

    public static TheoryData<string> AbsurdDates() =>
    [
        "9999-12-31T20:00:00Z",
        "9999-12-31",
        "9999-12-31T23:59:59-14:00",
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00+14:00",
        "0001-01-01",
        "1899-12-31T23:59:59Z",
        "2101-01-01T00:00:00Z",
    ];

    private static string V2Body(string absurdDate) => $$"""
        { "calendar": [
            { "simkl_id": 1, "date": "2026-10-07T01:00:00Z", "episode": { "season": 1, "episode": 1 } },
            { "simkl_id": 1, "date": "{{absurdDate}}", "episode": { "season": 1, "episode": 2 } } ],
          "metadata": { "1": { "title": "Good", "ids": { "simkl_id": 1 } } } }
        """;

    private static SiteCatalogue Load(params (SourceRecord Record, string Body)[] files)
    {
        using var snap = new LoadHarness.TempSnapshot();
        foreach (var (record, body) in files)
        {
            snap.Add(record, body);
        }

        snap.WriteManifest();
        return LoadCatalogue.FromSnapshot(snap.Dir);
    }

    private static LoadWarning Single(SiteCatalogue catalogue, string code) =>
        Assert.Single(catalogue.Warnings, w => w.Code == code);

    [Theory]
    [MemberData(nameof(AbsurdDates))]
    public void A_v2_row_dated_outside_1900_to_2100_is_dropped_with_a_counted_warning_and_the_file_loads(string date)
    {
        var catalogue = Load((V2Tv, V2Body(date)));

        var airing = Assert.Single(catalogue.Airings);
        Assert.Equal(1, airing.Episode);
        var warning = Single(catalogue, WarningCodes.RowDateOutOfRange);
        Assert.Contains(date, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(catalogue.Warnings, w => w.Code is WarningCodes.WrongShape or WarningCodes.RowBadDate);
    }

    [Theory]
    [MemberData(nameof(AbsurdDates))]
    public void A_v1_row_dated_outside_the_range_is_dropped_and_a_movie_falls_back_to_its_release_date(string date)
    {
        var tv = $$"""
            [ { "title": "Good", "date": "2026-10-07T01:00:00Z", "ids": { "simkl_id": 1 }, "episode": { "season": 1, "episode": 1 } },
              { "title": "Good", "date": "{{date}}", "ids": { "simkl_id": 1 }, "episode": { "season": 1, "episode": 2 } } ]
            """;
        var movie = $$"""
            [ { "title": "Dated", "date": "{{date}}", "release_date": "2026-10-09", "ids": { "simkl_id": 5 } },
              { "title": "Lost", "date": "{{date}}", "ids": { "simkl_id": 6 } },
              { "title": "Wrong release", "date": "2026-10-10T00:00:00-04:00", "release_date": "{{date}}", "ids": { "simkl_id": 7 } } ]
            """;

        var catalogue = Load((V1Tv, tv), (V1Movie, movie));

        Assert.Equal(1, Assert.Single(catalogue.Airings, a => a.Kind == MediaKind.Tv).Episode);
        var movies = catalogue.Airings.Where(a => a.Kind == MediaKind.Movie).OrderBy(a => a.SimklId).ToList();
        Assert.Equal([5, 7], movies.Select(a => a.SimklId));
        Assert.Equal(new DateOnly(2026, 10, 9), movies[0].When.Date);
        Assert.Equal(new DateOnly(2026, 10, 10), movies[1].When.Date);
        Assert.Equal(2, catalogue.Warnings.Count(w => w.Code == WarningCodes.RowDateOutOfRange));
        Assert.Null(catalogue.FindTitle(MediaKind.Movie, 7)!.ReleaseDate);
        Assert.Equal(1, Single(catalogue, WarningCodes.DateOutOfRange).Count);
    }

    [Theory]
    [MemberData(nameof(AbsurdDates))]
    public void A_list_item_dated_outside_the_range_is_kept_without_its_date(string date)
    {
        var list = $$"""
            [ { "title": "Good", "date": "{{date}}", "ids": { "simkl_id": 1 }, "episode": { "season": 1, "episode": 3 } } ]
            """;

        var catalogue = Load((V2Tv, V2Body("2026-10-08T01:00:00Z")), (AiringTv, list));

        var entry = Assert.Single(Assert.Single(catalogue.Lists).Entries);
        Assert.Null(entry.When);
        Assert.Equal(1, Single(catalogue, WarningCodes.DateOutOfRange).Count);
    }

    [Theory]
    [InlineData("1900-01-01T00:00:00+14:00")]
    [InlineData("2100-12-31T23:59:59-14:00")]
    [InlineData("1900-01-01")]
    [InlineData("2100-12-31")]
    public void The_edges_of_the_range_are_kept(string date)
    {
        var catalogue = Load((V2Tv, V2Body(date)));

        Assert.Equal(2, catalogue.Airings.Count);
        Assert.DoesNotContain(catalogue.Warnings, w => w.Code == WarningCodes.RowDateOutOfRange);
    }

    public static TheoryData<string, string, int?, int?> AbsurdEpisodes() => new()
    {
        // episode object, warning code, season kept, episode kept
        { """{ "season": 1, "episode": 2147483647 }""", WarningCodes.EpisodeInvalid, null, null },
        { """{ "season": 1, "episode": 100001 }""", WarningCodes.EpisodeInvalid, null, null },
        { """{ "season": 1, "episode": -3 }""", WarningCodes.EpisodeInvalid, null, null },
        { """{ "season": 2147483647, "episode": 4 }""", WarningCodes.EpisodeInvalid, null, 4 },
        { """{ "season": -1, "episode": 4 }""", WarningCodes.EpisodeInvalid, null, 4 },
        { """{ "season": 1099511627776, "episode": 4 }""", WarningCodes.FieldWrongType, null, 4 },
        { """{ "season": 1, "episode": 1e300 }""", WarningCodes.FieldWrongType, null, null },
    };

    [Theory]
    [MemberData(nameof(AbsurdEpisodes))]
    public void Negative_or_huge_season_and_episode_numbers_are_dropped_with_a_counted_warning(string episode, string code, int? season, int? number)
    {
        var body = $$"""
            { "calendar": [ { "simkl_id": 1, "date": "2026-10-07T01:00:00Z", "episode": {{episode}} } ],
              "metadata": { "1": { "title": "Good", "ids": { "simkl_id": 1 } } } }
            """;

        var catalogue = Load((V2Tv, body));

        var airing = Assert.Single(catalogue.Airings);
        Assert.Equal(season, airing.Season);
        Assert.Equal(number, airing.Episode);
        Assert.Contains(catalogue.Warnings, w => w.Code == code);
    }

    [Fact]
    public void Huge_texts_are_cut_to_their_field_limit_with_a_counted_warning()
    {
        var huge = new string('N', 300_000);
        var hugeOverview = new string('o', 300_000);
        var body = JsonSerializer.Serialize(new
        {
            calendar = new[] { new { simkl_id = 1, date = "2026-10-07T01:00:00Z" } },
            metadata = new Dictionary<string, object>
            {
                ["1"] = new
                {
                    title = huge,
                    network = huge,
                    overview = hugeOverview,
                    ids = new Dictionary<string, object> { ["simkl_id"] = 1, ["imdb"] = huge, ["tmdb"] = "42" },
                },
            },
        });

        var catalogue = Load((V2Tv, body));

        var title = Assert.Single(catalogue.Titles.Values);
        Assert.Equal(2_000, title.Name.Length);
        Assert.Equal(500, title.Network!.Length);
        Assert.Equal(20_000, title.Overview!.Length);
        Assert.False(title.Ids.ContainsKey("imdb"));
        Assert.Equal("42", title.Ids["tmdb"]);
        Assert.True(title.Slug.Length <= 80);
        Assert.Equal(4, Single(catalogue, WarningCodes.TextTooLong).Count);
    }

    [Fact]
    public void A_cut_text_never_ends_in_half_a_surrogate_pair()
    {
        var network = new string('x', 499) + "😀😀";
        var body = JsonSerializer.Serialize(new
        {
            calendar = new[] { new { simkl_id = 1, date = "2026-10-07T01:00:00Z" } },
            metadata = new Dictionary<string, object> { ["1"] = new { title = "Good", network, ids = new { simkl_id = 1 } } },
        });

        var title = Assert.Single(Load((V2Tv, body)).Titles.Values);

        Assert.Equal(new string('x', 499), title.Network);
    }

    [Theory]
    [InlineData("\"runtime\": 2147483647", "runtime")]
    [InlineData("\"runtime\": 100001", "runtime")]
    [InlineData("\"ratings\": { \"simkl\": { \"rating\": 1e300, \"votes\": 5 } }", "ratings")]
    [InlineData("\"ratings\": { \"imdb\": { \"rating\": 11, \"votes\": 5 } }", "ratings")]
    public void Huge_runtimes_and_ratings_are_ignored_with_a_counted_warning(string field, string example)
    {
        var body = $$"""
            { "calendar": [ { "simkl_id": 1, "date": "2026-10-07T01:00:00Z" } ],
              "metadata": { "1": { "title": "Good", "ids": { "simkl_id": 1 }, "rank": 2147483647, {{field}} } } }
            """;

        var catalogue = Load((V2Tv, body));

        var title = Assert.Single(catalogue.Titles.Values);
        Assert.Null(title.RuntimeMinutes);
        Assert.All(title.Ratings, r => Assert.Null(r.Value));
        Assert.Equal(int.MaxValue, title.Rank);
        Assert.Contains(example, Single(catalogue, WarningCodes.ValueOutOfRange).Message, StringComparison.Ordinal);
    }
}
