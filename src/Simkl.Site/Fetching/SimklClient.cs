using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Simkl.Site.Fetching;

/// <summary>
/// GETs from Simkl's two hosts with the rules of design §3: no query string on the CDN; the key as
/// header and <c>client_id</c> on the API, one request at a time and paced; a User-Agent everywhere;
/// conditional requests; a timeout per attempt; retries with backoff on 429, 5xx and network errors,
/// honouring Retry-After; no retry on 401/403/412.
/// </summary>
public sealed class SimklClient : IDisposable
{
    private readonly HttpClient http;
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly RequestPacer pacer;
    private readonly Func<TimeSpan, CancellationToken, Task> retryDelay;

    public SimklClient(FetchOptions options, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        this.options = options;
        this.time = time ?? TimeProvider.System;
        http = new HttpClient(handler ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        pacer = new RequestPacer(options.ApiInterval, this.time);
        retryDelay = options.RetryDelay ?? ((wait, ct) => Task.Delay(wait, this.time, ct));
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

            await retryDelay(outcome.Wait ?? RetryTiming.Backoff(attempt, options.RetryBaseDelay, options.MaxRetryDelay), ct);
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
            using var request = BuildRequest(host, pathAndQuery, validators);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            switch (status)
            {
                case 200:
                    var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                    return new Attempt(Ok(response, body));
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
                    var refusal = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                    return new Attempt(new SimklResponse(ResponseKind.Refused, status, RefusalMessages.For(host, status, refusal)));
                default:
                    var failed = new SimklResponse(ResponseKind.Failed, status, $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
                    return RetryTiming.IsRetryable(status)
                        ? new Attempt(failed, true, RetryTiming.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow(), options.MaxRetryDelay))
                        : new Attempt(failed);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Attempt(new SimklResponse(ResponseKind.Failed, null, $"timed out after {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"), true);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new Attempt(new SimklResponse(ResponseKind.Failed, null, $"network error: {Innermost(e).Message}"), true);
        }
    }

    private HttpRequestMessage BuildRequest(SimklHost host, string pathAndQuery, Validators? validators)
    {
        var url = DisplayUrl(host, pathAndQuery);
        if (host == SimklHost.Api)
        {
            url += (pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "client_id=" + Uri.EscapeDataString(options.ClientId!);
        }

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        request.Headers.Accept.ParseAdd("application/json");
        if (host == SimklHost.Api)
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
