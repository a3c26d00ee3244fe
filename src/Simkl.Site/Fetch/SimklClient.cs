using System.Diagnostics;
using System.Globalization;
using System.Net;
using Simkl.Site.Text;

namespace Simkl.Site.Fetch;

/// <summary>
/// GETs from Simkl's two hosts with the rules of docs/data-rules.md: no query string on the CDN; the key as
/// header and <c>client_id</c> on the API, one request at a time and paced; a User-Agent everywhere;
/// conditional requests; a timeout per attempt; retries with backoff on 429, 5xx and network errors,
/// honouring Retry-After within a total retry budget per fetch; no retry on 401/403/412. Redirects
/// are followed here (not by the handler) so the key and client id never leave the origin they were
/// meant for, and bodies are read up to a cap so a huge answer cannot exhaust memory.
/// </summary>
public sealed class SimklClient : IDisposable
{
    private readonly HttpClient http;
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly RequestPacer pacer;
    private readonly Func<TimeSpan, CancellationToken, Task> retryDelay;
    private readonly RetryBudget budget;

    /// <summary>Hops followed per attempt; Simkl's hosts need at most one.</summary>
    private const int MaxRedirects = 5;

    /// <summary>Error bodies of 401/403/412 are only read for their error code.</summary>
    private const int MaxErrorBodyBytes = 64 * 1024;

    public SimklClient(FetchOptions options, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        this.options = options;
        this.time = time ?? TimeProvider.System;
        http = new HttpClient(handler ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = false })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        pacer = new RequestPacer(options.ApiInterval, this.time);
        retryDelay = options.RetryDelay ?? ((wait, ct) => Task.Delay(wait, this.time, ct));
        budget = new RetryBudget(options.MaxRetryTime);
    }

    public FetchOptions Options => options;

    /// <summary>The URL as shown in reports and the manifest: never carries the client id.</summary>
    public string DisplayUrl(SimklHost host, string pathAndQuery) =>
        (host == SimklHost.Data ? options.DataBase : options.ApiBase) + pathAndQuery;

    public async Task<SimklResponse> GetAsync(SimklHost host, string pathAndQuery, Validators? validators, CancellationToken ct)
    {
        if (host == SimklHost.Data && pathAndQuery.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException("CDN files take no query string.", nameof(pathAndQuery));
        }

        if (host == SimklHost.Api && options.ClientId is null)
        {
            throw new InvalidOperationException("API requests need a client id.");
        }

        var started = time.GetTimestamp();
        SimklResponse? last = null;
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            var outcome = host == SimklHost.Api
                ? await pacer.RunAsync(() => AttemptAsync(host, pathAndQuery, validators, ct), ct)
                : await AttemptAsync(host, pathAndQuery, validators, ct);
            last = outcome.Response with { Attempts = attempt, DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds };
            if (!outcome.Retry || attempt == options.MaxAttempts)
            {
                break;
            }

            var asked = outcome.Wait ?? RetryTiming.Backoff(attempt, options.RetryBaseDelay, options.MaxRetryDelay);
            var wait = asked < options.MaxRetryDelay ? asked : options.MaxRetryDelay;
            if (!budget.TryTake(asked, wait, out var left))
            {
                var why = outcome.Wait is null ? $"the next backoff wait, {Seconds(asked)} s, is" : $"the server asked to wait {Seconds(asked)} s,";
                last = last with { Message = $"{last.Message}; gave up retrying: {why} more than the {Seconds(left)} s left of this fetch's retry budget (--max-retry-time {Seconds(options.MaxRetryTime)} s)" };
                break;
            }

            await retryDelay(wait, ct);
        }

        if (last!.Kind == ResponseKind.Failed && last.Attempts > 1)
        {
            last = last with { Message = $"{last.Message} (after {last.Attempts} attempts)" };
        }

        return last;
    }

    /// <summary>One attempt's answer; <c>Retry</c> asks for another try after <c>Wait</c> (the server's Retry-After) or, when null, the backoff.</summary>
    private readonly record struct Attempt(SimklResponse Response, bool Retry = false, TimeSpan? Wait = null);

    private async Task<Attempt> AttemptAsync(
        SimklHost host, string pathAndQuery, Validators? validators, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        try
        {
            var url = new Uri(RequestUrl(host, pathAndQuery));
            var withKey = host == SimklHost.Api;
            for (var hop = 0; ; hop++)
            {
                using var request = BuildRequest(url, withKey, validators);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (!IsRedirect(response.StatusCode))
                {
                    return await ReadAsync(host, response, timeout.Token);
                }

                var (next, problem) = Redirect(url, response.Headers.Location, hop);
                if (problem is not null)
                {
                    return new Attempt(new SimklResponse(ResponseKind.Failed, (int)response.StatusCode, problem));
                }

                // Another origin never sees the key: neither the header nor a client_id in the query.
                if (withKey && !SameOrigin(url, next!))
                {
                    withKey = false;
                    next = WithoutClientId(next!);
                }

                url = next!;
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Attempt(new SimklResponse(ResponseKind.Failed, null, $"timed out after {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"), true);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new Attempt(new SimklResponse(ResponseKind.Failed, null, PlainText.CleanText($"network error: {Innermost(e).Message}")), true);
        }
    }

    private async Task<Attempt> ReadAsync(SimklHost host, HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        switch (status)
        {
            case 200:
                var body = await CappedBody.ReadAsync(response.Content, options.MaxBodyBytes, ct);
                return body is null
                    ? new Attempt(new SimklResponse(ResponseKind.Failed, 200, $"the body is larger than the {CappedBody.Describe(options.MaxBodyBytes)} limit (--max-body-mb); not stored"))
                    : new Attempt(Ok(response, body));
            case 304:
                return new Attempt(new SimklResponse(ResponseKind.NotModified, 304, null) with
                {
                    ETag = response.Headers.ETag?.ToString(),
                    LastModified = LastModified(response),
                    PageCount = PageCount(response),
                });
            case 404:
                return new Attempt(new SimklResponse(ResponseKind.NotFound, 404, "HTTP 404: nothing published here"));
            case 401 or 403 or 412:
                var refusal = await CappedBody.ReadAsync(response.Content, MaxErrorBodyBytes, ct);
                return new Attempt(new SimklResponse(ResponseKind.Refused, status, RefusalMessages.For(host, status, refusal)));
            default:
                var failed = new SimklResponse(ResponseKind.Failed, status, PlainText.CleanText($"HTTP {status} {response.ReasonPhrase}".TrimEnd()));
                return RetryTiming.IsRetryable(status)
                    ? new Attempt(failed, true, RetryTiming.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow(), TimeSpan.MaxValue))
                    : new Attempt(failed);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    /// <summary>The next URL of a redirect, or why it is not followed.</summary>
    private static (Uri? Next, string? Problem) Redirect(Uri from, Uri? location, int hop)
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

    private string RequestUrl(SimklHost host, string pathAndQuery)
    {
        var url = DisplayUrl(host, pathAndQuery);
        return host == SimklHost.Api
            ? url + (pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "client_id=" + Uri.EscapeDataString(options.ClientId!)
            : url;
    }

    private HttpRequestMessage BuildRequest(Uri url, bool withKey, Validators? validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.Accept.ParseAdd("application/json");
        if (withKey)
        {
            request.Headers.TryAddWithoutValidation("simkl-api-key", options.ClientId);
        }

        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        return request;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    private static SimklResponse Ok(HttpResponseMessage response, byte[] body) => new(ResponseKind.Ok, 200, null)
    {
        Body = body,
        ETag = response.Headers.ETag?.ToString(),
        LastModified = LastModified(response),
        PageCount = PageCount(response),
    };

    private static int? PageCount(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Pagination-Page-Count", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : null;

    private static string? LastModified(HttpResponseMessage response) =>
        response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    public void Dispose() => http.Dispose();
}
