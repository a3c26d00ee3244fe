using System.Net;
using System.Net.Http.Headers;
using Simkl.Site.FakeSimkl;

namespace Simkl.Site.Tests.Fetch;

public sealed class FakeSimklServerTests
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) });

    [Fact]
    public async Task Serves_data_files_with_validators_and_answers_conditional_requests_with_304()
    {
        await using var fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        using var first = await Http.GetAsync($"{fake.DataBase}/calendar/v2/tv.json");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.Contains("\"calendar\"", await first.Content.ReadAsStringAsync());

        using var byEtag = new HttpRequestMessage(HttpMethod.Get, $"{fake.DataBase}/calendar/v2/tv.json");
        byEtag.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Http.SendAsync(byEtag)).StatusCode);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, $"{fake.DataBase}/calendar/v2/tv.json");
        byDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await Http.SendAsync(byDate)).StatusCode);

        fake.SetFile("data/calendar/v2/tv.json", """{"calendar":[],"metadata":{}}""");
        using var changed = new HttpRequestMessage(HttpMethod.Get, $"{fake.DataBase}/calendar/v2/tv.json");
        changed.Headers.IfNoneMatch.Add(etag);
        changed.Headers.IfModifiedSince = lastModified;
        using var changedResponse = await Http.SendAsync(changed);
        Assert.Equal(HttpStatusCode.OK, changedResponse.StatusCode);
        Assert.NotEqual(etag, changedResponse.Headers.ETag);
        Assert.True(changedResponse.Content.Headers.LastModified > lastModified);
        Assert.Equal("""{"calendar":[],"metadata":{}}""", await changedResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Maps_api_queries_to_snapshot_paths_and_computes_pagination()
    {
        await using var fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        Assert.Contains("Airing tv tomorrow", await Http.GetStringAsync($"{fake.ApiBase}/tv/airing?date=tomorrow"));
        Assert.Contains("Best anime 0", await Http.GetStringAsync($"{fake.ApiBase}/anime/best/all"));

        using var page2 = await Http.GetAsync($"{fake.ApiBase}/tv/premieres/new?page=2&limit=60");
        Assert.Contains("Premiere tv p2", await page2.Content.ReadAsStringAsync());
        Assert.Equal("4", page2.Headers.GetValues("X-Pagination-Page-Count").Single());
        Assert.Equal("8", page2.Headers.GetValues("X-Pagination-Item-Count").Single());
        Assert.Equal("2", page2.Headers.GetValues("X-Pagination-Page").Single());
        Assert.Equal("60", page2.Headers.GetValues("X-Pagination-Limit").Single());

        Assert.Equal("[]", await Http.GetStringAsync($"{fake.ApiBase}/tv/premieres/new?page=9"));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync($"{fake.DataBase}/calendar/v2/2031/1/tv.json")).StatusCode);

        var recorded = fake.Requests;
        Assert.Equal("api/tv/airing/tomorrow.json", recorded[0].FixturePath);
        Assert.Equal("?page=2&limit=60", recorded[2].QueryString);
        Assert.Equal("2", recorded[2].Query("page"));
        Assert.Equal("api/tv/premieres/new/page-2.json", recorded[2].FixturePath);
        Assert.Equal([200, 200, 200, 200, 404], recorded.Select(r => r.StatusCode ?? 0));
    }

    [Fact]
    public async Task Faults_apply_the_given_number_of_times_then_the_file_is_served()
    {
        await using var fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        fake.SetFault("data/calendar/v2/tv.json", FakeFault.Status(503, retryAfter: "7").Times(2));
        var url = $"{fake.DataBase}/calendar/v2/tv.json";

        using var a = await Http.GetAsync(url);
        using var b = await Http.GetAsync(url);
        using var c = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), a.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, b.StatusCode);
        Assert.Equal(HttpStatusCode.OK, c.StatusCode);
    }

    [Fact]
    public async Task Bad_body_faults_send_html_error_objects_and_truncated_documents()
    {
        await using var fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        var full = fake.GetFile("data/calendar/v2/anime.json")!;
        fake.SetFault("data/calendar/v2/tv.json", FakeFault.Html());
        fake.SetFault("data/calendar/v2/anime.json", FakeFault.Truncated());
        fake.SetFault("api/tv/best/all.json", FakeFault.ErrorObject("user_limit_exceeded"));

        using var html = await Http.GetAsync($"{fake.DataBase}/calendar/v2/tv.json");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await html.Content.ReadAsStringAsync());

        var truncated = await Http.GetByteArrayAsync($"{fake.DataBase}/calendar/v2/anime.json");
        Assert.Equal(full.AsSpan(0, full.Length / 2).ToArray(), truncated);

        Assert.Contains("\"error\":\"user_limit_exceeded\"", await Http.GetStringAsync($"{fake.ApiBase}/tv/best/all"));
    }

    [Fact]
    public async Task Disconnect_drops_the_connection_mid_body()
    {
        await using var fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        fake.SetFault("data/calendar/v2/tv.json", FakeFault.Disconnect());
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Http.GetByteArrayAsync($"{fake.DataBase}/calendar/v2/tv.json"));
    }

    [Fact]
    public async Task Slow_responses_outlast_a_short_client_timeout()
    {
        await using var fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        fake.SetFault("data/calendar/v2/tv.json", FakeFault.Slow(TimeSpan.FromSeconds(30)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Http.GetAsync($"{fake.DataBase}/calendar/v2/tv.json", cts.Token));
    }

    [Fact]
    public async Task Expected_client_id_is_enforced_on_the_api_host_only()
    {
        await using var fake = await FakeSimklServer.StartAsync(FetchFixtures.Basic);
        fake.ExpectedClientId = "abc123";
        using var missing = await Http.GetAsync($"{fake.ApiBase}/tv/best/all");
        Assert.Equal(HttpStatusCode.PreconditionFailed, missing.StatusCode);
        Assert.Contains("client_id_failed", await missing.Content.ReadAsStringAsync());

        using var withHeader = new HttpRequestMessage(HttpMethod.Get, $"{fake.ApiBase}/tv/best/all");
        withHeader.Headers.Add("simkl-api-key", "abc123");
        withHeader.Headers.UserAgent.Add(new ProductInfoHeaderValue("Test", "1.0"));
        Assert.Equal(HttpStatusCode.OK, (await Http.SendAsync(withHeader)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync($"{fake.DataBase}/calendar/v2/tv.json")).StatusCode);

        var recorded = fake.Requests[1];
        Assert.Equal("abc123", recorded.Header("SIMKL-API-KEY"));
        Assert.Equal("Test/1.0", recorded.Header("User-Agent"));
    }
}
