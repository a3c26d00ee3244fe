using Simkl.Site.FakeSimkl;
using Simkl.Site.Fetch;

namespace Simkl.Site.Tests.Fetch;

public sealed class SimklClientTests
{
    private const string TvV2 = "/calendar/v2/tv.json";

    [Fact]
    public async Task Retries_503_with_exponential_backoff_then_succeeds()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Options = h.Options with { RetryBaseDelay = TimeSpan.FromMilliseconds(3) };
        h.Fake.SetFault("data/calendar/v2/tv.json", FakeFault.Status(503).Times(2));
        using var client = new SimklClient(h.Options);

        var response = await client.GetAsync(SimklHost.Data, TvV2, null, default);

        Assert.Equal((ResponseKind.Ok, 200, 3), (response.Kind, response.Status, response.Attempts));
        Assert.Equal(h.Fixture("data/calendar/v2/tv.json"), response.Body);
        Assert.Equal([TimeSpan.FromMilliseconds(3), TimeSpan.FromMilliseconds(6)], h.Delays);
        Assert.Equal([503, 503, 200], h.Fake.Requests.Select(r => r.StatusCode ?? 0));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Retry_after_seconds_is_handed_to_the_delay_function(int status)
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("api/tv/best/all.json", FakeFault.Status(status, """{"error":"rate_limit"}""", retryAfter: "7").Times(1));
        using var client = new SimklClient(h.Options);

        var response = await client.GetAsync(SimklHost.Api, "/tv/best/all", null, default);

        Assert.Equal(ResponseKind.Ok, response.Kind);
        Assert.Equal([TimeSpan.FromSeconds(7)], h.Delays);
    }

    [Fact]
    public async Task Retry_after_http_date_is_measured_from_now_and_capped()
    {
        await using var h = await FetchHarness.StartAsync();
        var date = DateTimeOffset.UtcNow.AddHours(2).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        h.Fake.SetFault("data/calendar/v2/tv.json", FakeFault.Status(429, retryAfter: date).Times(1));
        using var client = new SimklClient(h.Options with { MaxRetryDelay = TimeSpan.FromSeconds(45), MaxRetryTime = TimeSpan.FromHours(3) });

        await client.GetAsync(SimklHost.Data, TvV2, null, default);

        Assert.Equal([TimeSpan.FromSeconds(45)], h.Delays);
    }

    [Fact]
    public async Task Gives_up_after_max_attempts_with_the_last_status()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("data/calendar/v2/tv.json", FakeFault.Status(502));
        using var client = new SimklClient(h.Options with { MaxAttempts = 3 });

        var response = await client.GetAsync(SimklHost.Data, TvV2, null, default);

        Assert.Equal((ResponseKind.Failed, 502, 3), (response.Kind, response.Status, response.Attempts));
        Assert.Equal("HTTP 502 Bad Gateway (after 3 attempts)", response.Message);
        Assert.Equal(3, h.Fake.Requests.Count);
    }

    [Fact]
    public async Task Timeouts_and_dropped_connections_are_retried()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("data/calendar/v2/tv.json", FakeFault.Slow(TimeSpan.FromSeconds(30)).Times(1));
        h.Fake.SetFault("data/calendar/v2/anime.json", FakeFault.Disconnect().Times(1));
        // The retry must get its answer within the timeout even on a loaded machine (300 ms was
        // not always enough for a local request, which then counted a third attempt).
        using var client = new SimklClient(h.Options with { Timeout = TimeSpan.FromSeconds(2) });

        var slow = await client.GetAsync(SimklHost.Data, TvV2, null, default);
        var dropped = await client.GetAsync(SimklHost.Data, "/calendar/v2/anime.json", null, default);

        Assert.Equal((ResponseKind.Ok, 2), (slow.Kind, slow.Attempts));
        Assert.Equal((ResponseKind.Ok, 2), (dropped.Kind, dropped.Attempts));
        Assert.Equal(h.Fixture("data/calendar/v2/anime.json"), dropped.Body);
    }

    [Fact]
    public async Task A_request_that_always_times_out_fails_with_a_timeout_message()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("data/calendar/v2/tv.json", FakeFault.Slow(TimeSpan.FromSeconds(30)));
        using var client = new SimklClient(h.Options with { Timeout = TimeSpan.FromMilliseconds(200), MaxAttempts = 2 });

        var response = await client.GetAsync(SimklHost.Data, TvV2, null, default);

        Assert.Equal(ResponseKind.Failed, response.Kind);
        Assert.Null(response.Status);
        Assert.Equal("timed out after 0.2 s (after 2 attempts)", response.Message);
    }

    [Theory]
    [InlineData(401, "Check SIMKL_CLIENT_ID")]
    [InlineData(403, "SIMKL_CLIENT_ID is invalid or the app is not approved")]
    [InlineData(412, "SIMKL_CLIENT_ID is missing or wrong")]
    public async Task Refusals_are_not_retried_and_name_the_likely_cause(int status, string cause)
    {
        await using var h = await FetchHarness.StartAsync();
        h.Fake.SetFault("api/tv/best/all.json", FakeFault.Status(status, """{"error":"client_id_failed"}"""));
        using var client = new SimklClient(h.Options);

        var response = await client.GetAsync(SimklHost.Api, "/tv/best/all", null, default);

        Assert.Equal((ResponseKind.Refused, status, 1), (response.Kind, response.Status, response.Attempts));
        Assert.StartsWith($"HTTP {status} client_id_failed: ", response.Message, StringComparison.Ordinal);
        Assert.Contains(cause, response.Message, StringComparison.Ordinal);
        Assert.Single(h.Fake.Requests);
        Assert.Empty(h.Delays);
    }

    [Fact]
    public async Task Api_requests_carry_the_key_header_client_id_and_user_agent_and_cdn_requests_no_query()
    {
        await using var h = await FetchHarness.StartAsync();
        using var client = new SimklClient(h.Options);

        await client.GetAsync(SimklHost.Api, "/tv/airing?date=today", null, default);
        await client.GetAsync(SimklHost.Data, TvV2, null, default);

        var (api, cdn) = (h.Fake.Requests[0], h.Fake.Requests[1]);
        Assert.Equal("test-client", api.Header("simkl-api-key"));
        Assert.Equal("test-client", api.Query("client_id"));
        Assert.Equal("today", api.Query("date"));
        Assert.Matches(@"^Simkl\.Site/\d+\.\d+\.\d+\S*$", api.Header("User-Agent"));
        Assert.Equal(api.Header("User-Agent"), cdn.Header("User-Agent"));
        Assert.Equal("", cdn.QueryString);
        Assert.Null(cdn.Header("simkl-api-key"));
        Assert.Equal($"{h.Fake.ApiBase}/tv/airing?date=today", client.DisplayUrl(SimklHost.Api, "/tv/airing?date=today"));
    }

    [Fact]
    public async Task Conditional_requests_send_both_validators_and_304_comes_back()
    {
        await using var h = await FetchHarness.StartAsync();
        using var client = new SimklClient(h.Options);
        var first = await client.GetAsync(SimklHost.Data, TvV2, null, default);

        var second = await client.GetAsync(SimklHost.Data, TvV2, new Validators(first.ETag, first.LastModified), default);

        Assert.Equal((ResponseKind.NotModified, 304), (second.Kind, second.Status));
        Assert.Equal(first.ETag, h.Fake.Requests[1].Header("If-None-Match"));
        Assert.Equal(first.LastModified, h.Fake.Requests[1].Header("If-Modified-Since"));
    }

    [Fact]
    public async Task Api_requests_run_one_at_a_time_at_least_100_ms_apart()
    {
        await using var h = await FetchHarness.StartAsync();
        using var client = new SimklClient(h.Options with { ApiInterval = new FetchOptions().ApiInterval });
        string[] paths = ["/tv/best/all", "/anime/best/all", "/tv/airing?date=today", "/anime/airing?date=tomorrow", "/tv/best/all", "/anime/best/all"];

        // Fired together: the rate limit must still space them out.
        var responses = await Task.WhenAll(paths.Select(p => client.GetAsync(SimklHost.Api, p, null, default)));

        Assert.All(responses, r => Assert.Equal(ResponseKind.Ok, r.Kind));
        var times = h.Fake.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(paths.Length, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(100), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }
}
