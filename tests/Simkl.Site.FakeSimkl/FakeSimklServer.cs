using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Simkl.Site.FakeSimkl;

/// <summary>
/// A stand-in for both Simkl hosts on 127.0.0.1 (Kestrel, ephemeral port), serving fixture files laid
/// out exactly like a snapshot folder: <c>data/...</c> for the CDN host and <c>api/...</c> for the API
/// host (so a snapshot folder such as <c>input/data/sample</c> is itself a valid fixture root).
/// <code>
/// await using var fake = await FakeSimklServer.StartAsync("Fixtures/Fetch/basic");
/// // point the fetcher at fake.DataBase and fake.ApiBase
/// fake.SetFault("data/calendar/v2/tv.json", FakeFault.Status(503).Times(2));
/// fake.SetFile("data/calendar/v2/tv.json", newJson);     // upstream changed
/// Assert.All(fake.Requests.Where(r => r.Host == "data"), r => Assert.Equal("", r.QueryString));
/// </code>
/// Files are read into memory at start, so <see cref="SetFile"/> never touches the fixture folder.
/// Every file gets a hash ETag and a Last-Modified; matching If-None-Match (or, without it,
/// If-Modified-Since) is answered with 304. Missing files answer 404. Every request is recorded in
/// <see cref="Requests"/> on arrival.
/// </summary>
public sealed class FakeSimklServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, FakeFile> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FaultState> faults = new(StringComparer.Ordinal);
    private readonly List<FakeRequest> requests = [];
    private readonly TimeProvider time;

    private FakeSimklServer(WebApplication app, TimeProvider time)
    {
        this.app = app;
        this.time = time;
    }

    /// <summary>Root URL of the server, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Base URL standing in for <c>https://data.simkl.in</c> (no trailing slash).</summary>
    public string DataBase => BaseUrl + "/data";

    /// <summary>Base URL standing in for <c>https://api.simkl.com</c> (no trailing slash).</summary>
    public string ApiBase => BaseUrl + "/api";

    /// <summary>When set, API requests must carry this id (header <c>simkl-api-key</c> or query <c>client_id</c>) or get 412 client_id_failed.</summary>
    public string? ExpectedClientId { get; set; }

    /// <summary>All requests so far, in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Starts a server serving the <c>data/</c> and <c>api/</c> files under <paramref name="fixtureRoot"/> (none when null).</summary>
    public static async Task<FakeSimklServer> StartAsync(string? fixtureRoot = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeSimklServer(app, time ?? TimeProvider.System);
        if (fixtureRoot is not null)
        {
            server.LoadFixtures(fixtureRoot);
        }

        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>Adds or replaces a file (new ETag, Last-Modified = now, later than before): an upstream change.</summary>
    public void SetFile(string fixturePath, string content) => SetFile(fixturePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <inheritdoc cref="SetFile(string, string)"/>
    public void SetFile(string fixturePath, byte[] content)
    {
        var now = time.GetUtcNow();
        files.AddOrUpdate(
            fixturePath,
            _ => FakeFile.Create(content, now),
            (_, old) => FakeFile.Create(content, now > old.LastModified.AddSeconds(1) ? now : old.LastModified.AddSeconds(1)));
    }

    /// <summary>Removes a file; requests for it answer 404.</summary>
    public void RemoveFile(string fixturePath) => files.TryRemove(fixturePath, out _);

    /// <summary>The bytes currently served at <paramref name="fixturePath"/>, or null.</summary>
    public byte[]? GetFile(string fixturePath) => files.TryGetValue(fixturePath, out var f) ? f.Content : null;

    /// <summary>Injects <paramref name="fault"/> for requests mapping to <paramref name="fixturePath"/> (replacing any earlier fault there).</summary>
    public void SetFault(string fixturePath, FakeFault fault) => faults[fixturePath] = new FaultState(fault);

    public void ClearFaults() => faults.Clear();

    public void ClearRequests()
    {
        lock (requests)
        {
            requests.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void LoadFixtures(string root)
    {
        var loadedAt = time.GetUtcNow().AddHours(-1);
        foreach (var top in new[] { "data", "api" })
        {
            var dir = Path.Combine(root, top);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                var key = Path.GetRelativePath(root, file).Replace('\\', '/');
                files[key] = FakeFile.Create(File.ReadAllBytes(file), loadedAt);
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var route = FakeRouting.Resolve(context.Request.Path, context.Request.Query, files.ContainsKey);
        var record = Record(context, route);
        try
        {
            await FakeResponder.RespondAsync(context, route, this, TakeFault(route));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (timeout); nothing left to answer.
        }

        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client hung up in the middle of a body.
        }

        record.StatusCode = context.RequestAborted.IsCancellationRequested ? null : context.Response.StatusCode;
    }

    internal FakeFile? Lookup(string fixturePath) => files.TryGetValue(fixturePath, out var f) ? f : null;

    internal bool ClientIdAccepted(HttpRequest request) =>
        ExpectedClientId is null
        || request.Headers["simkl-api-key"].ToString() == ExpectedClientId
        || request.Query["client_id"].ToString() == ExpectedClientId;

    private FakeRequest Record(HttpContext context, FakeRoute? route)
    {
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new FakeRequest
        {
            Method = context.Request.Method,
            Host = route?.Host ?? "",
            Path = route?.Path ?? context.Request.Path.Value ?? "",
            QueryString = context.Request.QueryString.Value ?? "",
            Headers = headers,
            At = time.GetUtcNow(),
            FixturePath = route?.FixturePath,
        };
        lock (requests)
        {
            requests.Add(request);
        }

        return request;
    }

    private FakeFault? TakeFault(FakeRoute? route)
    {
        if (route is null || !faults.TryGetValue(route.FixturePath, out var state))
        {
            return null;
        }

        if (state.Fault.Count is not { } count)
        {
            return state.Fault;
        }

        return Interlocked.Increment(ref state.Used) <= count ? state.Fault : null;
    }

    private sealed class FaultState(FakeFault fault)
    {
        public readonly FakeFault Fault = fault;
        public int Used;
    }
}
