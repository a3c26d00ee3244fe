using System.Net;
using System.Net.Sockets;
using System.Text;
using Simkl.Site.Serve;

namespace Simkl.Site.Tests.Serve;

/// <summary>The preview server against a small hand-made output folder, over real HTTP on 127.0.0.1.</summary>
public sealed class SiteServerTests : IAsyncLifetime
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("simkl-serve-");
    private SiteServer server = null!;
    private HttpClient client = null!;

    private string Site => Path.Combine(temp.FullName, "site");

    public async Task InitializeAsync()
    {
        Write("index.html", "<!doctype html><title>Home</title>");
        Write("404.html", "<!doctype html><title>Not found</title><p>Nothing here.");
        Write("calendar/index.html", "<!doctype html><title>Calendar</title>");
        Write("calendar/tv/index.html", "<!doctype html><title>TV</title>");
        Write("about.html", "<!doctype html><title>About</title>");
        Write("no-index/readme.txt", "plain");
        Write("assets/site.3f2a9c1b.css", "body{}");
        Write("assets/site.3f2a9c1b.js", "void 0;");
        Write("api/calendar.json", "{}");
        Write("sitemap.xml", "<urlset/>");
        Write("ics/tv.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        Write("img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Write("img/poster.webp", "RIFF");
        Write("robots.txt", "User-agent: *");
        Write("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        File.WriteAllText(Path.Combine(temp.FullName, "secret.txt"), "outside the site");

        var headers = NetlifyHeaders.Parse("""
            [[headers]]
            for = "/*"
            [headers.values]
            X-Frame-Options = "DENY"
            [[headers]]
            for = "/assets/*"
            [headers.values]
            Cache-Control = "public, max-age=31536000, immutable"
            [[headers]]
            for = "/embed/*"
            [headers.values]
            X-Frame-Options = "ALLOWALL"
            [[headers]]
            for = "/*.ics"
            [headers.values]
            Access-Control-Allow-Origin = "*"
            [[headers]]
            for = "/calendar/"
            [headers.values]
            X-Exact = "yes"
            [[headers]]
            for = "/feed.xml"
            [headers.values]
            Content-Type = "application/atom+xml; charset=utf-8"
            """);
        server = await SiteServer.StartAsync(Site, port: 0, headers);
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
        temp.Delete(recursive: true);
    }

    [Fact]
    public void Port_zero_picks_a_free_port_on_loopback()
    {
        Assert.Equal("127.0.0.1", server.BaseUrl.Host);
        Assert.NotEqual(0, server.BaseUrl.Port);
        Assert.EndsWith("/", server.BaseUrl.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "Home")]
    [InlineData("/calendar/", "Calendar")]
    [InlineData("/calendar/tv/", "TV")]
    [InlineData("/calendar/index.html", "Calendar")]
    [InlineData("/about", "About")]
    [InlineData("/calendar/?kind=tv", "Calendar")]
    public async Task Folder_paths_serve_their_index(string path, string title)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<title>{title}</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/calendar", "/calendar/")]
    [InlineData("/calendar/tv", "/calendar/tv/")]
    [InlineData("/calendar/tv?x=1", "/calendar/tv/?x=1")]
    public async Task A_folder_without_the_slash_redirects_to_the_slash(string path, string location)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/nope/")]
    [InlineData("/calendar/2099/01/")]
    [InlineData("/no-index/")]
    [InlineData("/no-index")]
    [InlineData("/assets/missing.css")]
    public async Task Unknown_paths_get_the_404_page_with_status_404(string path)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<title>Not found</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_404_page_unknown_paths_get_a_plain_404()
    {
        File.Delete(Path.Combine(Site, "404.html"));

        using var response = await client.GetAsync("/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/", "text/html; charset=utf-8")]
    [InlineData("/assets/site.3f2a9c1b.css", "text/css; charset=utf-8")]
    [InlineData("/assets/site.3f2a9c1b.js", "application/javascript; charset=utf-8")]
    [InlineData("/api/calendar.json", "application/json; charset=utf-8")]
    [InlineData("/sitemap.xml", "application/xml; charset=utf-8")]
    [InlineData("/ics/tv.ics", "text/calendar; charset=utf-8")]
    [InlineData("/img/logo.svg", "image/svg+xml")]
    [InlineData("/img/poster.webp", "image/webp")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    public async Task Files_are_sent_with_their_content_type(string path, string contentType)
    {
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Headers_from_netlify_toml_are_applied_per_pattern()
    {
        using var page = await client.GetAsync("/calendar/");
        using var asset = await client.GetAsync("/assets/site.3f2a9c1b.css");
        using var ics = await client.GetAsync("/ics/tv.ics");
        using var missing = await client.GetAsync("/embed/nothing/");

        Assert.Equal("DENY", Header(page, "X-Frame-Options"));
        Assert.Equal("yes", Header(page, "X-Exact"));
        Assert.Equal(SiteServer.DefaultCacheControl, Header(page, "Cache-Control"));
        Assert.Null(Header(page, "Access-Control-Allow-Origin"));

        Assert.Equal("public, max-age=31536000, immutable", Header(asset, "Cache-Control"));
        Assert.Equal("DENY", Header(asset, "X-Frame-Options"));
        Assert.Null(Header(asset, "X-Exact"));

        Assert.Equal("*", Header(ics, "Access-Control-Allow-Origin"));

        using var feed = await client.GetAsync("/feed.xml");
        Assert.Equal("application/atom+xml; charset=utf-8", Header(feed, "Content-Type")); // the rule beats the extension

        // A 404 still gets the headers of the path that was asked for, as on the CDN.
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("ALLOWALL", Header(missing, "X-Frame-Options"));
    }

    [Fact]
    public async Task Head_requests_get_headers_without_a_body_and_other_methods_are_refused()
    {
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/calendar/"));
        using var post = await client.PostAsync("/calendar/", new StringContent("x"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html; charset=utf-8", head.Content.Headers.ContentType?.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/calendar/../../secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%2E%2E%2F%2E%2E%2Fsecret.txt")]
    public async Task Paths_cannot_leave_the_folder(string rawPath)
    {
        // A raw request line, so no client normalises the path before the server sees it.
        var (status, body) = await RawGet(rawPath);

        Assert.NotEqual(200, status);
        Assert.DoesNotContain("outside the site", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/calendar/../../secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/c:/secret.txt")]
    [InlineData("secret.txt")]
    public void The_resolver_refuses_dot_segments_and_foreign_separators(string path)
    {
        Assert.IsType<ResolvedRequest.BadRequest>(new StaticSiteResolver(Site).Resolve(path));
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<SiteException>(() => SiteServer.StartAsync(Path.Combine(temp.FullName, "nope"), 0));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<SiteException>(() => SiteServer.StartAsync(Site, server.BaseUrl.Port));

        Assert.Contains("choose another --port", error.Message, StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        // NonValidated: the value exactly as sent (the typed Cache-Control header is re-formatted by the client).
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private async Task<(int Status, string Body)> RawGet(string rawPath)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.BaseUrl.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {rawPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(Site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
