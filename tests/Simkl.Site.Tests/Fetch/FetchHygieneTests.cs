using System.Text;
using System.Text.Json.Nodes;
using Simkl.Site.Build;
using Simkl.Site.Model;
using Simkl.Site.FakeSimkl;
using Simkl.Site.Fetch;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Fetch;

/// <summary>Redirects, hostile server text, huge bodies, the retry budget and fallback copies, against the fake Simkl on 127.0.0.1.</summary>
public sealed class FetchHygieneTests
{
    private const string Hostile = "\u001b[2J\u001b[31m\r\nFAKE: all good\u202Eevil\u0085x\u009b";

    [Fact]
    public async Task A_redirect_to_another_origin_never_carries_the_key_or_the_client_id()
    {
        await using var h = await FetchHarness.StartAsync("secret-id");
        h.Fake.ExpectedClientId = "secret-id";
        await using var other = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        h.Fake.SetFault("api/tv/best/all.json", FakeFault.Redirect(other.ApiBase));
        h.Fake.SetFault("data/calendar/v2/tv.json", FakeFault.Redirect(other.DataBase, 301));
        using var client = new SimklClient(h.Options);

        var api = await client.GetAsync(SimklHost.Api, "/tv/best/all", null, default);
        var cdn = await client.GetAsync(SimklHost.Data, "/calendar/v2/tv.json", null, default);

        Assert.Equal((ResponseKind.Ok, ResponseKind.Ok), (api.Kind, cdn.Kind));
        Assert.Equal(2, other.Requests.Count);
        Assert.All(other.Requests, r =>
        {
            Assert.Null(r.Header("simkl-api-key"));
            Assert.Null(r.Query("client_id"));
            Assert.DoesNotContain("secret-id", r.QueryString + string.Join(" ", r.Headers.Values), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_same_origin_redirect_keeps_the_key()
    {
        await using var h = await FetchHarness.StartAsync("secret-id");
        h.Fake.ExpectedClientId = "secret-id";
        h.Fake.SetFault("api/tv/best/all.json", FakeFault.Redirect(h.Fake.ApiBase, 307).Times(1));
        using var client = new SimklClient(h.Options);

        var response = await client.GetAsync(SimklHost.Api, "/tv/best/all", null, default);

        Assert.Equal((ResponseKind.Ok, 1), (response.Kind, response.Attempts));
        Assert.Equal([307, 200], h.Fake.Requests.Select(r => r.StatusCode ?? 0));
        Assert.All(h.Fake.Requests, r => Assert.Equal("secret-id", r.Header("simkl-api-key")));
    }

    [Fact]
    public async Task Server_text_reaches_neither_the_terminal_nor_the_report_with_control_characters()
    {
        await using var h = await FetchHarness.StartAsync();
        var body = new JsonObject { ["error"] = Hostile }.ToJsonString();
        h.Fake.SetFault("data/calendar/v2/tv.json", FakeFault.Status(200, body));
        h.Fake.SetFault("api/tv/best/all.json", FakeFault.Status(403, body));
        h.Fake.SetFault("api/tv/best/year.json", FakeFault.ErrorObject(Hostile));

        var result = await h.FetchAsync();
        var text = new StringWriter();
        FetchReportText.Write(result.Report, text);
        var report = await File.ReadAllTextAsync(Path.Combine(h.Dir, FetchReport.FileName));

        Assert.Contains("FAKE: all good", text.ToString(), StringComparison.Ordinal);
        foreach (var output in new[] { text.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal), report })
        {
            Assert.DoesNotContain(output, c => c is '\u001b' or '\r' or '\u202E' or '\u0085' or '\u009b');
            Assert.DoesNotContain("\\u001b", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\\r", output, StringComparison.Ordinal);
            Assert.DoesNotContain("\nFAKE", output, StringComparison.Ordinal);
        }

        Assert.All(result.Report.Requests.Select(e => e.Message).OfType<string>(), m => Assert.DoesNotContain(m, c => char.IsControl(c)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_cap_is_a_failed_fetch_and_is_not_read_to_the_end(bool announceLength)
    {
        const long Huge = 64L * 1024 * 1024;
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("data/calendar/v2/tv.json", FakeFault.Huge(Huge, announceLength));
        var counter = new CountingHandler();
        using var client = new SimklClient(h.Options with { MaxBodyBytes = 1024 * 1024 }, handler: counter);

        var response = await client.GetAsync(SimklHost.Data, "/calendar/v2/tv.json", null, default);

        Assert.Equal((ResponseKind.Failed, 200, 1), (response.Kind, response.Status, response.Attempts));
        Assert.Null(response.Body);
        Assert.Contains("larger than the 1 MB limit (--max-body-mb)", response.Message, StringComparison.Ordinal);

        // Reading stopped at the cap (one chunk past it at most): memory is bounded by the cap, not by the body.
        Assert.True(counter.BytesRead <= (1024 * 1024) + (128 * 1024), $"read {counter.BytesRead} bytes");
    }

    /// <summary>The real handler, counting the body bytes the client actually reads.</summary>
    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        private long read;

        public long BytesRead => Interlocked.Read(ref read);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var inner = response.Content;
            var counted = new StreamContent(new CountingStream(await inner.ReadAsStreamAsync(cancellationToken), n => Interlocked.Add(ref read, n)));
            foreach (var header in inner.Headers)
            {
                counted.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = counted;
            return response;
        }
    }

    private sealed class CountingStream(Stream inner, Action<int> onRead) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            onRead(n);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await inner.ReadAsync(buffer, cancellationToken);
            onRead(n);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task The_fake_huge_body_is_valid_json_that_passes_under_a_large_enough_cap()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("data/calendar/v1/tv.json", FakeFault.Huge(200_001));
        using var client = new SimklClient(h.Options);

        var response = await client.GetAsync(SimklHost.Data, "/calendar/v1/tv.json", null, default);

        Assert.Equal(ResponseKind.Ok, response.Kind);
        Assert.Equal(200_001, response.Body!.Length);
        Assert.Null(BodyCheck.Problem(BodyShape.Array, response.Body));
    }

    [Fact]
    public async Task Long_retry_after_answers_cannot_stall_the_fetch_past_its_retry_budget()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Options = h.Options with { MaxRetryTime = TimeSpan.FromMinutes(5), MaxAttempts = 4 };
        foreach (var path in new[] { "data/calendar/v2/tv.json", "data/calendar/v2/anime.json", "data/discover/trending/tv/week_100.json" })
        {
            h.Fake.SetFault(path, FakeFault.Status(503, retryAfter: "600"));
        }

        h.Fake.SetFault("api/tv/best/all.json", FakeFault.Status(429, retryAfter: "100"));
        h.Fake.SetFault("api/anime/best/all.json", FakeFault.Status(429, retryAfter: "100"));

        var result = await h.FetchAsync();

        // 600 s never fits a 300 s budget: those sources stop at once. 100 s fits while 100 s are left,
        // each wait capped at 60 s: four waits (300 → 60 s left), then the next 429 ends its source.
        Assert.Equal(TimeSpan.FromSeconds(240), h.Delays.Aggregate(TimeSpan.Zero, (a, b) => a + b));
        var tv = Assert.Single(result.Report.Requests, e => e.Id == "calendar-v2/tv");
        Assert.Equal(1, tv.Attempts);
        Assert.Contains("gave up retrying: the server asked to wait 600 s", tv.Message, StringComparison.Ordinal);
        Assert.Contains("--max-retry-time 300 s", tv.Message, StringComparison.Ordinal);
        var best = result.Report.Requests.Where(e => e.Id is "best/tv/all" or "best/anime/all").ToList();
        Assert.Equal(6, best.Sum(e => e.Attempts));
        Assert.Single(best, e => e.Message!.Contains("gave up retrying: the server asked to wait 100 s, more than the 60 s left", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_trending_fallback_is_stored_beside_the_cdn_file_and_the_loader_reads_the_newer_one()
    {
        await using var h = await FetchHarness.StartAsync();
        const string CdnPath = "data/discover/trending/movies/week_100.json";
        await h.FetchAsync();
        var cdnBody = h.Stored(CdnPath);

        h.Clock.Now = FetchHarness.DefaultNow.AddHours(6);
        h.Fake.SetFault(CdnPath, FakeFault.Status(503));
        await h.FetchAsync();

        Assert.Equal(cdnBody, h.Stored(CdnPath));
        var cdn = h.Record("trending/movies/week");
        var api = h.Record("trending-api/movies/week");
        Assert.Equal((SourceOutcome.Stale, CdnPath), (cdn.Outcome, cdn.Path));
        Assert.Equal((SourceOutcome.Fresh, "api/movies/trending/week.json", "trending/movies/week"), (api.Outcome, api.Path, api.FallbackFor));
        Assert.Equal(["trending-api/movies/week"], h.Manifest.StoredSources().Where(s => s.Variant == "week" && s.Kind == MediaKind.Movie && s.Type == SourceType.Trending).Select(s => s.Id));
        var fromApi = LoadCatalogue.FromSnapshot(h.Dir);
        Assert.DoesNotContain(fromApi.Warnings, w => w.Code == WarningCodes.ListSourceDuplicate);

        // The CDN recovers: its file wins again and the fallback copy is retired.
        h.Clock.Now = FetchHarness.DefaultNow.AddHours(12);
        h.Fake.ClearFaults();
        await h.FetchAsync();

        Assert.DoesNotContain(h.Manifest.Sources, s => s.Id == "trending-api/movies/week");
        Assert.False(File.Exists(Path.Combine(h.Dir, "api/movies/trending/week.json")));
        Assert.Equal(["trending/movies/week"], h.Manifest.StoredSources().Where(s => s.Variant == "week" && s.Kind == MediaKind.Movie && s.Type == SourceType.Trending).Select(s => s.Id));
    }

    [Theory]
    [InlineData("path", "data/calendar/v2/tv\0.json")]
    [InlineData("path", "\0")]
    [InlineData("path", "../../outside.json")]
    [InlineData("path", "data/./calendar/v2/tv.json")]
    [InlineData("path", "/etc/passwd")]
    [InlineData("path", "C:/x.json")]
    [InlineData("path", "data/\u001b[2J.json")]
    [InlineData("outcome", "exploded")]
    [InlineData("type", "calendar-v9")]
    [InlineData("id", "calendar\r\nFAKE")]
    public async Task One_damaged_entry_neither_stops_the_load_nor_the_fetch_and_the_fetch_rewrites_it(string field, string value)
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var manifestPath = Path.Combine(h.Dir, SnapshotManifest.FileName);
        var root = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!.AsObject();
        var entry = root["sources"]!.AsArray()[0]!;
        var id = entry["id"]!.GetValue<string>();
        entry[field] = value;
        await File.WriteAllTextAsync(manifestPath, root.ToJsonString());

        var catalogue = LoadCatalogue.FromSnapshot(h.Dir);
        var result = await h.FetchAsync();

        Assert.Single(catalogue.Warnings, w => WarningCodes.UnusableSource.Contains(w.Code) && w.Message.StartsWith("source #1 ", StringComparison.Ordinal));
        Assert.Equal(FetchSnapshot.Complete, result.Report.ExitCode);
        Assert.Contains(result.Report.Notes, n => n.Contains("1 invalid entry, dropped", StringComparison.Ordinal));
        var healed = h.Manifest;
        Assert.Empty(healed.Problems);
        Assert.Equal(h.Fixture(healed.Sources.Single(s => s.Id == id).Path!), h.Stored(healed.Sources.Single(s => s.Id == id).Path!));
    }

    [Fact]
    public async Task A_damaged_manifest_is_reported_used_without_its_bad_entries_and_rewritten_by_the_next_fetch()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var manifestPath = Path.Combine(h.Dir, SnapshotManifest.FileName);
        var root = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!.AsObject();
        var sources = root["sources"]!.AsArray();
        string Id(int i) => sources[i]!["id"]!.GetValue<string>();
        var (nul, traversal, absolute, outcome) = (Id(3), Id(4), Id(5), Id(6));
        sources[3]!["path"] = "data/calendar\0/tv.json";
        sources[4]!["path"] = "data/../../../etc/passwd";
        sources[5]!["path"] = "/etc/passwd";
        sources[6]!["outcome"] = "exploded";
        sources[7]!["message"] = "ok\u001b[2J\r\nFAKE";
        await File.WriteAllTextAsync(manifestPath, root.ToJsonString());

        var catalogue = LoadCatalogue.FromSnapshot(h.Dir);

        Assert.NotEmpty(catalogue.Airings);
        var unusable = catalogue.Warnings.Where(w => WarningCodes.UnusableSource.Contains(w.Code)).Select(w => w.Message).ToList();
        Assert.Equal(4, unusable.Count);
        foreach (var id in new[] { nul, traversal, absolute, outcome })
        {
            Assert.Contains(unusable, m => m.Contains($"'{id}'", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(catalogue.Snapshot.Sources, s => s.Message is { } m && m.Any(char.IsControl));
        var build = BuildFrom(h);
        Assert.Equal(unusable.Order(StringComparer.Ordinal), build.UnusableSources.Order(StringComparer.Ordinal));

        var result = await h.FetchAsync();

        Assert.Equal(FetchSnapshot.Complete, result.Report.ExitCode);
        Assert.Contains(result.Report.Notes, n => n.Contains("4 invalid entries, dropped (the manifest is rewritten", StringComparison.Ordinal));
        var healed = h.Manifest;
        Assert.Empty(healed.Problems);
        Assert.All(healed.Sources.Where(s => s.Path is not null), s => Assert.True(File.Exists(Path.Combine(h.Dir, s.Path!)), s.Path));
        foreach (var id in new[] { nul, traversal, absolute, outcome })
        {
            Assert.Contains(healed.Sources, s => s.Id == id);
        }
    }

    private static BuildResult BuildFrom(FetchHarness h)
    {
        var root = Directory.CreateTempSubdirectory("simkl-hygiene-build-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(root.FullName, "input"));
            Directory.CreateDirectory(Path.Combine(input.FullName, "pages"));
            return SiteBuilder.Build(new BuildOptions
            {
                DataDir = h.Dir,
                Settings = h.Settings with { BaseUrl = "https://cal.example.org" },
                InputDir = input.FullName,
                ThemeDir = Path.Combine(Simkl.Site.Tests.Publish.PublishingData.RepoRoot(), "theme"),
                OutputDir = Path.Combine(root.FullName, "_site"),
                StatePath = Path.Combine(root.FullName, "state", "schedule.json"),
                Generators = OutputGenerators.Default(),
            });
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
