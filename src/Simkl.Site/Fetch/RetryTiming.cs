using System.Net.Http.Headers;

namespace Simkl.Site.Fetch;

/// <summary>When to retry and how long to wait: exponential backoff, or the server's Retry-After.</summary>
internal static class RetryTiming
{
    /// <summary>429 and 5xx are worth another try; other statuses will not change by asking again.</summary>
    public static bool IsRetryable(int status) => status == 429 || status >= 500;

    /// <summary>base × 2^(retry-1), capped.</summary>
    public static TimeSpan Backoff(int retry, TimeSpan baseDelay, TimeSpan cap)
    {
        var factor = Math.Pow(2, Math.Clamp(retry - 1, 0, 20));
        var ticks = Math.Min(baseDelay.Ticks * factor, cap.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The server's Retry-After (delta seconds or HTTP date) as a wait from <paramref name="now"/>, within [0, cap]; null when absent.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now, TimeSpan cap)
    {
        TimeSpan? wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };
        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }
}
