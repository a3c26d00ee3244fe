using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Simkl.Site.BrowserTests.Infrastructure;

/// <summary>
/// A page whose console errors, script errors, failed requests and HTTP errors are collected, so a
/// test can assert that a page loaded cleanly and print everything that went wrong when it did not.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> problems = new();

    private WatchedPage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // Chromium also logs the expected error status of the page itself (the 404 page).
            if (message.Type == "error" && !(ExpectedErrorUrl is not null && message.Location.StartsWith(ExpectedErrorUrl, StringComparison.Ordinal)))
            {
                problems.Enqueue($"console error: {message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Enqueue($"script error: {error}");
        page.RequestFailed += (_, request) => problems.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != ExpectedErrorUrl)
            {
                problems.Enqueue($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <summary>A URL whose error status is the point of the test (the 404 page itself).</summary>
    public string? ExpectedErrorUrl { get; set; }

    public IReadOnlyList<string> Problems => [.. problems];

    public static async Task<WatchedPage> OpenAsync(IBrowser browser, BrowserNewContextOptions options, string? fixedTime)
    {
        var context = await browser.NewContextAsync(options);
        if (fixedTime is not null)
        {
            await context.Clock.SetFixedTimeAsync(fixedTime);
        }
        await context.RouteAsync("**/*", OfflineRoute);
        var page = await context.NewPageAsync();
        return new WatchedPage(context, page);
    }

    /// <summary>Navigates and waits until the page (and its deferred script) has loaded.</summary>
    public async Task<IResponse> GotoAsync(string url)
    {
        var response = await Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"no response for {url}");
        return response;
    }

    /// <summary>
    /// Waits until a navigation the test has set off (a click, a key) shows <paramref name="url"/>
    /// and its document is parsed. Not <c>WaitForURLAsync</c>: it reads the address, then subscribes
    /// to navigation events, and an event delivered in between is lost, so under load it waited out
    /// its 30 s on a page that had arrived (a known race in Playwright for .NET). The assertion and
    /// the function below are polled by the browser's side, so there is no event to miss.
    /// </summary>
    public async Task WaitForArrivalAsync(string url)
    {
        await Assertions.Expect(Page).ToHaveURLAsync(url);
        await Page.WaitForFunctionAsync("() => document.readyState !== 'loading'");
    }

    public void AssertClean(string what)
    {
        var list = Problems;
        Assert.True(list.Count == 0, $"{what}: {list.Count} problem(s):\n  " + string.Join("\n  ", list));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    // Tests never touch the network: the image proxy answers with a tiny placeholder image, any
    // other host is refused (and so reported as a failed request: the site must not load it).
    private static async Task OfflineRoute(IRoute route)
    {
        var uri = new Uri(route.Request.Url);
        if (uri.Host is "127.0.0.1" or "localhost" || uri.Scheme is "data" or "blob")
        {
            await route.ContinueAsync();
        }
        else if (uri.Host == "wsrv.nl")
        {
            await route.FulfillAsync(new() { Status = 200, ContentType = "image/png", BodyBytes = OnePixelPng });
        }
        else
        {
            await route.AbortAsync("blockedbyclient");
        }
    }

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
