using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Simkl.Site.Serve;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Serve;

/// <summary>Requests to the preview while the site is rebuilt into its folder, again and again.</summary>
public sealed class ServeDuringRebuildTests
{
    [Fact]
    public async Task Files_in_both_versions_are_always_served_whole_during_rebuilds()
    {
        using var site = new TestSite();
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-26T01:00:00Z", 3, 3);
        site.Episode(show, "2026-11-28T01:00:00Z", 3, 4);
        site.Release(site.Movie(9500042, "The Glass Orchard"), "2026-12-18");
        site.Build(At(0));
        string[] paths = ["/", "/calendar/", "/calendar/tv/", "/sitemap.xml", "/robots.txt"];

        // Every version a path can have: bodies seen on disk after each build (a response must equal one).
        var versions = new ConcurrentDictionary<string, ConcurrentBag<string>>();
        void Remember()
        {
            foreach (var path in paths)
            {
                var file = Path.Combine(site.Output, path.TrimStart('/'), path.EndsWith('/') ? "index.html" : string.Empty);
                versions.GetOrAdd(path, _ => []).Add(File.ReadAllText(file));
            }
        }

        Remember();
        await using var server = await SiteServer.StartAsync(site.Output, port: 0);
        using var client = new HttpClient { BaseAddress = server.BaseUrl };
        var failures = new ConcurrentQueue<string>();
        var responses = new ConcurrentQueue<(string Path, string Body)>();
        using var stop = new CancellationTokenSource();
        var requests = 0;

        var hammer = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var i = worker;
            while (!stop.IsCancellationRequested)
            {
                var path = paths[i++ % paths.Length];
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Enqueue($"{path}: {(int)response.StatusCode}");
                }
                else if (response.Content.Headers.ContentLength is { } length && length != System.Text.Encoding.UTF8.GetByteCount(body))
                {
                    failures.Enqueue($"{path}: {body.Length} of {length} bytes");
                }
                else
                {
                    responses.Enqueue((path, body));
                }
            }
        })).ToList();

        for (var build = 1; build <= 8; build++)
        {
            // Let requests run before each build (on a busy machine the workers may start late),
            // so every build swaps the folder under a stream of requests.
            var target = build * 25;
            while (Volatile.Read(ref requests) < target && !hammer.Any(t => t.IsCompleted))
            {
                await Task.Delay(5);
            }

            Assert.True(site.Build(At(build)).Swapped, $"build {build} changed nothing, so it swapped nothing");
            Remember();
        }

        await stop.CancelAsync();
        await Task.WhenAll(hammer);

        Assert.True(requests >= 200, $"only {requests} requests were made");
        Assert.Empty(failures);
        Assert.All(responses, r => Assert.Contains(r.Body, versions[r.Path]));
    }

    // Each build is a day later, so "today" moves, pages change and every build swaps.
    private static DateTimeOffset At(int build) =>
        DateTimeOffset.Parse("2026-11-20T12:00:00Z", CultureInfo.InvariantCulture).AddDays(build);
}
