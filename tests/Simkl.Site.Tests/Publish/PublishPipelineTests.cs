using System.Text;
using AngleSharp.Html.Parser;
using Simkl.Site.Build;
using Simkl.Site.Check;
using Simkl.Site.FakeSimkl;
using Simkl.Site.Publish;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.Fetch;

namespace Simkl.Site.Tests.Publish;

/// <summary>
/// The scheduled pipeline end to end against the fake Simkl: fetch, build, check, guard, "deploy"
/// (a copy into a live folder, as Netlify would hold it) and record, four runs in a row.
/// </summary>
public sealed class PublishPipelineTests : IAsyncLifetime
{
    private const string BaseUrl = "https://cal.example.org";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-pipeline-");
    private FetchHarness _fetch = null!;

    private string Site => Path.Combine(_root.FullName, "_site");
    private string Live => Path.Combine(_root.FullName, "live");
    private string Published => Path.Combine(_root.FullName, "published", BuildManifest.FileName);
    private string State => Path.Combine(_root.FullName, "state", "schedule.json");

    public async Task InitializeAsync() => _fetch = await FetchHarness.StartAsync();

    public async Task DisposeAsync()
    {
        await _fetch.DisposeAsync();
        _root.Delete(recursive: true);
    }

    private BuildResult Build()
    {
        var input = Directory.CreateDirectory(Path.Combine(_root.FullName, "input"));
        Directory.CreateDirectory(Path.Combine(input.FullName, "pages"));
        return SiteBuilder.Build(new BuildOptions
        {
            DataDir = _fetch.Dir,
            Settings = _fetch.Settings with { BaseUrl = BaseUrl, Title = "Pipeline Calendar" },
            InputDir = input.FullName,
            ThemeDir = Path.Combine(PublishingData.RepoRoot(), "theme"),
            OutputDir = Site,
            StatePath = State,
            Generators = OutputGenerators.Default(),
        });
    }

    private async Task<GuardVerdict> CheckAndGuardAsync()
    {
        var report = await SiteChecker.CheckAsync(Site, new Uri(BaseUrl));
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        var manifest = CreateBuildManifest.Read(BuildManifest.PathFor(Site));
        return PublishGuard.Evaluate(manifest, PublishedManifest.Read(Published), CheckStatus.Passed, new GuardOptions(),
            PublishGuard.VerifyFolder(Site, manifest));
    }

    private void Deploy()
    {
        if (Directory.Exists(Live))
        {
            Directory.Delete(Live, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Live, Path.GetRelativePath(Site, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        PublishedManifest.Record(BuildManifest.PathFor(Site), Published);
    }

    private static Dictionary<string, string> Hashes(string dir, Func<string, bool>? include = null) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => (Rel: Path.GetRelativePath(dir, f).Replace('\\', '/'), Full: f))
            .Where(f => include?.Invoke(f.Rel) ?? true)
            .ToDictionary(f => f.Rel, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f.Full))));

    private void MoveUpstream(string from, string to)
    {
        foreach (var path in new[] { "data/calendar/v2/tv.json", "data/calendar/v2/2026/11/tv.json" })
        {
            var text = Encoding.UTF8.GetString(_fetch.Fake.GetFile(path)!);
            Assert.Contains(from, text);
            _fetch.Fake.SetFile(path, text.Replace(from, to, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Fetch_build_check_guard_publish_four_times()
    {
        // 1. First fetch and build: published (first publish), change tracking starts.
        var fetched = await _fetch.FetchAsync();
        Assert.True(fetched.Report.ManifestSaved, fetched.Report.Message);
        var first = Build();
        Assert.True(first.FirstChangeBuild);
        var v1 = await CheckAndGuardAsync();
        Assert.True(v1.Allowed, string.Join("; ", v1.Refusals.Select(r => r.Message)));
        Assert.Contains(v1.Notes, n => n.StartsWith("first publish", StringComparison.Ordinal));
        Deploy();
        var manifestAfterFirst = File.ReadAllBytes(BuildManifest.PathFor(Site));

        // 2. Nothing changed upstream: every stored file costs a 304, no site file is rewritten, the guard passes.
        _fetch.Fake.ClearRequests();
        await _fetch.FetchAsync();
        var answered = _fetch.Fake.Requests.Where(r => r.StatusCode != 404).ToList();
        Assert.NotEmpty(answered);
        Assert.All(answered, r => Assert.Equal(304, r.StatusCode));
        Assert.All(_fetch.Manifest.Sources.Where(s => s.Path is not null), s => Assert.Equal(SourceOutcome.NotModified, s.Outcome));
        var second = Build();
        Assert.Equal(0, second.Written);
        Assert.Equal(0, second.Deleted);
        Assert.False(second.Swapped);
        Assert.Equal(0, second.Changes);
        var v2 = await CheckAndGuardAsync();
        Assert.True(v2.Allowed, string.Join("; ", v2.Refusals.Select(r => r.Message)));
        Assert.NotEqual(manifestAfterFirst, File.ReadAllBytes(BuildManifest.PathFor(Site))); // outcomes are now not-modified
        Deploy();

        // 3. An airing moves upstream: it shows on /changes/ and in /changes.xml with both dates.
        _fetch.Clock.Now = _fetch.Clock.Now.AddHours(6);
        MoveUpstream("2026-11-17T02:00:00Z", "2026-11-19T02:00:00Z");
        await _fetch.FetchAsync();
        var third = Build();
        Assert.Equal(1, third.Changes);
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(Site, "changes", "index.html")));
        var entry = Assert.Single(page.QuerySelectorAll("li[data-change]"));
        Assert.Equal("moved-date", entry.GetAttribute("data-change"));
        Assert.Equal("9100002", entry.GetAttribute("data-simkl-id"));
        Assert.Contains("The Quiet Ledger", entry.TextContent);
        Assert.Equal(["2026-11-17T02:00:00Z", "2026-11-19T02:00:00Z"], entry.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        var feed = await File.ReadAllTextAsync(Path.Combine(Site, "changes.xml"));
        Assert.Contains("Moved: The Quiet Ledger S01E01", feed);
        Assert.Contains("(2026-11-17T02:00:00Z)", feed);
        Assert.Contains("(2026-11-19T02:00:00Z)", feed);
        var v3 = await CheckAndGuardAsync();
        Assert.True(v3.Allowed, string.Join("; ", v3.Refusals.Select(r => r.Message)));
        Deploy();

        // 4. Every source fails 30 hours later: the snapshot keeps its data, the guard refuses, the live site stays.
        _fetch.Clock.Now = _fetch.Clock.Now.AddHours(30);
        static bool DataFile(string rel) => rel.StartsWith("data/", StringComparison.Ordinal) || rel.StartsWith("api/", StringComparison.Ordinal);
        var snapshotBefore = Hashes(_fetch.Dir, DataFile);
        var liveBefore = Hashes(Live);
        var publishedBefore = File.ReadAllBytes(Published);
        foreach (var file in Directory.EnumerateFiles(FetchFixtures.Basic, "*", SearchOption.AllDirectories))
        {
            _fetch.Fake.SetFault(Path.GetRelativePath(FetchFixtures.Basic, file).Replace('\\', '/'), FakeFault.Status(503));
        }

        await _fetch.FetchAsync();
        Assert.Equal(snapshotBefore, Hashes(_fetch.Dir, DataFile));
        Assert.All(_fetch.Manifest.Sources, s => Assert.True(s.Outcome is SourceOutcome.Stale or SourceOutcome.Missing, $"{s.Id}: {s.Outcome}"));
        Build();
        var manifest = CreateBuildManifest.Read(BuildManifest.PathFor(Site));
        var v4 = PublishGuard.Evaluate(manifest, PublishedManifest.Read(Published), CheckStatus.Passed, new GuardOptions(),
            PublishGuard.VerifyFolder(Site, manifest));
        Assert.False(v4.Allowed);
        Assert.Contains(v4.Refusals, r => r.Code == "stale");
        Assert.Equal(liveBefore, Hashes(Live));
        Assert.Equal(publishedBefore, File.ReadAllBytes(Published));
    }
}
