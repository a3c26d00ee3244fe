using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Simkl.Site.Serve;

/// <summary>
/// A local preview of a built site on 127.0.0.1 that behaves like the Netlify CDN for static files:
/// same path mapping (<see cref="StaticSiteResolver"/>), content types (<see cref="ContentTypes"/>)
/// the response headers netlify.toml declares (<see cref="NetlifyHeaders"/>) and brotli/gzip
/// compression of text (<see cref="ServeCompression"/>).
/// Start it in-process: <c>await using var server = await SiteServer.StartAsync(dir, port: 0)</c>.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    /// <summary>Netlify's default for files without a custom Cache-Control.</summary>
    public const string DefaultCacheControl = "public,max-age=0,must-revalidate";

    private readonly WebApplication app;

    private SiteServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the site is served, with a trailing slash, e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <param name="directory">The output folder to serve.</param>
    /// <param name="port">The port on 127.0.0.1; 0 picks a free one (see <see cref="BaseUrl"/>).</param>
    /// <param name="headers">The netlify.toml header rules to apply, if any.</param>
    /// <param name="log">Receives one line per request ("GET /path 200"), if given.</param>
    public static async Task<SiteServer> StartAsync(
        string directory, int port = 8080, NetlifyHeaders? headers = null, Action<string>? log = null,
        CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new SiteException($"output folder '{directory}' does not exist (build the site first: simkl-site build)");
        }
        if (port is < 0 or > 65535)
        {
            throw new SiteException($"--port must be between 0 and 65535, not {port}");
        }

        var resolver = new StaticSiteResolver(directory);
        headers ??= NetlifyHeaders.Empty;

        // The empty builder reads no appsettings, environment or command line: nothing outside
        // these arguments can change what is served or where.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Listen(IPAddress.Loopback, port);
        });
        builder.Services.AddResponseCompression(ServeCompression.Configure);
        var app = builder.Build();
        app.UseResponseCompression();
        app.Run(context => HandleAsync(context, resolver, headers, log));

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is AddressInUseException or IOException)
        {
            await app.DisposeAsync();
            throw new SiteException($"cannot listen on 127.0.0.1:{port} ({e.Message}); choose another --port (0 picks a free one)", e);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new SiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Completes when the token is cancelled (e.g. Ctrl+C), then stops the server.</summary>
    public async Task RunUntilCancelledAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected way out.
        }
        await app.StopAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private static async Task HandleAsync(HttpContext context, StaticSiteResolver resolver, NetlifyHeaders headers, Action<string>? log)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.HasValue ? request.Path.Value! : "/";

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            log?.Invoke($"{request.Method} {path} 405");
            return;
        }

        var (resolved, file) = await OpenAsync(resolver, path, context.RequestAborted);
        await using var fileStream = file;
        switch (resolved)
        {
            case ResolvedRequest.File found when file is not null:
                response.StatusCode = found.Status;
                response.ContentType = ContentTypes.For(found.FullPath);
                response.ContentLength = file.Length;
                break;
            case ResolvedRequest.Redirect redirect:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = redirect.Location + request.QueryString;
                break;
            case ResolvedRequest.BadRequest:
                PlainText(response, StatusCodes.Status400BadRequest);
                break;
            default:
                PlainText(response, StatusCodes.Status404NotFound);
                break;
        }

        // netlify.toml headers come last, so they override the defaults (a Content-Type rule for
        // "/*.ics" wins over the type guessed from the extension), as on the CDN.
        foreach (var (name, value) in headers.For(path))
        {
            response.Headers[name] = value;
        }
        if (!response.Headers.ContainsKey("Cache-Control"))
        {
            response.Headers.CacheControl = DefaultCacheControl;
        }
        log?.Invoke($"{request.Method} {path} {response.StatusCode}");

        if (!HttpMethods.IsGet(request.Method))
        {
            return;
        }
        if (file is not null)
        {
            // From the handle opened above: a rebuild that swaps the folder meanwhile cannot change
            // or cut what this response sends.
            await file.CopyToAsync(response.Body, context.RequestAborted);
        }
        else if (response.StatusCode >= 400)
        {
            await response.Body.WriteAsync(PlainTextBody(response.StatusCode), context.RequestAborted);
        }
    }

    /// <summary>
    /// Resolves the path and opens the file. A build swaps the folder while this runs: a file that
    /// vanishes between resolving and opening, or a folder that is briefly missing (the two-rename
    /// swap where the OS cannot exchange folders in one step), is resolved again after a short pause.
    /// </summary>
    private static async Task<(ResolvedRequest Resolved, FileStream? File)> OpenAsync(StaticSiteResolver resolver, string path, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var resolved = resolver.Resolve(path);
            var retry = attempt < SwapRetries;
            if (resolved is ResolvedRequest.File found)
            {
                try
                {
                    return (resolved, new FileStream(found.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.Asynchronous));
                }
                catch (Exception e) when (retry && e is FileNotFoundException or DirectoryNotFoundException)
                {
                    // Swapped away between resolving and opening: resolve again.
                }
            }
            else if (!retry || Directory.Exists(resolver.Root))
            {
                return (resolved, null);
            }

            await Task.Delay(SwapPause, ct);
        }
    }

    private const int SwapRetries = 20;
    private static readonly TimeSpan SwapPause = TimeSpan.FromMilliseconds(25);

    private static void PlainText(HttpResponse response, int status)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength = PlainTextBody(status).Length;
    }

    private static byte[] PlainTextBody(int status) =>
        System.Text.Encoding.UTF8.GetBytes(status == StatusCodes.Status400BadRequest ? "Bad request\n" : "Not found\n");
}
