namespace Simkl.Site.FakeSimkl;

/// <summary>What a <see cref="FakeFault"/> does to the response.</summary>
public enum FakeFaultKind
{
    /// <summary>Answer <see cref="FakeFault.StatusCode"/> with <see cref="FakeFault.Body"/> (and <see cref="FakeFault.RetryAfter"/>).</summary>
    Status,

    /// <summary>Only wait <see cref="FakeFault.Delay"/>, then serve the file normally (a slow server or a timeout).</summary>
    Slow,

    /// <summary>200 with an HTML page (a CDN interstitial) instead of JSON.</summary>
    Html,

    /// <summary>200 with a JSON error object such as <c>{"error":"client_id_failed"}</c>.</summary>
    ErrorObject,

    /// <summary>200 with only the first half of the file: a complete HTTP message carrying a truncated JSON document.</summary>
    Truncated,

    /// <summary>Announces the full Content-Length, sends half the body, then drops the connection (a network error).</summary>
    Disconnect,

    /// <summary>Answers <see cref="FakeFault.StatusCode"/> (3xx) with <c>Location</c> = <see cref="FakeFault.Location"/> + the request's path and query.</summary>
    Redirect,

    /// <summary>200 streaming a valid JSON array of <see cref="FakeFault.Size"/> bytes in chunks (Content-Length only when <see cref="FakeFault.AnnounceLength"/>).</summary>
    Huge,
}

/// <summary>
/// A failure injected for one fixture path with <see cref="FakeSimklServer.SetFault"/>. Build one with the
/// static factories and chain <see cref="Times"/> for "N failures, then success" or
/// <see cref="After"/> to add a delay before the fault.
/// </summary>
public sealed record FakeFault
{
    public FakeFaultKind Kind { get; init; }

    /// <summary>Status code for <see cref="FakeFaultKind.Status"/>.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>Body for <see cref="FakeFaultKind.Status"/> and <see cref="FakeFaultKind.ErrorObject"/>; null sends none.</summary>
    public string? Body { get; init; }

    /// <summary>Value of the <c>Retry-After</c> header (seconds or an HTTP date), or null for none.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>Wait before answering (the wait ends early when the client gives up).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Base URL a <see cref="FakeFaultKind.Redirect"/> points at (the request's path and query are appended).</summary>
    public string? Location { get; init; }

    /// <summary>Body size of a <see cref="FakeFaultKind.Huge"/> answer, in bytes.</summary>
    public long Size { get; init; }

    /// <summary>Whether a <see cref="FakeFaultKind.Huge"/> answer announces its Content-Length.</summary>
    public bool AnnounceLength { get; init; }

    /// <summary>How many requests the fault applies to before the path is served normally again; null = all.</summary>
    public int? Count { get; init; }

    /// <summary>Answer <paramref name="statusCode"/>, optionally with a body and a Retry-After header.</summary>
    public static FakeFault Status(int statusCode, string? body = null, string? retryAfter = null) =>
        new() { Kind = FakeFaultKind.Status, StatusCode = statusCode, Body = body, RetryAfter = retryAfter };

    /// <summary>Wait <paramref name="delay"/>, then serve the file normally.</summary>
    public static FakeFault Slow(TimeSpan delay) => new() { Kind = FakeFaultKind.Slow, Delay = delay };

    /// <summary>200 with an HTML page.</summary>
    public static FakeFault Html() => new() { Kind = FakeFaultKind.Html };

    /// <summary>200 with <c>{"error": error, "message": ...}</c>.</summary>
    public static FakeFault ErrorObject(string error = "client_id_failed") => new()
    {
        Kind = FakeFaultKind.ErrorObject,
        Body = $$"""{"error":"{{error}}","message":"Injected error object"}""",
    };

    /// <summary>200 with the first half of the file.</summary>
    public static FakeFault Truncated() => new() { Kind = FakeFaultKind.Truncated };

    /// <summary>Full Content-Length announced, half the body sent, connection dropped.</summary>
    public static FakeFault Disconnect() => new() { Kind = FakeFaultKind.Disconnect };

    /// <summary>
    /// A redirect to the same path and query under <paramref name="toBase"/> (e.g. another server's
    /// <see cref="FakeSimklServer.ApiBase"/>, or this one's with <see cref="Times"/>(1) for a same-origin hop).
    /// </summary>
    public static FakeFault Redirect(string toBase, int statusCode = 302) =>
        new() { Kind = FakeFaultKind.Redirect, StatusCode = statusCode, Location = toBase };

    /// <summary>200 with a JSON array of <paramref name="bytes"/> bytes, streamed; stops when the client hangs up.</summary>
    public static FakeFault Huge(long bytes, bool announceLength = false) =>
        new() { Kind = FakeFaultKind.Huge, Size = bytes, AnnounceLength = announceLength };

    /// <summary>Apply to the next <paramref name="requests"/> requests only, then serve normally.</summary>
    public FakeFault Times(int requests) => this with { Count = requests };

    /// <summary>Wait <paramref name="delay"/> before this fault answers.</summary>
    public FakeFault After(TimeSpan delay) => this with { Delay = delay };
}
