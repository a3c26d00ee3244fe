using Simkl.Site.Model;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// Broken files never stop a load: each yields one warning naming the file and nothing of its
/// data, and the other files load. Only a snapshot with no usable calendar data is an error.
/// </summary>
public class MalformedSourceTests
{
    private static readonly SourceRecord GoodRecord = LoadHarness.Record(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json", id: "calendar-v2/tv");

    private const string GoodBody = """
        { "calendar": [ { "simkl_id": 1, "date": "2026-10-07T01:00:00Z", "episode": { "season": 1, "episode": 1 } } ],
          "metadata": { "1": { "title": "Good", "ids": { "simkl_id": 1 } } } }
        """;

    /// <summary>Loads a snapshot with one good calendar plus <paramref name="body"/> stored for <paramref name="record"/>.</summary>
    private static SiteCatalogue LoadWith(SourceRecord record, string? body)
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(GoodRecord, GoodBody);
        if (body is null)
        {
            snap.AddRecordOnly(record);
        }
        else
        {
            snap.Add(record, body);
        }

        snap.WriteManifest();
        return LoadCatalogue.FromSnapshot(snap.Dir);
    }

    private static readonly SourceRecord ArchiveRecord =
        LoadHarness.Record(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/2026/10/tv.json", month: "2026-10", id: "calendar-v2/2026-10/tv");

    public static TheoryData<string, string, string> BrokenBodies() => new()
    {
        // body, expected code, a fragment of the message
        { """{ "calendar": [ { "simkl_id": 2, "date": "2026-10-08T01:00:00Z" }, { "simkl_id": 3, "da""", WarningCodes.MalformedJson, "not valid JSON" },
        { "", WarningCodes.MalformedJson, "empty" },
        { "  \r\n\t ", WarningCodes.MalformedJson, "empty" },
        { "<!DOCTYPE html><html><body>Just a moment...</body></html>", WarningCodes.MalformedJson, "not valid JSON" },
        { """{ "calendar": [ { "simkl_id": 2, "date": "2026-10-08T01:00:00Z" } ], "metadata": {} } trailing""", WarningCodes.MalformedJson, "not valid JSON" },
        { """{ "calendar": [], "metadata": {} }{ "calendar": [] }""", WarningCodes.MalformedJson, "not valid JSON" },
        { """{ "calendar": [ { "simkl_id": 2, "date": "2026-10-08T01:00:00Z", }, ], "metadata": {} }""", WarningCodes.MalformedJson, "not valid JSON" },
        { """{ "calendar": { "simkl_id": 2 }, "metadata": {} }""", WarningCodes.WrongShape, "not an array" },
        { """{ "error": "not_found" }""", WarningCodes.WrongShape, "no 'calendar' array" },
        { "42", WarningCodes.WrongShape, "bare JSON value" },
        { new string('[', 200) + new string(']', 200), WarningCodes.WrongShape, "" },
    };

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public void A_broken_calendar_file_is_one_warning_naming_it_and_the_rest_loads(string body, string code, string fragment)
    {
        var c = LoadWith(ArchiveRecord, body);

        var good = Assert.Single(c.Airings);
        Assert.Equal(1, good.SimklId);
        Assert.Null(c.FindTitle(MediaKind.Tv, 2));

        var w = Assert.Single(c.Warnings);
        Assert.Equal("data/calendar/v2/2026/10/tv.json", w.Source);
        Assert.Contains("calendar-v2/2026-10/tv", w.Message, StringComparison.Ordinal);
        if (code == WarningCodes.WrongShape && fragment.Length == 0)
        {
            // 200 nested arrays: too deep is malformed; otherwise the rows are not objects.
            Assert.True(w.Code is WarningCodes.MalformedJson, $"{w.Code}: {w.Message}");
            return;
        }

        Assert.Equal(code, w.Code);
        Assert.Contains(fragment, w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_contributes_nothing_even_rows_before_the_break()
    {
        var body = """
            { "calendar": [
                { "simkl_id": 2, "date": "2026-10-08T01:00:00Z", "episode": { "season": 1, "episode": 1 } },
                { "simkl_id": 3, "date": "2026-10-09T01:00:00Z", "ep
            """;
        var c = LoadWith(ArchiveRecord, body);
        Assert.DoesNotContain(c.Airings, a => a.SimklId is 2 or 3);
        Assert.Equal([WarningCodes.MalformedJson], c.Warnings.Select(w => w.Code));
        Assert.Contains("LineNumber", c.Warnings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "error": "client_id_failed", "message": "bad client id" }""", "wrong-shape")]
    [InlineData("""{ "calendar": [] }""", "wrong-shape")]
    [InlineData("""[ { "title": "x", "ids": { "simkl_id": 5 } }""", "malformed-json")]
    [InlineData("null", "wrong-shape")]
    public void A_broken_list_file_is_one_warning_and_no_list(string body, string code)
    {
        var record = LoadHarness.Record(SourceType.Trending, MediaKind.Movie, "data/discover/trending/movies/week_100.json", variant: "week", id: "trending/movies/week");
        var c = LoadWith(record, body);
        Assert.Empty(c.Lists);
        var w = Assert.Single(c.Warnings);
        Assert.Equal(code, w.Code);
        Assert.Equal("data/discover/trending/movies/week_100.json", w.Source);
    }

    [Fact]
    public void A_stored_path_that_does_not_exist_is_a_file_missing_warning()
    {
        var c = LoadWith(ArchiveRecord, body: null);
        var w = Assert.Single(c.Warnings);
        Assert.Equal(WarningCodes.FileMissing, w.Code);
        Assert.Equal("data/calendar/v2/2026/10/tv.json", w.Source);
    }

    [Theory]
    [InlineData("../outside.json")]
    [InlineData("data/../../outside.json")]
    [InlineData("/etc/passwd")]
    [InlineData("data\\calendar\\tv.json")]
    [InlineData("data//calendar/tv.json")]
    public void A_path_outside_the_snapshot_is_refused(string path)
    {
        var record = LoadHarness.Record(SourceType.CalendarV1, MediaKind.Tv, path, id: "calendar-v1/tv");
        var c = LoadWith(record, body: null);
        var w = Assert.Single(c.Warnings);
        Assert.Equal(WarningCodes.SourcePathInvalid, w.Code);
        Assert.Single(c.Airings);
    }

    [Fact]
    public void The_first_byte_decides_v1_or_v2_whatever_the_manifest_says()
    {
        using var snap = new LoadHarness.TempSnapshot();
        // A v1 body stored under a calendar-v2 record, and a v2 body (with a BOM) under calendar-v1.
        snap.Add(LoadHarness.Record(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json"),
                """  [ { "title": "Legacy", "date": "2026-10-07T21:00:00-04:00", "ids": { "simkl_id": 10 }, "episode": { "season": 1, "episode": 1 } } ]""")
            .Add(LoadHarness.Record(SourceType.CalendarV1, MediaKind.Anime, "data/calendar/anime.json"),
                "\uFEFF\n" + """{ "calendar": [ { "simkl_id": 20, "date": "2026-10-07T15:00:00Z" } ], "metadata": { "20": { "title": "Current", "ids": {} } } }""")
            .WriteManifest();
        var c = LoadCatalogue.FromSnapshot(snap.Dir);
        Assert.Equal(2, c.Airings.Count);
        Assert.Empty(c.Warnings);
        Assert.Equal("Legacy", c.FindTitle(MediaKind.Tv, 10)!.Name);
        Assert.Equal("Current", c.FindTitle(MediaKind.Anime, 20)!.Name);
    }

    [Fact]
    public void No_usable_calendar_data_is_a_snapshot_error_naming_the_first_problem()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(GoodRecord, """{ "calendar": [ { "simkl_id": 1, "date": """)
            .Add(LoadHarness.Record(SourceType.Trending, MediaKind.Tv, "data/discover/trending/tv/today_100.json", variant: "today"),
                """[ { "title": "x", "ids": { "simkl_id": 5 } } ]""")
            .WriteManifest();
        var e = Assert.Throws<SnapshotException>(() => LoadCatalogue.FromSnapshot(snap.Dir));
        Assert.Contains("no usable calendar data", e.Message, StringComparison.Ordinal);
        Assert.Contains("data/calendar/v2/tv.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendars_with_no_usable_rows_are_a_snapshot_error()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.Add(GoodRecord, """{ "calendar": [ { "date": "2026-10-07T01:00:00Z" } ], "metadata": {} }""").WriteManifest();
        var e = Assert.Throws<SnapshotException>(() => LoadCatalogue.FromSnapshot(snap.Dir));
        Assert.Contains("0 usable airings", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_without_calendar_sources_says_how_to_get_data()
    {
        using var snap = new LoadHarness.TempSnapshot();
        snap.AddRecordOnly(GoodRecord with { Path = null, Outcome = SourceOutcome.Missing }).WriteManifest();
        var e = Assert.Throws<SnapshotException>(() => LoadCatalogue.FromSnapshot(snap.Dir));
        Assert.Contains("simkl-site fetch", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_snapshot_json_is_a_snapshot_error()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-load-").FullName;
        try
        {
            var e = Assert.Throws<SnapshotException>(() => LoadCatalogue.FromSnapshot(dir));
            Assert.Contains("snapshot.json", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Hostile_text_in_a_broken_file_does_not_break_the_warning()
    {
        var body = """{ "error": "<script>alert(1)</script>\"><img src=x onerror=alert(1)> עמק 🌙" }""";
        var record = LoadHarness.Record(SourceType.Best, MediaKind.Tv, "api/tv/best/all.json", variant: "all", id: "best/tv/all");
        var w = Assert.Single(LoadWith(record, body).Warnings);
        Assert.Equal(WarningCodes.WrongShape, w.Code);
        Assert.Contains("<script>", w.Message, StringComparison.Ordinal); // data, kept as text; renderers escape it
    }
}
