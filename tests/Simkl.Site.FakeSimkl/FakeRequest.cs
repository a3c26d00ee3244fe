namespace Simkl.Site.FakeSimkl;

/// <summary>One request the fake server received, recorded on arrival.</summary>
public sealed class FakeRequest
{
    public required string Method { get; init; }

    /// <summary><c>data</c> or <c>api</c> (empty for paths outside both prefixes).</summary>
    public required string Host { get; init; }

    /// <summary>The path below the host prefix, e.g. <c>/calendar/v2/2026/8/tv.json</c> or <c>/tv/airing</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The raw query string including the leading '?', or empty.</summary>
    public required string QueryString { get; init; }

    /// <summary>Request headers (case-insensitive names; repeated headers joined with ", ").</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Arrival time from the server's TimeProvider.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The fixture path the request mapped to (same as the snapshot contract path), if any.</summary>
    public string? FixturePath { get; init; }

    /// <summary>Status the server answered; null while the request is still being served (or was dropped).</summary>
    public int? StatusCode { get; internal set; }

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>The first value of query parameter <paramref name="name"/>, or null.</summary>
    public string? Query(string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(QueryString).TryGetValue(name, out var v) ? v.ToString() : null;

    public override string ToString() => $"{Method} {Host}{Path}{QueryString} -> {StatusCode}";
}
