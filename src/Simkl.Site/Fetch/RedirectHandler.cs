using System.Net;
using Simkl.Site.Text;

namespace Simkl.Site.Fetch;

/// <summary>
/// Follows redirects itself (the transport's automatic redirects are off) so the key never leaves the
/// origin it was meant for: a hop within the same origin keeps every header; a hop to another origin
/// drops the <c>simkl-api-key</c> header and any <c>client_id</c> parameter, for that hop and every
/// later one. At most <see cref="MaxRedirects"/> hops, never from https to http; a redirect that is
/// not followed fails the attempt (<see cref="AttemptFailedException"/>, not retried).
/// </summary>
internal sealed class RedirectHandler : DelegatingHandler
{
    /// <summary>Hops followed per attempt; Simkl's hosts need at most one.</summary>
    private const int MaxRedirects = 5;

    public const string KeyHeader = "simkl-api-key";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        var withKey = request.Headers.Contains(KeyHeader);
        HttpRequestMessage? hop = null;
        try
        {
            for (var hops = 0; ; hops++)
            {
                var response = await base.SendAsync(hop ?? request, cancellationToken);
                if (!IsRedirect(response.StatusCode))
                {
                    return response;
                }

                var status = (int)response.StatusCode;
                var (next, problem) = Next(url, response.Headers.Location, hops);
                response.Dispose();
                if (problem is not null)
                {
                    throw new AttemptFailedException(status, problem);
                }

                if (withKey && !SameOrigin(url, next!))
                {
                    withKey = false;
                    next = WithoutClientId(next!);
                }

                url = next!;
                hop?.Dispose();
                hop = Copy(request, url, withKey);
            }
        }
        finally
        {
            hop?.Dispose();
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    /// <summary>The next URL of a redirect, or why it is not followed.</summary>
    private static (Uri? Next, string? Problem) Next(Uri from, Uri? location, int hop)
    {
        if (location is null)
        {
            return (null, "a redirect without a Location header");
        }

        if (hop >= MaxRedirects)
        {
            return (null, $"more than {MaxRedirects} redirects; not followed");
        }

        var next = location.IsAbsoluteUri ? location : new Uri(from, location);
        if (next.Scheme is not ("http" or "https"))
        {
            return (null, $"a redirect to a {PlainText.Clean(next.Scheme)} URL; not followed");
        }

        return from.Scheme == "https" && next.Scheme == "http"
            ? (null, "a redirect from https to http; not followed")
            : (next, null);
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    private static Uri WithoutClientId(Uri url)
    {
        if (url.Query.Length <= 1)
        {
            return url;
        }

        var kept = url.Query[1..].Split('&').Where(p => !p.Split('=')[0].Equals("client_id", StringComparison.OrdinalIgnoreCase));
        return new UriBuilder(url) { Query = string.Join("&", kept) }.Uri;
    }

    /// <summary>The original request's headers on a new URL, without the key once it has left its origin.</summary>
    private static HttpRequestMessage Copy(HttpRequestMessage original, Uri url, bool withKey)
    {
        var copy = new HttpRequestMessage(original.Method, url);
        foreach (var header in original.Headers)
        {
            if (withKey || !header.Key.Equals(KeyHeader, StringComparison.OrdinalIgnoreCase))
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
