using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Simkl.Site.BrowserTests.Widgets;

/// <summary>
/// A tiny static server on 127.0.0.1 for the widget tests: serves in-memory files (path → bytes),
/// maps <c>/x/</c> to <c>x/index.html</c>, and sends the cross-origin headers netlify.toml
/// declares for the data other sites use (CORS on <c>/api/*</c>, <c>/widget.js</c>, <c>/ics/*</c>).
/// Two instances on two ports make a real cross-origin setup.
/// </summary>
internal sealed class StaticFiles : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticFiles(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Site-relative path (no leading '/') → content. Tests may add files while it runs.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Where it listens, with a trailing slash.</summary>
    public Uri BaseUrl { get; }

    public string Origin => BaseUrl.GetLeftPart(UriPartial.Authority);

    public static async Task<StaticFiles> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        StaticFiles? self = null;
        app.Run(context => self!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new StaticFiles(app, new Uri(address.TrimEnd('/') + "/"));
        return self;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        if (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("ics/", StringComparison.Ordinal) || path == "widget.js")
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
        }

        if (!Files.TryGetValue(path, out var body))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = Path.GetExtension(path) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".ics" => "text/calendar; charset=utf-8",
            _ => "application/octet-stream",
        };
        await context.Response.Body.WriteAsync(body);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
