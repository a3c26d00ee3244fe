using System.Text.Json;
using Simkl.Site.Load;
using Simkl.Site.Model;
using Simkl.Site.Outputs;
using Simkl.Site.Outputs.Search;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Urls;
using static Simkl.Site.Tests.Outputs.FeedTestSite;

namespace Simkl.Site.Tests.Outputs.Search;

public sealed class BuildSearchIndexTests
{
    private static Dictionary<string, OutputFile> Build(bool spoilerSafe = false, IEnumerable<Title>? titles = null) =>
        Files(new BuildSearchIndex(), Context(NewCatalogue(titles: titles), spoilerSafe: spoilerSafe));

    private static JsonElement Json(OutputFile file) => JsonDocument.Parse(file.Content).RootElement.Clone();

    private static JsonElement Manifest(Dictionary<string, OutputFile> files) => Json(files[SiteUrls.File(SiteUrls.SearchIndex)]);

    /// <summary>Every title record, in index order (the manifest's chunk order).</summary>
    private static List<JsonElement> Records(Dictionary<string, OutputFile> files) =>
        [.. Manifest(files).GetProperty("chunks").EnumerateArray()
            .SelectMany(c => Json(files[c.GetString()!.TrimStart('/')]).EnumerateArray())];

    /// <summary>word → title numbers, decoded from every shard.</summary>
    private static Dictionary<string, List<int>> Postings(Dictionary<string, OutputFile> files)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var shard in Manifest(files).GetProperty("words").EnumerateObject())
        {
            var items = Json(files[shard.Value.GetString()!.TrimStart('/')]).EnumerateArray().ToList();
            for (var i = 0; i < items.Count; i += 2)
            {
                var word = items[i].GetString()!;
                Assert.Equal(shard.Name, SearchText.ShardOf(word));
                var n = 0;
                postings[word] = [.. items[i + 1].EnumerateArray().Select(gap => n += gap.GetInt32())];
            }
        }

        return postings;
    }

    [Fact]
    public void Every_word_of_every_title_leads_to_its_record()
    {
        var files = Build(titles: [.. Titles(), Harbor with { SimklId = 1, Slug = "kaze", Name = "Kaze no Uta", RomajiName = "Kaze no Uta Romaji" }]);
        var records = Records(files);
        var postings = Postings(files);
        Assert.Equal(Titles().Count + 1, records.Count);
        Assert.Equal(records.Count, Manifest(files).GetProperty("titles").GetInt32());
        for (var n = 0; n < records.Count; n++)
        {
            var name = records[n][1].GetString();
            var alt = records[n][2].ValueKind == JsonValueKind.String ? records[n][2].GetString() : null;
            foreach (var word in SearchText.Words(name).Concat(SearchText.Words(alt)))
            {
                Assert.Contains(n, postings[word]);
            }

            Assert.Equal((char)('0' + Math.Min(9, SearchText.Words(name).Count)), Manifest(files).GetProperty("lengths").GetString()![n]);
        }

        Assert.Contains(records, r => r[2].ValueKind == JsonValueKind.String && r[2].GetString() == "Kaze no Uta Romaji");
    }

    [Fact]
    public void Orders_titles_by_simkl_rank_then_unranked()
    {
        var files = Build(titles: [Idle with { Rank = 50 }, Orbit, Harbor with { Rank = 3 }, StarDrift with { Rank = 7 }, Hostile]);
        Assert.Equal(
            [SiteUrls.Title(Harbor), SiteUrls.Title(StarDrift), SiteUrls.Title(Idle), SiteUrls.Title(Hostile), SiteUrls.Title(Orbit)],
            Records(files).Select(r => r[0].GetString()));
    }

    [Fact]
    public void A_record_holds_what_a_result_shows_with_the_next_airing()
    {
        var harbor = Records(Build()).Single(r => r[0].GetString() == SiteUrls.Title(Harbor));
        Assert.Equal("Harbor Lights", harbor[1].GetString());
        Assert.Equal(JsonValueKind.Null, harbor[2].ValueKind);
        Assert.Equal("tv", harbor[3].GetString());
        Assert.Equal(2024, harbor[4].GetInt32());
        Assert.Equal("Northwind TV", harbor[5].GetString());
        Assert.Equal(Harbor.PosterPath, harbor[6].GetString());

        // Now is 2026-11-27 12:00Z: the next airing is S03E04 on the 28th, not the past ones.
        Assert.Equal("2026-11-28T01:00:00Z", harbor[7][0].GetString());
        Assert.Equal("S03E04: The Tide", harbor[7][1].GetString());
        var orbit = Records(Build()).Single(r => r[0].GetString() == SiteUrls.Title(Orbit));
        Assert.Equal("2026-12-04", orbit[7][0].GetString());
        Assert.Equal("Release", orbit[7][1].GetString());
        var idle = Records(Build()).Single(r => r[0].GetString() == SiteUrls.Title(Idle));
        Assert.Equal(JsonValueKind.Null, idle[7].ValueKind);
    }

    [Fact]
    public void Spoiler_safe_mode_leaves_episode_titles_out()
    {
        static string All(Dictionary<string, OutputFile> files) => string.Concat(files.Values.Select(f => f.Text()));

        Assert.Contains("The Tide", All(Build(spoilerSafe: false)), StringComparison.Ordinal);
        var safe = Build(spoilerSafe: true);
        Assert.DoesNotContain("The Tide", All(safe), StringComparison.Ordinal);
        Assert.DoesNotContain("Ep; one", All(safe), StringComparison.Ordinal);
        Assert.Equal("S03E04", Records(safe).Single(r => r[0].GetString() == SiteUrls.Title(Harbor))[7][1].GetString());
    }

    [Fact]
    public void Hostile_text_round_trips_as_the_same_text()
    {
        var hostile = Records(Build()).Single(r => r[0].GetString() == SiteUrls.Title(Hostile));
        Assert.Equal(HostileName, hostile[1].GetString());
        Assert.Equal("<i>Net</i>", hostile[5].GetString());
    }

    [Fact]
    public void A_poster_path_that_is_not_a_plain_image_path_is_left_out()
    {
        var files = Build(titles: [Harbor with { PosterPath = "../x\"><script>" }]);
        Assert.Equal(JsonValueKind.Null, Records(files).Single()[6].ValueKind);
    }

    [Fact]
    public void Shards_and_chunks_are_named_by_their_content()
    {
        var files = Build();
        var manifest = Manifest(files);
        var named = manifest.GetProperty("words").EnumerateObject().Select(p => p.Value.GetString()!)
            .Concat(manifest.GetProperty("chunks").EnumerateArray().Select(c => c.GetString()!)).ToList();
        Assert.Equal(files.Count - 1, named.Count);
        foreach (var url in named)
        {
            var bytes = files[url.TrimStart('/')].Content.ToArray();
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..8];
            Assert.EndsWith($".{hash}.json", url, StringComparison.Ordinal);
            Assert.StartsWith("/assets/search/", url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Chunks_hold_at_most_the_chunk_size()
    {
        var many = Enumerable.Range(0, BuildSearchIndex.ChunkSize * 2 + 5)
            .Select(i => Idle with { SimklId = 1000 + i, Slug = $"t{i}", Name = $"Title {i}", Rank = i + 1 })
            .ToList();
        var files = Build(titles: many);
        var chunks = Manifest(files).GetProperty("chunks").EnumerateArray().Select(c => Json(files[c.GetString()!.TrimStart('/')]).GetArrayLength()).ToList();
        Assert.Equal([BuildSearchIndex.ChunkSize, BuildSearchIndex.ChunkSize, 5], chunks);
        Assert.Equal("/tv/1000/t0/", Records(files)[0][0].GetString());
    }

    /// <summary>
    /// The same snapshot, loaded twice (and once with its titles in another order), gives the same
    /// bytes in every index file: a rebuild does not re-upload the index, and CDN caches hold.
    /// </summary>
    [Fact]
    public void The_index_is_byte_identical_across_two_builds_of_the_same_snapshot()
    {
        var sample = Path.Combine(TestSite.RepoRoot, "input", "data", "sample");
        var first = Files(new BuildSearchIndex(), Context(LoadCatalogue.FromSnapshot(sample)));
        var second = Files(new BuildSearchIndex(), Context(LoadCatalogue.FromSnapshot(sample)));
        var loaded = LoadCatalogue.FromSnapshot(sample);
        var reversed = new SiteCatalogue(
            loaded.Titles.Reverse().ToDictionary(p => p.Key, p => p.Value), loaded.Airings, loaded.Lists, loaded.Warnings, loaded.Snapshot);
        var third = Files(new BuildSearchIndex(), Context(reversed));

        Assert.True(first.Count > 3);
        foreach (var other in new[] { second, third })
        {
            Assert.Equal(first.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, file) in first)
            {
                Assert.True(file.Content.Span.SequenceEqual(other[path].Content.Span), $"{path} differs between builds");
            }
        }
    }
}
