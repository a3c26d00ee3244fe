using System.Text.Json;
using Simkl.Site.Outputs.Api;
using Simkl.Site.Load;
using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Outputs;
using Simkl.Site.Settings;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Outputs.FeedTestSite;

namespace Simkl.Site.Tests.Outputs.Api;

public sealed class ApiJsonTests
{
    private static Dictionary<string, OutputFile> Build(BuildContext? context = null) =>
        Files(new BuildApiJson(), context ?? Context());

    private static JsonElement Json(OutputFile file) => JsonDocument.Parse(file.Content).RootElement;

    private static string SchemaFor(string path) => path switch
    {
        _ when path.StartsWith("api/v1/calendar", StringComparison.Ordinal) => "calendar",
        _ when path.StartsWith("api/v1/trending/", StringComparison.Ordinal) => "trending",
        "api/v1/premieres.json" => "premieres",
        "api/v1/capture.json" => "capture",
        _ when path.StartsWith("api/v1/feeds", StringComparison.Ordinal) => "feeds",
        _ => throw new ArgumentException(path),
    };

    /// <summary>Writes the documents and the schemas to a temp folder and validates them with ajv.</summary>
    private static List<(string File, bool Valid, string Errors)> Validate(IEnumerable<KeyValuePair<string, OutputFile>> documents, Dictionary<string, OutputFile> schemas)
    {
        var dir = Directory.CreateTempSubdirectory("simkl-api-");
        try
        {
            var schemaDir = Directory.CreateDirectory(Path.Combine(dir.FullName, "schema"));
            foreach (var (path, file) in schemas)
            {
                File.WriteAllBytes(Path.Combine(schemaDir.FullName, Path.GetFileName(path)), file.Content.ToArray());
            }

            var args = new List<string> { schemaDir.FullName };
            foreach (var (path, file) in documents)
            {
                var full = Path.Combine(dir.FullName, path.Replace('/', '_'));
                File.WriteAllBytes(full, file.Content.ToArray());
                args.Add($"{SchemaFor(path)}={full}");
            }

            using var result = JsonDocument.Parse(NodeScript.Run("validate-json.mjs", "ajv", [.. args]));
            return [.. result.RootElement.EnumerateArray().Select(r => (
                Path.GetFileName(r.GetProperty("file").GetString()!),
                r.GetProperty("valid").GetBoolean(),
                string.Join("\n", r.GetProperty("errors").EnumerateArray().Select(e => e.GetString())))) ];
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void AssertAllValid(Dictionary<string, OutputFile> files)
    {
        var schemas = files.Where(f => f.Key.StartsWith("api/v1/schema/", StringComparison.Ordinal)).ToDictionary();
        var documents = files.Where(f => !f.Key.StartsWith("api/v1/schema/", StringComparison.Ordinal)).ToList();
        var results = Validate(documents, schemas);
        Assert.Equal(documents.Count, results.Count);
        foreach (var (file, valid, errors) in results)
        {
            Assert.True(valid, $"{file} does not match its schema:\n{errors}");
        }
    }

    [Fact]
    public void Writes_every_document_and_its_schema()
    {
        Assert.Equal(
            [
                "api/v1/calendar.json", "api/v1/calendar/anime.json", "api/v1/calendar/movies.json", "api/v1/calendar/tv.json",
                "api/v1/capture.json", "api/v1/feeds.json", "api/v1/premieres.json", "api/v1/schema/calendar.json", "api/v1/schema/capture.json",
                "api/v1/schema/common.json", "api/v1/schema/feeds.json", "api/v1/schema/premieres.json", "api/v1/schema/trending.json",
                "api/v1/trending/anime.json", "api/v1/trending/movies.json", "api/v1/trending/tv.json",
            ],
            Build().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false, "test-client", "UTC")]
    [InlineData(true, null, "Asia/Tokyo")]
    public void Every_document_validates_against_its_schema(bool spoilerSafe, string? clientId, string zone) =>
        AssertAllValid(Build(Context(spoilerSafe: spoilerSafe, clientId: clientId, zone: zone)));

    [Fact]
    public void The_bundled_sample_validates_against_the_schemas()
    {
        var root = NodeScript.RepoRoot;
        var catalogue = LoadCatalogue.FromSnapshot(Path.Combine(root, "input", "data", "sample"));
        var settings = SiteSettingsLoader.Load(Path.Combine(root, "input", "site.json"), _ => "sample-client");
        var context = new BuildContext
        {
            Catalogue = catalogue,
            Settings = settings,
            Now = catalogue.Snapshot.CapturedAt,
            Zone = SiteSettingsLoader.ResolveZone(settings.TimeZone),
        };
        var files = Build(context);
        Assert.NotEqual(0, Json(files["api/v1/calendar.json"]).GetProperty("items").GetArrayLength());
        Assert.NotEqual(0, Json(files["api/v1/trending/tv.json"]).GetProperty("intervals").GetProperty("today").GetArrayLength());
        AssertAllValid(files);
    }

    [Fact]
    public void The_schemas_reject_broken_documents()
    {
        // The validation above could pass vacuously; these must fail.
        var files = Build();
        var calendar = files["api/v1/calendar.json"].Text();
        var bothTimes = calendar.Replace("\"date\":null", "\"date\":\"2026-11-28\"", StringComparison.Ordinal);
        var localTime = calendar.Replace("\"airsAt\":\"2026-11-28T01:00:00Z\"", "\"airsAt\":\"2026-11-28T01:00:00+01:00\"", StringComparison.Ordinal);
        var extraField = calendar.Replace("\"premiere\":", "\"surprise\":1,\"premiere\":", StringComparison.Ordinal);
        var badKind = files["api/v1/trending/tv.json"].Text().Replace("\"kind\":\"tv\"", "\"kind\":\"show\"", StringComparison.Ordinal);
        var feeds = files["api/v1/feeds.json"].Text();
        var scriptLink = feeds.Replace("\"google\":\"https://calendar.google.com/", "\"google\":\"javascript:alert(1)//", StringComparison.Ordinal);
        var foreignPath = feeds.Replace("\"path\":\"/ics/tv.ics\"", "\"path\":\"//evil.example/tv.ics\"", StringComparison.Ordinal);
        Assert.NotEqual(feeds, scriptLink);
        Assert.NotEqual(feeds, foreignPath);
        Assert.NotEqual(calendar, bothTimes);
        Assert.NotEqual(calendar, localTime);
        Assert.NotEqual(calendar, extraField);
        var results = Validate(
            [
                new("api/v1/calendar-both.json", OutputFile.Text("x", bothTimes)),
                new("api/v1/calendar-local.json", OutputFile.Text("x", localTime)),
                new("api/v1/calendar-extra.json", OutputFile.Text("x", extraField)),
                new("api/v1/trending/bad.json", OutputFile.Text("x", badKind)),
                new("api/v1/feeds-script.json", OutputFile.Text("x", scriptLink)),
                new("api/v1/feeds-foreign.json", OutputFile.Text("x", foreignPath)),
            ],
            files.Where(f => f.Key.StartsWith("api/v1/schema/", StringComparison.Ordinal)).ToDictionary());
        Assert.All(results, r => Assert.False(r.Valid, $"{r.File} should not validate"));
    }

    [Fact]
    public void A_later_capture_moves_only_capture_json_and_the_stamps_of_documents_whose_content_changed()
    {
        var stamps = new ContentStamps(new Dictionary<string, ContentStamp>(), CapturedAt);
        var first = Build(Context() with { Stamps = stamps });
        var later = CapturedAt.AddHours(6);

        // Six hours on, the same schedule; only the TV trending list changed its order.
        var lists = Lists().Select(l => l.Id == new ListId(ListFamily.Trending, MediaKind.Tv, "today") ? l with { Entries = [.. l.Entries.Reverse().Select((e, i) => e with { Position = i + 1 })] } : l);
        var catalogue = NewCatalogue(capturedAt: later);
        catalogue = new SiteCatalogue(catalogue.Titles, catalogue.Airings, [.. lists], [], catalogue.Snapshot);
        var next = Build(Context(catalogue) with { Stamps = new ContentStamps(stamps.Current(), later) });

        Assert.Equal("2026-11-27T12:00:00Z", Json(first["api/v1/capture.json"]).GetProperty("capturedAt").GetString());
        Assert.Equal("2026-11-27T18:00:00Z", Json(next["api/v1/capture.json"]).GetProperty("capturedAt").GetString());
        foreach (var path in new[] { "api/v1/calendar.json", "api/v1/calendar/tv.json", "api/v1/premieres.json", "api/v1/trending/anime.json" })
        {
            Assert.True(first[path].Content.Span.SequenceEqual(next[path].Content.Span), $"{path} changed with the capture time alone");
        }

        Assert.Equal("2026-11-27T12:00:00Z", Json(first["api/v1/trending/tv.json"]).GetProperty("generatedAt").GetString());
        Assert.Equal("2026-11-27T18:00:00Z", Json(next["api/v1/trending/tv.json"]).GetProperty("generatedAt").GetString());
    }

    [Fact]
    public void Calendar_keeps_instants_and_dates_apart_and_covers_the_upcoming_window()
    {
        var doc = Json(Build()["api/v1/calendar.json"]);
        Assert.Equal(1, doc.GetProperty("version").GetInt32());
        Assert.Equal("https://cal.example.org/api/v1/schema/calendar.json", doc.GetProperty("$schema").GetString());
        Assert.Equal("2026-11-27T12:00:00Z", doc.GetProperty("generatedAt").GetString());
        Assert.Equal("UTC", doc.GetProperty("site").GetProperty("timeZone").GetString());
        Assert.Equal("2026-11-27", doc.GetProperty("from").GetString());
        Assert.Equal("2026-12-10", doc.GetProperty("to").GetString());
        var items = doc.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["tv-9100200-s1e1", "tv-9100123-s3e4", "anime-9300456-s0e14", "tv-9100123-s0e1", "anime-9300777-s0e1", "anime-9300900-d20261202", "movie-9500042-d20261204", "tv-9100123-s3e5"],
            items.Select(i => i.GetProperty("key").GetString()));

        var finale = items[1];
        Assert.Equal("2026-11-28T01:00:00Z", finale.GetProperty("airsAt").GetString());
        Assert.Equal(JsonValueKind.Null, finale.GetProperty("date").ValueKind);
        Assert.Equal("2026-11-28", finale.GetProperty("siteDay").GetString());
        Assert.Equal("season", finale.GetProperty("finale").GetString());
        Assert.Equal("S03E04", finale.GetProperty("episodeCode").GetString());
        Assert.Equal("The Tide", finale.GetProperty("episodeTitle").GetString());
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-4/", finale.GetProperty("url").GetString());
        Assert.Equal("https://cal.example.org/tv/9100123/harbor-lights/", finale.GetProperty("pageUrl").GetString());
        Assert.Equal("https://cal.example.org/ics/tv/9100123.ics", finale.GetProperty("icsUrl").GetString());
        Assert.StartsWith("https://api.simkl.com/redirect?to=watched&", finale.GetProperty("markWatchedUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://wsrv.nl/?url=https://simkl.in/posters/37/3791c0de4a55e1f2b_c.webp", finale.GetProperty("poster").GetString());

        var movie = items.Single(i => i.GetProperty("kind").GetString() == "movie");
        Assert.Equal(JsonValueKind.Null, movie.GetProperty("airsAt").ValueKind);
        Assert.Equal("2026-12-04", movie.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, movie.GetProperty("season").ValueKind);
        Assert.Equal(JsonValueKind.Null, movie.GetProperty("markWatchedUrl").ValueKind); // movies off by default

        var anime = items.Single(i => i.GetProperty("key").GetString() == "anime-9300456-s0e14");
        Assert.Equal(JsonValueKind.Null, anime.GetProperty("season").ValueKind);
        Assert.Equal("E14", anime.GetProperty("episodeCode").GetString());
    }

    [Fact]
    public void Site_day_follows_the_site_zone_but_instants_do_not_move()
    {
        var items = Json(Build(Context(zone: "America/New_York"))["api/v1/calendar.json"]).GetProperty("items").EnumerateArray();
        var finale = items.Single(i => i.GetProperty("key").GetString() == "tv-9100123-s3e4");
        Assert.Equal("2026-11-28T01:00:00Z", finale.GetProperty("airsAt").GetString());
        Assert.Equal("2026-11-27", finale.GetProperty("siteDay").GetString());
    }

    [Fact]
    public void Per_kind_calendars_split_the_items()
    {
        var files = Build();
        var all = Json(files["api/v1/calendar.json"]).GetProperty("items").GetArrayLength();
        var tv = Json(files["api/v1/calendar/tv.json"]);
        Assert.Equal("tv", tv.GetProperty("kind").GetString());
        Assert.All(tv.GetProperty("items").EnumerateArray(), i => Assert.Equal("tv", i.GetProperty("kind").GetString()));
        Assert.Equal(all,
            tv.GetProperty("items").GetArrayLength()
            + Json(files["api/v1/calendar/anime.json"]).GetProperty("items").GetArrayLength()
            + Json(files["api/v1/calendar/movies.json"]).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Trending_and_premieres_hold_the_lists()
    {
        var files = Build();
        var tv = Json(files["api/v1/trending/tv.json"]).GetProperty("intervals");
        Assert.Equal([HostileName, "Harbor Lights"], tv.GetProperty("today").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(1200, tv.GetProperty("today")[0].GetProperty("watched").GetInt32());
        Assert.Equal(0, tv.GetProperty("month").GetArrayLength());
        Assert.Equal("https://simkl.com/tv/best-shows/most-watched/", Json(files["api/v1/trending/tv.json"]).GetProperty("mostWatchedUrl").GetString());

        var premieres = Json(files["api/v1/premieres.json"]);
        Assert.Equal(["tv-9100200-s1e1", "anime-9300777-s0e1"], premieres.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        var soon = premieres.GetProperty("lists").GetProperty("tv").GetProperty("soon");
        Assert.Equal("2026-12-20T02:00:00Z", soon[0].GetProperty("airsAt").GetString());
        Assert.Equal(JsonValueKind.Null, soon[0].GetProperty("date").ValueKind);
        var animeNew = premieres.GetProperty("lists").GetProperty("anime").GetProperty("new");
        Assert.Equal("2026-12-01", animeNew[0].GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, animeNew[0].GetProperty("airsAt").ValueKind);
    }

    [Fact]
    public void Spoiler_safe_mode_nulls_episode_titles()
    {
        var files = Build(Context(spoilerSafe: true));
        Assert.DoesNotContain("The Tide", files["api/v1/calendar.json"].Text(), StringComparison.Ordinal);
        Assert.True(Json(files["api/v1/calendar.json"]).GetProperty("site").GetProperty("spoilerSafe").GetBoolean());
    }

    [Fact]
    public void Output_is_deterministic_and_hostile_text_round_trips()
    {
        var first = Build();
        var airings = Airings();
        airings.Reverse();
        var second = Build(Context(NewCatalogue(airings)));
        foreach (var (path, file) in first)
        {
            Assert.True(file.Content.Span.SequenceEqual(second[path].Content.Span), $"{path} differs between builds");
        }

        var raw = first["api/v1/calendar.json"].Text();
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal); // escaped as \u003C, safe to inline
        var hostile = Json(first["api/v1/calendar.json"]).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("key").GetString() == "tv-9100200-s1e1");
        Assert.Equal(HostileName, hostile.GetProperty("title").GetString());
        Assert.Equal(HostileEpisode, hostile.GetProperty("episodeTitle").GetString());
    }
}
