using System.CommandLine;
using System.Text.Json.Nodes;
using Simkl.Site.Cli.Commands;

namespace Simkl.Site.Tests.Load;

/// <summary><c>simkl-site stats</c> end to end, in process, on the basic fixture snapshot.</summary>
public class StatsCommandTests
{
    private static readonly string Basic = LoadHarness.Fixture("basic");

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var root = new RootCommand { StatsCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(["stats", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Fact]
    public async Task Text_report_has_counts_days_lists_sources_and_warnings()
    {
        var (exit, text, err) = await Run("--data", Basic, "--time-zone", "UTC");
        Assert.True(exit == 0, err);
        Assert.Contains($"snapshot: {Basic} (--data)\n", text, StringComparison.Ordinal);
        Assert.Contains("captured: 2026-10-06T12:00:00Z (synthetic)\n", text, StringComparison.Ordinal);
        Assert.Contains("titles:  tv 8, anime 3, movie 2, total 13\n", text, StringComparison.Ordinal);
        Assert.Contains("airings: tv 6 (4 timed, 2 date-only), anime 3 (2 timed, 1 date-only), movie 2 (0 timed, 2 date-only), total 11\n", text, StringComparison.Ordinal);
        Assert.Contains("  kind      v2     v1  lists  lists-no-date\n  tv         5      1      3              0\n  anime      2      1      0              1\n  movie      1      1      0              0\n", text, StringComparison.Ordinal);
        Assert.Contains("  tv    dropped: list-duplicate 1, no-title-data 1, row-bad-shape 1, row-no-id 1, wrong-shape 1; repaired: drop-rate-invalid 1, genre-duplicate 1, id-numeric 3, rank-unranked 2, release-date-invalid 1, runtime-unparsed 1\n", text, StringComparison.Ordinal);
        Assert.Contains("  anime dropped: none; repaired: anime-season-dropped 1, date-missing 1, id-numeric 1, rank-unranked 2\n", text, StringComparison.Ordinal);
        Assert.Contains("airings per day (UTC):\n", text, StringComparison.Ordinal);
        // Every day from the first to the last airing, empty days included.
        Assert.Contains("  2026-09-30     1      0      0      1\n", text, StringComparison.Ordinal);
        Assert.Contains("  2026-10-01     0      0      0      0\n", text, StringComparison.Ordinal);
        Assert.Contains("  2026-10-08     1      0      0      1\n", text, StringComparison.Ordinal);
        Assert.Contains("  2026-10-09     1      1      0      2\n", text, StringComparison.Ordinal); // the anime film is a date: 10-09 in Tokyo
        Assert.Contains("  2026-10-16     0      0      1      1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-10-17", text, StringComparison.Ordinal);
        Assert.Contains("lists: 3\n", text, StringComparison.Ordinal);
        Assert.Contains("  premieres/tv/soon                3\n", text, StringComparison.Ordinal);
        Assert.Contains("sources: 13 (fresh 10, not-modified 1, stale 1, missing 1); 12 stored files\n", text, StringComparison.Ordinal);
        Assert.Contains("  stale    calendar-v1/2026-10/anime: HTTP 503; kept the copy from 2026-10-05\n", text, StringComparison.Ordinal);
        Assert.Contains("  missing  calendar-v2/2026-11/movie: HTTP 404: no archive for 2026-11\n", text, StringComparison.Ordinal);
        Assert.Contains("warnings: 20 record(s) in 19 warning(s)\n", text, StringComparison.Ordinal);
        Assert.Contains("  id-numeric                    4  ", text, StringComparison.Ordinal);
        Assert.Contains("(--warnings lists them all)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[wrong-shape]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_option_lists_every_warning()
    {
        var (exit, text, _) = await Run("--data", Basic, "--time-zone", "UTC", "--warnings");
        Assert.Equal(0, exit);
        Assert.Contains("  [wrong-shape] api/tv/best/all.json: source 'best/tv/all': a JSON object where a list was expected", text, StringComparison.Ordinal);
        Assert.Contains("  [no-title-data] data/calendar/v2/2026/10/tv.json: simkl 9100999", text, StringComparison.Ordinal);
        Assert.Equal(19, text.Split('\n').Count(l => l.StartsWith("  [", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Window_and_zone_change_the_day_table()
    {
        var (exit, text, _) = await Run("--data", Basic, "--time-zone", "Asia/Tokyo", "--from", "2026-10-06", "--days", "2");
        Assert.Equal(0, exit);
        Assert.Contains("airings per day (Asia/Tokyo):\n", text, StringComparison.Ordinal);
        // 10-06 15:00Z (anime) and 10-07 01:00Z (tv) are both 10-07 in Tokyo; 10-05 14:30Z is 10-05 23:30.
        Assert.Contains("  2026-10-06     0      0      0      0\n", text, StringComparison.Ordinal);
        Assert.Contains("  2026-10-07     1      1      0      2\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("  2026-10-08 ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_document_has_the_same_numbers()
    {
        var (exit, json, err) = await Run("--data", Basic, "--time-zone", "America/New_York", "--json", "--from", "2026-10-08", "--days", "3");
        Assert.True(exit == 0, err);
        var doc = JsonNode.Parse(json)!.AsObject();

        Assert.Equal(Basic, (string?)doc["snapshot"]!["path"]);
        Assert.Equal("--data", (string?)doc["snapshot"]!["reason"]);
        Assert.Equal("2026-10-06T12:00:00Z", (string?)doc["snapshot"]!["capturedAt"]);
        Assert.True((bool)doc["snapshot"]!["synthetic"]!);
        Assert.Equal("America/New_York", (string?)doc["timeZone"]);

        Assert.Equal(8, (int)doc["titles"]!["tv"]!);
        Assert.Equal(13, (int)doc["titles"]!["total"]!);
        Assert.Equal(4, (int)doc["airings"]!["tv"]!["timed"]!);
        Assert.Equal(2, (int)doc["airings"]!["tv"]!["dateOnly"]!);
        Assert.Equal(11, (int)doc["airings"]!["total"]!);
        Assert.Equal("2026-09-29", (string?)doc["airings"]!["firstDay"]); // 2026-09-30T01:00Z is the 29th in New York
        Assert.Equal("2026-10-16", (string?)doc["airings"]!["lastDay"]);

        var days = doc["days"]!.AsArray();
        Assert.Equal(["2026-10-08", "2026-10-09", "2026-10-10"], days.Select(d => (string)d!["date"]!));
        // New York: 10-08 has the date-only S1E8 and the 9100125 airing (02:30Z on the 9th = 22:30 on the 8th);
        // the anime film is a date, its Tokyo date 10-09, wherever the site is.
        Assert.Equal(2, (int)days[0]!["tv"]!);
        Assert.Equal(0, (int)days[0]!["anime"]!);
        Assert.Equal(2, (int)days[0]!["total"]!);
        Assert.Equal(1, (int)days[1]!["anime"]!);
        Assert.Equal(1, (int)doc["airings"]!["origins"]!["anime"]!["v1"]!);
        Assert.Equal(1, (int)doc["airings"]!["origins"]!["anime"]!["listUndated"]!);
        Assert.Equal(1, (int)doc["warnings"]!["byKind"]!["anime"]!["repaired"]!["date-missing"]!);
        Assert.Equal(1, (int)doc["warnings"]!["byKind"]!["tv"]!["dropped"]!["row-no-id"]!);
        Assert.Equal(1, (int)days[2]!["movie"]!);

        var lists = doc["lists"]!.AsArray();
        Assert.Equal(3, lists.Count);
        Assert.Equal("premieres/tv/soon", (string?)lists[1]!["id"]);
        Assert.Equal("premieres", (string?)lists[1]!["family"]);
        Assert.Equal("tv", (string?)lists[1]!["kind"]);
        Assert.Equal("soon", (string?)lists[1]!["variant"]);
        Assert.Equal(3, (int)lists[1]!["entries"]!);

        Assert.Equal(13, (int)doc["sources"]!["total"]!);
        Assert.Equal(12, (int)doc["sources"]!["stored"]!);
        Assert.Equal(1, (int)doc["sources"]!["outcomes"]!["stale"]!);
        Assert.Equal(1, (int)doc["sources"]!["outcomes"]!["not-modified"]!);
        var problems = doc["sources"]!["problems"]!.AsArray();
        Assert.Equal(["calendar-v1/2026-10/anime", "calendar-v2/2026-11/movie"], problems.Select(p => (string)p!["id"]!));
        Assert.Equal(404, (int)problems[1]!["httpStatus"]!);

        Assert.Equal(20, (int)doc["warnings"]!["records"]!);
        Assert.Equal(19, (int)doc["warnings"]!["count"]!);
        Assert.Equal(4, (int)doc["warnings"]!["byCode"]!["rank-unranked"]!);
        Assert.False(doc["warnings"]!.AsObject().ContainsKey("items"));
    }

    [Fact]
    public async Task Json_with_warnings_lists_items()
    {
        var (exit, json, _) = await Run("--data", Basic, "--time-zone", "UTC", "--json", "--warnings");
        Assert.Equal(0, exit);
        var items = JsonNode.Parse(json)!["warnings"]!["items"]!.AsArray();
        Assert.Equal(19, items.Count);
        Assert.Equal(20, items.Sum(i => (int)i!["count"]!));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty((string?)i!["source"])));
    }

    [Fact]
    public async Task Default_zone_comes_from_the_settings_file()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-stats-").FullName;
        try
        {
            var settings = Path.Combine(dir, "site.json");
            File.WriteAllText(settings, """{ "timeZone": "Europe/Berlin" }""");
            var (exit, text, _) = await Run("--data", Basic, "--settings", settings);
            Assert.Equal(0, exit);
            Assert.Contains("airings per day (Europe/Berlin):", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_bad_zone_is_one_clear_error_and_a_bad_option()
    {
        var (exit, text, err) = await Run("--data", Basic, "--time-zone", "Mars/Olympus_Mons");
        Assert.Equal(1, exit);
        Assert.Equal("", text);
        Assert.Equal("error: --time-zone: unknown time zone 'Mars/Olympus_Mons' (use an IANA id such as 'Europe/Berlin').", err.Trim());
    }

    [Theory]
    [InlineData("--from", "10/08/2026", "--from '10/08/2026' is not a date")]
    [InlineData("--days", "0", "--days must be between 1 and 3660")]
    public async Task Bad_window_options_are_errors(string option, string value, string message)
    {
        var (exit, _, err) = await Run("--data", Basic, "--time-zone", "UTC", option, value);
        Assert.Equal(1, exit);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task A_window_outside_1900_to_2100_is_an_error_not_an_overflow(string from)
    {
        var (exit, _, err) = await Run("--data", Basic, "--time-zone", "UTC", "--from", from, "--days", "2");
        Assert.Equal(1, exit);
        Assert.Contains($"--from '{from}' is outside 1900-01-01 to 2100-12-31", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_snapshot_is_exit_2_with_the_folder_named()
    {
        var (exit, _, err) = await Run("--data", "/nonexistent/snapshot-folder", "--time-zone", "UTC");
        Assert.Equal(2, exit);
        Assert.Contains("No snapshot at '/nonexistent/snapshot-folder'", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_options_are_errors()
    {
        var (exit, text, err) = await Run("--data", Basic, "--nope");
        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("titles:", text, StringComparison.Ordinal);
        Assert.Contains("--nope", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_snapshot_is_the_fetched_one_when_present_else_the_sample()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-stats-").FullName;
        try
        {
            // No input/ here: the sample packaged with the tool, beside the executable.
            var (path, reason) = StatsCommand.ResolveSnapshot(null, dir);
            Assert.Equal(Path.Combine(AppContext.BaseDirectory, "input", "data", "sample"), path);
            Assert.Contains("bundled sample", reason, StringComparison.Ordinal);

            Directory.CreateDirectory(Path.Combine(dir, "input"));
            Assert.Equal("input/data/sample", StatsCommand.ResolveSnapshot(null, dir).Path);

            Directory.CreateDirectory(Path.Combine(dir, ".cache", "snapshot"));
            Assert.Equal("input/data/sample", StatsCommand.ResolveSnapshot(null, dir).Path); // folder without snapshot.json

            File.WriteAllText(Path.Combine(dir, ".cache", "snapshot", "snapshot.json"), "{}");
            (path, reason) = StatsCommand.ResolveSnapshot(null, dir);
            Assert.Equal(".cache/snapshot", path);
            Assert.Contains("fetched", reason, StringComparison.Ordinal);

            Assert.Equal(("elsewhere", "--data"), StatsCommand.ResolveSnapshot("elsewhere", dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_damaged_manifest_is_named_entry_by_entry_instead_of_crashing()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-stats-damaged-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Basic, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(dir, Path.GetRelativePath(Basic, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var manifestPath = Path.Combine(dir, "snapshot.json");
            var root = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!.AsObject();
            var sources = root["sources"]!.AsArray();
            var nulId = sources[1]!["id"]!.GetValue<string>();
            var outcomeId = sources[2]!["id"]!.GetValue<string>();
            sources[1]!["path"] = "data/calendar\0/x.json";
            sources[2]!["outcome"] = "exploded";
            sources[0]!["message"] = "\u001b[2J\r\nFAKE: all good";
            await File.WriteAllTextAsync(manifestPath, root.ToJsonString());

            var (exit, text, err) = await Run("--data", dir, "--time-zone", "UTC", "--warnings");

            Assert.True(exit == 0, err);
            Assert.Contains($"  could not use: source #2 ('{nulId}') dropped: path 'data/calendar/x.json' is not inside the snapshot folder", text, StringComparison.Ordinal);
            Assert.Contains($"  could not use: source #3 ('{outcomeId}') dropped: not a valid source record", text, StringComparison.Ordinal);
            Assert.DoesNotContain(text, c => c is '\u001b' or '\r' or '\0');
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
