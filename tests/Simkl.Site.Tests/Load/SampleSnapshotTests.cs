using System.Runtime.CompilerServices;
using System.Text.Json;
using Simkl.Site.TestData;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// The bundled sample (input/data/sample) is generated; these tests keep the committed files equal
/// to what the generator writes, and check the snapshot contract on them.
/// </summary>
public sealed class SampleSnapshotTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("simkl-sample-");

    public void Dispose() => _temp.Delete(recursive: true);

    private static string RepoRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    private static string CommittedSample => Path.Combine(RepoRoot(), "input", "data", "sample");

    private static SortedDictionary<string, byte[]> ReadTree(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "README.md")
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);

    [Fact]
    public void Regenerated_sample_is_byte_identical_to_the_committed_one()
    {
        SampleSnapshot.Generate(_temp.FullName);

        var expected = ReadTree(CommittedSample);
        var actual = ReadTree(_temp.FullName);

        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]),
                $"{path} differs from its generator; run: dotnet run --project tests/Simkl.Site.Benchmarks -c Release -- generate-sample input/data/sample");
        }
    }

    [Fact]
    public void Generating_twice_gives_identical_bytes()
    {
        var second = Directory.CreateDirectory(Path.Combine(_temp.FullName, "second"));
        var first = Directory.CreateDirectory(Path.Combine(_temp.FullName, "first"));
        SampleSnapshot.Generate(first.FullName);
        SampleSnapshot.Generate(second.FullName);

        var a = ReadTree(first.FullName);
        var b = ReadTree(second.FullName);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(b[kv.Key]), kv.Key));
    }

    [Fact]
    public void Manifest_records_every_file_as_a_fresh_200_with_matching_size()
    {
        var manifest = SnapshotJson.ReadManifest(CommittedSample);

        Assert.True(manifest.Synthetic);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), manifest.CapturedAt);
        Assert.Equal("https://data.simkl.in", manifest.DataBase);
        Assert.Equal("https://api.simkl.com", manifest.ApiBase);
        Assert.Equal(manifest.Sources.Count, manifest.Sources.Select(s => s.Id).Distinct().Count());

        var files = ReadTree(CommittedSample).Keys.Where(k => k != SnapshotManifest.FileName).ToHashSet();
        Assert.Equal(files.Order(StringComparer.Ordinal), manifest.Sources.Select(s => s.Path!).Order(StringComparer.Ordinal));
        foreach (var s in manifest.Sources)
        {
            Assert.Equal(SourceOutcome.Fresh, s.Outcome);
            Assert.Equal(200, s.HttpStatus);
            Assert.Equal(manifest.CapturedAt, s.GoodAt);
            Assert.NotNull(s.ETag);
            Assert.NotNull(s.Path);
            Assert.Equal(new FileInfo(Path.Combine(CommittedSample, s.Path!)).Length, s.Bytes);
            Assert.StartsWith(s.Path!.StartsWith("data/", StringComparison.Ordinal) ? "https://data.simkl.in/" : "https://api.simkl.com/", s.Url, StringComparison.Ordinal);
        }

        // Monthly archive URLs use an un-padded month, exactly as upstream.
        Assert.Contains(manifest.Sources, s => s.Id == "calendar-v2/2026-11/tv" && s.Url == "https://data.simkl.in/calendar/v2/2026/11/tv.json");
    }

    [Fact]
    public void Rolling_file_and_archive_disagree_on_one_rescheduled_episode()
    {
        static Dictionary<(long, int?, int?), string> Rows(string path)
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var rows = new Dictionary<(long, int?, int?), string>();
            foreach (var r in doc.RootElement.GetProperty("calendar").EnumerateArray())
            {
                int? season = null, episode = null;
                if (r.TryGetProperty("episode", out var e))
                {
                    season = e.TryGetProperty("season", out var s) ? s.GetInt32() : null;
                    episode = e.GetProperty("episode").GetInt32();
                }

                rows[(r.GetProperty("simkl_id").GetInt64(), season, episode)] = r.GetProperty("date").GetString()!;
            }

            return rows;
        }

        var rolling = Rows(Path.Combine(CommittedSample, "data/calendar/v2/tv.json"));
        var december = Rows(Path.Combine(CommittedSample, "data/calendar/v2/2026/12/tv.json"));
        var differing = rolling.Keys.Intersect(december.Keys).Where(k => rolling[k] != december[k]).ToList();

        var key = Assert.Single(differing);
        Assert.Equal((9100115L, (int?)2, (int?)11), key);
        Assert.Equal("2026-12-14T02:00:00Z", rolling[key]);
        Assert.Equal("2026-12-13T02:00:00Z", december[key]);
    }
}
