using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Simkl.Site.Serve;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Serve;

/// <summary>
/// The preview compresses like the CDN: brotli or gzip by Accept-Encoding, Vary: Accept-Encoding,
/// and each encoding decodes to exactly the file's bytes; images go out as they are.
/// </summary>
public sealed class ServeCompressionTests : IAsyncLifetime
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("simkl-serve-gzip-");
    private SiteServer server = null!;

    // No automatic decompression: the test sees the bytes on the wire.
    private readonly HttpClient client = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });

    public async Task InitializeAsync()
    {
        var rows = string.Concat(Enumerable.Range(0, 400).Select(i => $"<li>Episode {i}: caf\u00e9 \u2013 \u65e5\u672c</li>\n"));
        Write("index.html", Encoding.UTF8.GetBytes($"<!doctype html><html lang=\"en\"><title>Home</title><ul>\n{rows}</ul></html>\n"));
        Write("404.html", Encoding.UTF8.GetBytes("<!doctype html><title>Not found</title>"));
        Write("assets/site.css", File.ReadAllBytes(Path.Combine(TestSite.RepoRoot, "theme", "assets", "site.css")));
        Write("ics/all.ics", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("BEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n", 200))));
        Write("img/poster.webp", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        server = await SiteServer.StartAsync(temp.FullName, port: 0);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
        temp.Delete(recursive: true);
    }

    public static TheoryData<string, string> Files() => new()
    {
        { "/", "index.html" },
        { "/assets/site.css", "assets/site.css" },
        { "/ics/all.ics", "ics/all.ics" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Brotli_and_gzip_decode_to_the_file_bytes(string path, string file)
    {
        var expected = File.ReadAllBytes(Path.Combine(temp.FullName, file));

        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var response = await Get(path, encoding);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.True(body.Length < expected.Length, $"{encoding}: {body.Length} bytes for {expected.Length}");
            Assert.Equal(expected, Decode(body, encoding));
        }
    }

    [Fact]
    public async Task Brotli_is_preferred_when_both_are_equally_welcome_and_q_values_are_honoured()
    {
        using var both = await Get("/", "gzip, deflate, br");
        using var gzipPreferred = await Get("/", "br;q=0.5, gzip");

        Assert.Equal(["br"], both.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzipPreferred.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Without_accept_encoding_the_file_goes_out_as_it_is_with_its_length()
    {
        using var response = await Get("/", null);
        var expected = File.ReadAllBytes(Path.Combine(temp.FullName, "index.html"));

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(expected.Length, response.Content.Headers.ContentLength);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Images_are_not_compressed_again()
    {
        using var response = await Get("/img/poster.webp", "br, gzip");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.FullName, "img", "poster.webp")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_404_page_is_compressed_with_its_status()
    {
        using var response = await Get("/nope/", "gzip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.FullName, "404.html")), Decode(await response.Content.ReadAsByteArrayAsync(), "gzip"));
    }

    private async Task<HttpResponseMessage> Get(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, path.TrimStart('/')));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await client.SendAsync(request);
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private void Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(temp.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
