using System.Net.Http.Headers;
using Simkl.Site.Fetch;

namespace Simkl.Site.Tests.Fetch;

public sealed class RetryRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 15, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1000)]
    [InlineData(3, 2000)]
    [InlineData(8, 30000)]
    public void Backoff_doubles_and_is_capped(int retry, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryRules.Backoff(retry, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30)));

    [Fact]
    public void Retry_after_accepts_seconds_and_http_dates_and_is_capped()
    {
        var cap = TimeSpan.FromSeconds(60);
        Assert.Equal(TimeSpan.FromSeconds(7), RetryRules.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Now, cap));
        Assert.Equal(TimeSpan.FromSeconds(20), RetryRules.RetryAfter(new RetryConditionHeaderValue(Now.AddSeconds(20)), Now, cap));
        Assert.Equal(TimeSpan.Zero, RetryRules.RetryAfter(new RetryConditionHeaderValue(Now.AddSeconds(-20)), Now, cap));
        Assert.Equal(cap, RetryRules.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromHours(3)), Now, cap));
        Assert.Null(RetryRules.RetryAfter(null, Now, cap));
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(410, false)]
    public void Only_429_and_5xx_are_retryable(int status, bool expected) => Assert.Equal(expected, RetryRules.IsRetryable(status));
}
