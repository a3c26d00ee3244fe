namespace Simkl.Site.Fetch;

/// <summary>How a request ended, after retries.</summary>
public enum ResponseKind
{
    /// <summary>200 with a body (not yet checked for shape).</summary>
    Ok,

    /// <summary>304: the stored copy is current.</summary>
    NotModified,

    /// <summary>404: Simkl publishes nothing here (an archive month outside the range).</summary>
    NotFound,

    /// <summary>401/403/412: the key or the limits; not retried.</summary>
    Refused,

    /// <summary>Anything else: retries used up, timeouts, network errors, other statuses.</summary>
    Failed,
}

/// <summary>The validators of a stored body, sent as If-None-Match / If-Modified-Since.</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public bool Any => ETag is not null || LastModified is not null;
}

/// <summary>One request's result: final status, body and validators, with attempts and time spent.</summary>
public sealed record SimklResponse(ResponseKind Kind, int? Status, string? Message)
{
    public byte[]? Body { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary><c>X-Pagination-Page-Count</c>, when the response carried it.</summary>
    public int? PageCount { get; init; }

    public int Attempts { get; init; }
    public long DurationMs { get; init; }
}
