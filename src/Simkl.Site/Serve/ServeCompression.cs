using Microsoft.AspNetCore.ResponseCompression;

namespace Simkl.Site.Serve;

/// <summary>
/// Response compression for the local preview, as the CDN does it: brotli or gzip for text
/// responses when the request's Accept-Encoding allows it (brotli first when both are equally
/// welcome), <c>Vary: Accept-Encoding</c> on every response of a compressible type, and images and
/// fonts sent as they are (they are compressed already).
/// </summary>
public static class ServeCompression
{
    /// <summary>The media types compressed (parameters such as charset are ignored when matching).</summary>
    public static readonly IReadOnlyList<string> MimeTypes =
    [
        "text/html",
        "text/css",
        "text/plain",
        "text/calendar",
        "application/javascript",
        "application/json",
        "application/manifest+json",
        "application/xml",
        "application/atom+xml",
        "image/svg+xml",
    ];

    public static void Configure(ResponseCompressionOptions options)
    {
        // The preview is plain http on 127.0.0.1; the flag only matters if it ever listens on https.
        options.EnableForHttps = true;
        options.Providers.Add<BrotliCompressionProvider>();
        options.Providers.Add<GzipCompressionProvider>();
        options.MimeTypes = MimeTypes;
    }
}
