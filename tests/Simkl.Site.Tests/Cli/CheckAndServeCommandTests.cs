using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Cli;

/// <summary>`simkl-site check` and `simkl-site serve` as a user runs them: output, exit codes, errors.</summary>
public sealed class CheckAndServeCommandTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("simkl-cli-");

    public CheckAndServeCommandTests()
    {
        Write("_site/index.html", "<!doctype html>\n<html lang=\"en\">\n<head><title>Home</title></head>\n<body><a href=\"/calendar/\">Calendar</a></body>\n</html>\n");
        Write("_site/calendar/index.html", "<!doctype html>\n<html lang=\"en\">\n<head><title>Calendar</title></head>\n<body><a href=\"/\">Home</a></body>\n</html>\n");
        Write("_site/404.html", "<!doctype html>\n<html lang=\"en\">\n<head><title>Not found</title></head>\n<body><a href=\"/\">Home</a></body>\n</html>\n");
        Write("_site/sitemap.xml", "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n<url><loc>https://example.org/</loc></url>\n</urlset>\n");
        Write("netlify.toml", "[[headers]]\nfor = \"/*\"\n[headers.values]\nX-From-Toml = \"yes\"\n");
    }

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public async Task Check_on_a_clean_site_prints_the_counts_and_exits_0()
    {
        var (code, stdout, _) = await SimklCli.RunAsync(temp.FullName, "check");

        Assert.Equal(0, code);
        Assert.Equal("checked 3 pages, 3 links: OK", stdout.Trim());
    }

    [Fact]
    public async Task Check_lists_each_problem_then_the_count_and_exits_1()
    {
        Write("_site/calendar/index.html", "<!doctype html>\n<html>\n<head><title>Calendar</title></head>\n<body><a href=\"/gone/\">Gone</a></body>\n</html>\n");

        var (code, stdout, _) = await SimklCli.RunAsync(temp.FullName, "check", "--site", "_site");

        Assert.Equal(1, code);
        Assert.Equal(
            [
                "calendar/index.html:2: <html> has no lang attribute",
                "calendar/index.html:4: <a href> \"/gone/\": no file gone/index.html in the output",
                "2 problems (checked 3 pages, 3 links)",
            ],
            stdout.Trim().Split('\n'));
    }

    [Fact]
    public async Task Check_json_is_one_document_with_the_counts_and_each_problem()
    {
        var (okExit, okOut, _) = await SimklCli.RunAsync(temp.FullName, "check", "--json");
        Write("_site/calendar/index.html", "<!doctype html>\n<html>\n<head><title>Calendar</title></head>\n<body><a href=\"/gone/\">Gone</a></body>\n</html>\n");
        var (badExit, badOut, _) = await SimklCli.RunAsync(temp.FullName, "check", "--site", "_site", "--json");

        Assert.Equal(0, okExit);
        using var ok = JsonDocument.Parse(okOut);
        Assert.True(ok.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(3, ok.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(0, ok.RootElement.GetProperty("problems").GetArrayLength());

        Assert.Equal(1, badExit);
        using var bad = JsonDocument.Parse(badOut);
        Assert.False(bad.RootElement.GetProperty("ok").GetBoolean());
        var problems = bad.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("path").GetString()}:{p.GetProperty("line").GetInt32()}: {p.GetProperty("message").GetString()}");
        Assert.Equal(
            [
                "calendar/index.html:2: <html> has no lang attribute",
                "calendar/index.html:4: <a href> \"/gone/\": no file gone/index.html in the output",
            ],
            problems);
    }

    [Theory]
    [InlineData("check", "--site", "nope")]
    [InlineData("serve", "--site", "nope", "--port", "0")]
    public async Task A_missing_folder_is_one_clear_line_and_exit_2(params string[] args)
    {
        var (code, _, stderr) = await SimklCli.RunAsync(temp.FullName, args);

        Assert.Equal(2, code);
        Assert.Equal("error: output folder '" + Path.Combine(temp.FullName, "nope") + "' does not exist (build the site first: simkl-site build)", stderr.Trim());
    }

    [Theory]
    [InlineData("check", "--nope")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("check", "--base-url", "not-a-url")]
    public async Task Bad_options_are_errors(params string[] args)
    {
        var (code, _, stderr) = await SimklCli.RunAsync(temp.FullName, args);

        Assert.NotEqual(0, code);
        Assert.NotEmpty(stderr.Trim());
    }

    [Fact]
    public async Task Serve_prints_its_url_serves_the_folder_with_the_toml_headers_until_stopped()
    {
        using var process = Process.Start(SimklCli.StartInfo(temp.FullName, "serve", "--port", "0"))!;
        try
        {
            var first = await process.StandardOutput.ReadLineAsync();
            Assert.StartsWith("Serving " + Path.Combine(temp.FullName, "_site") + " at http://127.0.0.1:", first, StringComparison.Ordinal);
            var url = new Uri(first![(first!.LastIndexOf(" at ", StringComparison.Ordinal) + 4)..]);
            Assert.Equal("Headers from " + Path.Combine(temp.FullName, "netlify.toml") + " (1 rules).", await process.StandardOutput.ReadLineAsync());

            using var client = new HttpClient();
            using var page = await client.GetAsync(new Uri(url, "calendar/"));
            using var missing = await client.GetAsync(new Uri(url, "nope"));

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("yes", string.Join(",", page.Headers.GetValues("X-From-Toml")));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("<title>Not found</title>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(temp.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
