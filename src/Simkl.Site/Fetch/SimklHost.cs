namespace Simkl.Site.Fetch;

/// <summary>The two Simkl hosts, which follow different rules (docs/data-rules.md, "Sources and fetching").</summary>
public enum SimklHost
{
    /// <summary>The CDN (<c>data.simkl.in</c>): no query strings, no key, parallel allowed.</summary>
    Data,

    /// <summary>The API (<c>api.simkl.com</c>): client id required, at most 10 GET/s, one at a time.</summary>
    Api,
}
