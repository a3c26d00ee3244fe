using System.Globalization;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Simkl.Site.Fetch;

/// <summary>
/// The retry strategy of <see cref="SimklClient"/> (Polly's retry): 429, 5xx, attempt timeouts and
/// network errors are retried, other answers are final. Each wait is the server's Retry-After or an
/// exponential backoff, at most <see cref="FetchOptions.MaxRetryDelay"/>, and is taken from the
/// fetch's shared <see cref="RetryBudget"/> before the retry is decided: a wait that does not fit
/// ends the source's retries with a message. That is why the wait is worked out here, in the retry
/// predicate, and handed to Polly as the delay: Polly picks its own delay only after it has decided
/// to retry, too late for the budget to say no.
/// </summary>
internal sealed class RetryRules(FetchOptions options, RetryBudget budget, TimeProvider time)
{
    /// <summary>The options for Polly's retry; null when <see cref="FetchOptions.MaxAttempts"/> leaves no retry.</summary>
    public RetryStrategyOptions<HttpResponseMessage>? Strategy() => options.MaxAttempts <= 1 ? null : new()
    {
        MaxRetryAttempts = options.MaxAttempts - 1,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.AttemptNumber, AttemptLog.Of(args.Context))),
        DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(AttemptLog.Of(args.Context).NextWait),
        OnRetry = args =>
        {
            AttemptLog.Of(args.Context).Retries++;
            return default;
        },
        UseJitter = false,
    };

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

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is TimeoutRejectedException or HttpRequestException or IOException
        || (outcome.Result is { } response && IsRetryable((int)response.StatusCode));

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, int attempt, AttemptLog log)
    {
        // Polly counts attempts from 0; the last one is never followed by a wait, so it reserves none.
        if (!IsTransient(outcome) || attempt >= options.MaxAttempts - 1)
        {
            return false;
        }

        var retryAfter = outcome.Result is { } response ? RetryAfter(response.Headers.RetryAfter, time.GetUtcNow(), TimeSpan.MaxValue) : null;
        var asked = retryAfter ?? Backoff(attempt + 1, options.RetryBaseDelay, options.MaxRetryDelay);
        var wait = asked < options.MaxRetryDelay ? asked : options.MaxRetryDelay;
        if (!budget.TryTake(asked, wait, out var left))
        {
            var why = retryAfter is null ? $"the next backoff wait, {Seconds(asked)} s, is" : $"the server asked to wait {Seconds(asked)} s,";
            log.GaveUp = $"gave up retrying: {why} more than the {Seconds(left)} s left of this fetch's retry budget (--max-retry-time {Seconds(options.MaxRetryTime)} s)";
            return false;
        }

        log.NextWait = wait;
        return true;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
