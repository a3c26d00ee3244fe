using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Simkl.Site.Model;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>Helpers for loader tests: parse bodies in memory, write temp snapshots, project results to JSON.</summary>
internal static class LoadHarness
{
    public static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", "Load", .. parts]);

    public static SourceRecord Record(SourceType type, MediaKind kind, string path, string? month = null, string? variant = null, int? page = null, string? id = null) => new()
    {
        Id = id ?? $"{type}/{kind}/{month ?? variant ?? "rolling"}/{page}",
        Type = type,
        Kind = kind,
        Month = month,
        Variant = variant,
        Page = page,
        Url = "https://example.invalid/" + path,
        Path = path,
        Outcome = SourceOutcome.Fresh,
    };

    public static ParsedSource Parse(string body, SourceRecord record) => Parse(Encoding.UTF8.GetBytes(body), record);

    public static ParsedSource Parse(byte[] body, SourceRecord record, MetadataCache? cache = null)
    {
        var result = new ParsedSource(record, new ParseContext(record.Path!, record.Kind, new StringPool()) { Metadata = cache });
        ParseSource.Parse(body, result);
        return result;
    }

    public static LoadCatalogue.Merged Merge(params ParsedSource[] sources) => LoadCatalogue.Merge(sources);

    /// <summary>A snapshot folder in a fresh temp directory; deleted on dispose.</summary>
    public sealed class TempSnapshot : IDisposable
    {
        private readonly List<SourceRecord> _sources = [];

        public TempSnapshot(DateTimeOffset? capturedAt = null)
        {
            Dir = Directory.CreateTempSubdirectory("simkl-load-").FullName;
            CapturedAt = capturedAt ?? new DateTimeOffset(2026, 10, 6, 12, 0, 0, TimeSpan.Zero);
        }

        public string Dir { get; }
        public DateTimeOffset CapturedAt { get; }

        public TempSnapshot Add(SourceRecord record, string? body)
        {
            if (body is not null)
            {
                var full = Path.Combine(Dir, record.Path!);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, body);
            }

            _sources.Add(record);
            return this;
        }

        /// <summary>Adds a manifest entry without writing the file (or with a path that is not there).</summary>
        public TempSnapshot AddRecordOnly(SourceRecord record)
        {
            _sources.Add(record);
            return this;
        }

        public TempSnapshot WriteManifest(IEnumerable<SourceRecord>? order = null)
        {
            var manifest = new SnapshotManifest { CapturedAt = CapturedAt, Synthetic = true, Sources = [.. order ?? _sources] };
            File.WriteAllText(Path.Combine(Dir, SnapshotManifest.FileName), JsonSerializer.Serialize(manifest, SnapshotJson.Options));
            return this;
        }

        public IReadOnlyList<SourceRecord> Sources => _sources;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Copies a fixture snapshot folder into a temp folder (tests that modify it).</summary>
    public static string CopyFixture(string name)
    {
        var source = Fixture(name);
        var target = Directory.CreateTempSubdirectory("simkl-load-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }

        return target;
    }

    // ---- Projection of results to JSON, for data-driven comparisons ----

    public static JsonObject Project(LoadCatalogue.Merged merged)
    {
        var warnings = new JsonObject();
        foreach (var (code, n) in LoadWarnings.CountByCode(merged.Warnings))
        {
            warnings[code] = n;
        }

        return new JsonObject
        {
            ["airings"] = new JsonArray([.. merged.Airings.Select(ProjectAiring)]),
            ["titles"] = new JsonArray([.. merged.Titles.Values.Select(ProjectTitle)]),
            ["lists"] = new JsonArray([.. merged.Lists.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l.Id.ToString(),
                ["entries"] = new JsonArray([.. l.Entries.Select(ProjectEntry)]),
            })]),
            ["warnings"] = warnings,
        };
    }

    public static JsonNode ProjectAiring(Airing a) => new JsonObject
    {
        ["key"] = a.Key,
        ["simklId"] = a.SimklId,
        ["kind"] = a.Kind.Hook(),
        ["when"] = a.When.MachineValue,
        ["dateOnly"] = a.When.IsDateOnly,
        ["season"] = a.Season,
        ["episode"] = a.Episode,
        ["episodeTitle"] = a.EpisodeTitle,
        ["finale"] = a.Finale.ToString(),
        ["episodeUrl"] = a.EpisodeUrl,
        ["sourceFile"] = a.SourceFile,
    };

    public static JsonNode ProjectTitle(Title t)
    {
        var ids = new JsonObject();
        foreach (var (k, v) in t.Ids.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            ids[k] = v;
        }

        return new JsonObject
        {
            ["simklId"] = t.SimklId,
            ["kind"] = t.Kind.Hook(),
            ["slug"] = t.Slug,
            ["name"] = t.Name,
            ["romajiName"] = t.RomajiName,
            ["posterPath"] = t.PosterPath,
            ["fanartPath"] = t.FanartPath,
            ["ids"] = ids,
            ["rank"] = t.Rank,
            ["ratings"] = new JsonArray([.. t.Ratings.Select(r => (JsonNode)new JsonObject { ["source"] = r.Source, ["value"] = r.Value, ["votes"] = r.Votes })]),
            ["genres"] = new JsonArray([.. t.Genres.Select(g => (JsonNode)JsonValue.Create(g))]),
            ["network"] = t.Network,
            ["country"] = t.Country,
            ["runtimeMinutes"] = t.RuntimeMinutes,
            ["runtimeText"] = t.RuntimeText,
            ["status"] = t.Status,
            ["year"] = t.Year,
            ["releaseDate"] = t.ReleaseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["totalEpisodes"] = t.TotalEpisodes,
            ["animeType"] = t.AnimeType,
            ["overview"] = t.Overview,
            ["trailer"] = t.Trailer,
            ["simklUrl"] = t.SimklUrl,
        };
    }

    public static JsonNode ProjectEntry(ListEntry e) => new JsonObject
    {
        ["simklId"] = e.SimklId,
        ["kind"] = e.Kind.Hook(),
        ["position"] = e.Position,
        ["when"] = e.When?.MachineValue,
        ["dateOnly"] = e.When?.IsDateOnly,
        ["season"] = e.Season,
        ["episode"] = e.Episode,
        ["episodeUrl"] = e.EpisodeUrl,
        ["watched"] = e.Watched,
        ["planToWatch"] = e.PlanToWatch,
        ["votes"] = e.Votes,
        ["dropRate"] = e.DropRate,
    };

    /// <summary>
    /// Every property in <paramref name="expected"/> must exist in <paramref name="actual"/> with an
    /// equal value; arrays must have the same length. Properties not named are not compared, so a
    /// fixture states only what its quirk is about.
    /// </summary>
    public static void AssertSubset(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual?.ToJsonString()}");
                break;
            case JsonObject eo:
                var ao = Assert.IsType<JsonObject>(actual, exactMatch: false);
                foreach (var (key, value) in eo)
                {
                    Assert.True(ao.ContainsKey(key), $"{path}.{key}: no such property in the result (typo in the fixture?)");
                    AssertSubset(value, ao[key], $"{path}.{key}");
                }

                break;
            case JsonArray ea:
                var aa = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(ea.Count == aa.Count, $"{path}: expected {ea.Count} item(s), got {aa.Count}: {aa.ToJsonString()}");
                for (var i = 0; i < ea.Count; i++)
                {
                    AssertSubset(ea[i], aa[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(actual is JsonValue, $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}");
                var ev = (JsonValue)expected;
                var av = (JsonValue)actual!;
                if (ev.GetValueKind() == JsonValueKind.Number && av.GetValueKind() == JsonValueKind.Number)
                {
                    var same = decimal.Parse(ev.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
                        == decimal.Parse(av.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                    Assert.True(same, $"{path}: expected {ev.ToJsonString()}, got {av.ToJsonString()}");
                }
                else
                {
                    Assert.True(JsonNode.DeepEquals(ev, av), $"{path}: expected {ev.ToJsonString()}, got {av.ToJsonString()}");
                }

                break;
        }
    }
}
