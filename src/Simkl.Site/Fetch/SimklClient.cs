using System.Globalization;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;
using Simkl.Site.Text;

namespace Simkl.Site.Fetch;

/// <summary>
/// GETs from Simkl's two hosts by the rules of docs/data-rules.md: no query string on the CDN; the key as
/// header and <c>client_id</c> on the API, one request at a time and rate limited; a User-Agent
/// everywhere; conditional requests. Resilience comes from Microsoft.Extensions.Http.Resilience
/// (Polly) as handlers on the client: a retry strategy (<see cref="RetryRules"/>: 429, 5xx, timeouts
/// and network errors, backoff or Retry-After within a total retry budget per fetch; no retry on
/// 401/403/412) around each attempt, and per attempt the API rate limit
/// (System.Threading.RateLimiting, <see cref="ApiRateLimit"/>) and a timeout covering every redirect
/// hop (<see cref="RedirectHandler"/>, which keeps the key in its origin) and the body, read up to a
/// cap (<see cref="BufferedBodyHandler"/>).
/// </summary>
public sealed class SimklClient : IDisposable
{
    private static readonly HttpRequestOptionsKey<SimklHost> HostOption = new("simkl.host");

    private readonly HttpClient http;
    private readonly FetchOptions options;
    private readonly TimeProvider time;
    private readonly ApiRateLimit rateLimit;

    public SimklClient(FetchOptions options, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        this.options = options;
        this.time = time ?? TimeProvider.System;
        rateLimit = new ApiRateLimit(options.ApiInterval);

        var retry = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            // Polly performs the waits with this clock; FetchOptions.RetryDelay (tests) replaces how long they take.
            TimeProvider = options.RetryDelay is { } delay ? new DelegatedWaits(delay, this.time) : this.time,
        };
        if (new RetryRules(options, new RetryBudget(options.MaxRetryTime), this.time).Strategy() is { } strategy)
        {
            retry.AddRetry(strategy);
        }

        var cdnAttempt = new ResiliencePipelineBuilder<HttpResponseMessage>().AddTimeout(options.Timeout).Build();
        var apiAttempt = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRateLimiter(rateLimit.Strategy())
            .AddTimeout(options.Timeout)
            .Build();
        var transport = handler ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = false };

        // Built by hand rather than by IHttpClientFactory: a fetch owns its client and disposes it, and
        // the factory (made for long-running services) keeps its handlers alive after its container is gone.
        var pipeline = new ResilienceHandler(retry.Build())
        {
            InnerHandler = new ResilienceHandler(r => r.Options.TryGetValue(HostOption, out var host) && host == SimklHost.Api ? apiAttempt : cdnAttempt)
            {
                InnerHandler = new BufferedBodyHandler(options.MaxBodyBytes) { InnerHandler = new RedirectHandler { InnerHandler = transport } },
            },
        };
        http = new HttpClient(pipeline) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
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
        var log = new AttemptLog();
        var context = ResilienceContextPool.Shared.Get(ct);
        log.AttachTo(context);
        SimklResponse response;
        try
        {
            using var request = BuildRequest(new Uri(RequestUrl(host, pathAndQuery)), host == SimklHost.Api, validators);
            request.Options.Set(HostOption, host);
            request.SetResilienceContext(context);
            using var answer = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            response = await ReadAsync(host, answer, ct);
        }
        catch (AttemptFailedException e)
        {
            response = new SimklResponse(ResponseKind.Failed, e.Status, e.Message);
        }
        catch (Exception e) when (e is TimeoutRejectedException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            response = new SimklResponse(ResponseKind.Failed, null, $"timed out after {options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            response = new SimklResponse(ResponseKind.Failed, null, PlainText.CleanText($"network error: {Innermost(e).Message}"));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        response = response with { Attempts = log.Attempts, DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds };
        if (log.GaveUp is { } why)
        {
            response = response with { Message = $"{response.Message}; {why}" };
        }

        if (response.Kind == ResponseKind.Failed && response.Attempts > 1)
        {
            response = response with { Message = $"{response.Message} (after {response.Attempts} attempts)" };
        }

        return response;
    }

    /// <summary>The final answer, its body already read (and capped) inside the attempt.</summary>
    private static async Task<SimklResponse> ReadAsync(SimklHost host, HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        switch (status)
        {
            case 200:
                return Ok(response, await response.Content.ReadAsByteArrayAsync(ct));
            case 304:
                return new SimklResponse(ResponseKind.NotModified, 304, null)
                {
                    ETag = response.Headers.ETag?.ToString(),
                    LastModified = LastModified(response),
                    PageCount = PageCount(response),
                };
            case 404:
                return new SimklResponse(ResponseKind.NotFound, 404, "HTTP 404: nothing published here");
            case 401 or 403 or 412:
                var refusal = await response.Content.ReadAsByteArrayAsync(ct);
                return new SimklResponse(ResponseKind.Refused, status, RefusalMessages.For(host, status, refusal.Length == 0 ? null : refusal));
            default:
                return new SimklResponse(ResponseKind.Failed, status, PlainText.CleanText($"HTTP {status} {response.ReasonPhrase}".TrimEnd()));
        }
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
            request.Headers.TryAddWithoutValidation(RedirectHandler.KeyHeader, options.ClientId);
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

    public void Dispose()
    {
        http.Dispose();
        rateLimit.Dispose();
    }
}
