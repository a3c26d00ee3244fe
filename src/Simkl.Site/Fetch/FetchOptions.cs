using System.Reflection;

namespace Simkl.Site.Fetch;

/// <summary>How <see cref="SimklClient"/> talks to Simkl: hosts, key, timeouts, retries and pacing.</summary>
public sealed record FetchOptions
{
    public const string DefaultDataBase = "https://data.simkl.in";
    public const string DefaultApiBase = "https://api.simkl.com";

    /// <summary>CDN base URL, no trailing slash.</summary>
    public string DataBase { get; init; } = DefaultDataBase;

    /// <summary>API base URL, no trailing slash.</summary>
    public string ApiBase { get; init; } = DefaultApiBase;

    /// <summary>Public Simkl client id; null means API lists are skipped (CDN files need none).</summary>
    public string? ClientId { get; init; }

    /// <summary>Per attempt, headers and body together (archives run to several MB).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts per request, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First backoff delay; doubles each retry.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap for any single wait, backoff or Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Total time one fetch may spend waiting between retries, over all its sources. A Retry-After
    /// longer than what is left ends that source's retries instead of stalling the run.
    /// </summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest body read from a response; a larger one is a failed fetch. Simkl's largest file is a few MB.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    public const long DefaultMaxBodyBytes = 64L * 1024 * 1024;

    /// <summary>Minimum gap between one API response and the next API request (keeps us well under 10 GET/s).</summary>
    public TimeSpan ApiInterval { get; init; } = TimeSpan.FromMilliseconds(110);

    /// <summary>CDN files fetched at once.</summary>
    public int CdnParallelism { get; init; } = 4;

    /// <summary>The <c>limit</c> sent to paginated endpoints (premieres).</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>How long a retry's wait really takes; null waits for real. Tests inject a recorder that returns at once.</summary>
    public Func<TimeSpan, CancellationToken, Task>? RetryDelay { get; init; }

    /// <summary>
    /// Sent on every request; Simkl asks clients to identify themselves. <c>userAgent</c> in
    /// site.json replaces it (e.g. to add the operator's site or contact address).
    /// </summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary><c>Simkl.Site/&lt;version&gt;</c>: the project and its version, nothing invented.</summary>
    public static string DefaultUserAgent { get; } = CreateDefaultUserAgent();

    /// <summary>
    /// Options from command-line values, falling back to the environment (<c>SIMKL_DATA_BASE</c>,
    /// <c>SIMKL_API_BASE</c>, <c>SIMKL_CLIENT_ID</c>) and then the defaults.
    /// </summary>
    public static FetchOptions Resolve(string? dataBase, string? apiBase, string? clientId, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        return new FetchOptions
        {
            DataBase = BaseUrl(dataBase ?? environment("SIMKL_DATA_BASE"), DefaultDataBase, "data base (--data-base / SIMKL_DATA_BASE)"),
            ApiBase = BaseUrl(apiBase ?? environment("SIMKL_API_BASE"), DefaultApiBase, "API base (--api-base / SIMKL_API_BASE)"),
            ClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId.Trim(),
        };
    }

    private static string BaseUrl(string? value, string fallback, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var trimmed = value.Trim().TrimEnd('/');
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http") || uri.Query.Length > 0)
        {
            throw new SiteException($"The {what} '{value}' must be an absolute http(s) URL without a query string.");
        }

        return trimmed;
    }

    private static string CreateDefaultUserAgent()
    {
        var version = typeof(FetchOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"Simkl.Site/{(plus < 0 ? version : version[..plus])}";
    }
}
