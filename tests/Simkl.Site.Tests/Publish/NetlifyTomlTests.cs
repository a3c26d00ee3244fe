using Simkl.Site.Serve;
using Tomlyn;
using Tomlyn.Model;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Publish;

/// <summary>
/// netlify.toml against the files a build produces, with Netlify's own path matching
/// (<see cref="NetlifyHeaders"/>, the same rules <c>simkl-site serve</c> applies).
/// </summary>
public class NetlifyTomlTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly string TomlPath = Path.Combine(PublishingData.RepoRoot(), "netlify.toml");
    private static readonly NetlifyHeaders Headers = NetlifyHeaders.Load(TomlPath);

    /// <summary>Contract paths (docs/url-map.md) of outputs other generators add, checked even before they exist here.</summary>
    private static readonly string[] ContractPaths =
    [
        "/ics/tv.ics", "/ics/anime.ics", "/ics/tv/9100001.ics", "/api/calendar.json", "/api/tv/upcoming.json",
        "/widget.js", "/embed/calendar/", "/embed/calendar/index.html", "/feed.xml", "/changes.xml",
    ];

    private IEnumerable<string> AllRequestPaths() =>
        site.Files.SelectMany(SampleSiteFixture.RequestPaths).Concat(ContractPaths).Distinct(StringComparer.Ordinal);

    private static bool IsPage(string path) =>
        (path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal)) && !path.StartsWith("/embed/", StringComparison.Ordinal);

    /// <summary>Values of <paramref name="header"/> from every rule matching <paramref name="path"/> (Netlify would combine them).</summary>
    private static List<string> Values(string path, string header) =>
        [.. Headers.Rules.Where(r => r.Matches(path))
            .SelectMany(r => r.Values)
            .Where(v => string.Equals(v.Key, header, StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Value)];

    private static string? One(string path, string header)
    {
        var values = Values(path, header);
        Assert.True(values.Count <= 1, $"{path}: {values.Count} rules set {header}: {string.Join(" | ", values)}");
        return values.SingleOrDefault();
    }

    [Fact]
    public void The_sample_build_has_the_page_types_these_tests_rely_on()
    {
        Assert.Contains("index.html", site.Files);
        Assert.Contains("404.html", site.Files);
        Assert.Contains("changes/index.html", site.Files);
        Assert.Contains("changes.xml", site.Files);
        Assert.Contains(site.Files, f => f.StartsWith("assets/", StringComparison.Ordinal));
        Assert.Contains(site.Files, f => f.StartsWith("calendar/", StringComparison.Ordinal));
        Assert.Contains(site.Files, f => f.StartsWith("tv/", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishes_the_site_folder_without_a_netlify_build()
    {
        var model = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(TomlPath))!;
        var build = (TomlTable)model["build"];
        Assert.Equal("_site", build["publish"]);
        Assert.False(build.ContainsKey("command"), "CI builds the site; Netlify must not run a build command");
    }

    [Fact]
    public void No_header_is_set_by_two_rules_for_any_path()
    {
        var names = Headers.Rules.SelectMany(r => r.Values.Select(v => v.Key)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var path in AllRequestPaths())
        {
            foreach (var name in names)
            {
                One(path, name);
            }
        }
    }

    [Fact]
    public void Every_page_gets_exactly_one_strict_csp_and_denies_framing()
    {
        var pages = AllRequestPaths().Where(IsPage).ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} page paths");
        foreach (var path in pages)
        {
            var csp = One(path, "Content-Security-Policy");
            Assert.True(csp is not null, $"{path}: no Content-Security-Policy");
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("img-src 'self' https://wsrv.nl data:", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("DENY", One(path, "X-Frame-Options"));
            Assert.Equal("public, max-age=300, stale-while-revalidate=3600", One(path, "Cache-Control"));
            Assert.Null(One(path, "Access-Control-Allow-Origin"));
        }
    }

    [Theory]
    [InlineData("/embed/calendar/")]
    [InlineData("/embed/calendar/index.html")]
    [InlineData("/embed/tv/")]
    public void Embed_pages_may_be_framed_by_anyone(string path)
    {
        var csp = One(path, "Content-Security-Policy");
        Assert.NotNull(csp);
        Assert.Contains("frame-ancestors *", csp);
        Assert.DoesNotContain("'none'; base-uri", csp!.Replace("object-src 'none'", "", StringComparison.Ordinal));
        Assert.Null(One(path, "X-Frame-Options"));
    }

    [Fact]
    public void Fingerprinted_assets_are_immutable_and_nothing_else_is()
    {
        var assets = site.Files.Where(f => f.StartsWith("assets/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assets);
        foreach (var file in assets)
        {
            Assert.Matches(@"\.[0-9a-f]{8,}\.[a-z0-9]+$", file);
            Assert.Equal("public, max-age=31536000, immutable", One("/" + file, "Cache-Control"));
        }

        foreach (var path in AllRequestPaths().Where(p => !p.StartsWith("/assets/", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("immutable", One(path, "Cache-Control") ?? "");
        }
    }

    [Fact]
    public void Calendars_are_text_calendar_and_feeds_are_atom()
    {
        foreach (var path in AllRequestPaths().Where(p => p.EndsWith(".ics", StringComparison.Ordinal)))
        {
            Assert.Equal("text/calendar; charset=utf-8", One(path, "Content-Type"));
            Assert.Equal("public, max-age=1800, stale-while-revalidate=86400", One(path, "Cache-Control"));
        }

        foreach (var path in new[] { "/feed.xml", "/changes.xml" })
        {
            Assert.Equal("application/atom+xml; charset=utf-8", One(path, "Content-Type"));
        }

        foreach (var path in AllRequestPaths().Where(IsPage))
        {
            Assert.Null(One(path, "Content-Type"));
        }
    }

    [Fact]
    public void Cors_is_open_on_api_widget_and_ics_only()
    {
        foreach (var path in AllRequestPaths())
        {
            var open = path.StartsWith("/api/", StringComparison.Ordinal) || path == "/widget.js" || path.StartsWith("/ics/", StringComparison.Ordinal);
            Assert.True(open == (One(path, "Access-Control-Allow-Origin") == "*"), $"{path}: CORS {(open ? "missing" : "unexpected")}");
        }
    }

    [Fact]
    public void Every_file_is_nosniff_with_a_referrer_policy_and_a_cache_rule()
    {
        foreach (var path in AllRequestPaths())
        {
            Assert.Equal("nosniff", One(path, "X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", One(path, "Referrer-Policy"));
            Assert.True(One(path, "Cache-Control") is not null, $"{path}: no Cache-Control rule");
        }
    }
}
