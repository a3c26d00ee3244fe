using Simkl.Site.Serve;

namespace Simkl.Site.Tests.Serve;

public class NetlifyHeadersTests
{
    // Pattern, path, whether Netlify applies the rule (from @netlify/headers-parser's rule compiler).
    [Theory]
    [InlineData("/*", "/", true)]
    [InlineData("/*", "/calendar/2026/11/", true)]
    [InlineData("/*", "/ics/tv.ics", true)]
    [InlineData("/assets/*", "/assets/site.3f2a9c1b.css", true)]
    [InlineData("/assets/*", "/assets/img/logo.svg", true)]
    [InlineData("/assets/*", "/assets", true)]
    [InlineData("/assets/*", "/assets/", true)]
    [InlineData("/assets/*", "/assetsx/site.css", true)] // upstream: the '/' before '*' is optional
    [InlineData("/changes/*", "/changes.xml", true)]
    [InlineData("/assets/*", "/calendar/assets/site.css", false)]
    [InlineData("/embed/*", "/embed/calendar/tv/", true)]
    [InlineData("/embed/*", "/calendar/", false)]
    [InlineData("/*.ics", "/ics/tv.ics", true)]
    [InlineData("/*.ics", "/tv.ics", true)]
    [InlineData("/*.ics", "/ics/tv.ics.html", false)]
    [InlineData("/*.ics", "/ics/", false)]
    [InlineData("/feed.xml", "/feed.xml", true)]
    [InlineData("/feed.xml", "/FEED.XML", true)]
    [InlineData("/feed.xml", "/feed.xml/", true)]
    [InlineData("/feed.xml", "/other/feed.xml", false)]
    [InlineData("/calendar/", "/calendar", true)]
    [InlineData("/calendar/", "/calendar/tv/", false)]
    [InlineData("/tv/:id/*", "/tv/9100123/harbor-lights/", true)]
    [InlineData("/tv/:id/x", "/tv/9100123/y/x", false)]
    public void For_pattern_matches_like_netlify(string pattern, string path, bool expected)
    {
        var rule = new NetlifyHeaderRule(pattern, [new("X-Test", "1")]);

        Assert.Equal(expected, rule.Matches(path));
    }

    [Fact]
    public void Parses_rules_in_order_and_applies_every_matching_rule_later_wins()
    {
        var headers = NetlifyHeaders.Parse("""
            [build]
            publish = "_site"
            command = "dotnet run --project src/Simkl.Site.Cli -- build"

            [[headers]]
            for = "/*"
            [headers.values]
            X-Content-Type-Options = "nosniff"
            Cache-Control = "public, max-age=0, must-revalidate"

            [[headers]]
            for = "/assets/*"
            [headers.values]
            cache-control = "public, max-age=31536000, immutable"

            [[headers]]
            for = "/*.ics"
              [headers.values]
              Access-Control-Allow-Origin = "*"
            """);

        Assert.Equal(["/*", "/assets/*", "/*.ics"], headers.Rules.Select(r => r.For));
        Assert.Equal(
            [new("X-Content-Type-Options", "nosniff"), new("cache-control", "public, max-age=31536000, immutable")],
            headers.For("/assets/site.css"));
        Assert.Equal(
            [new("X-Content-Type-Options", "nosniff"), new("Cache-Control", "public, max-age=0, must-revalidate"), new("Access-Control-Allow-Origin", "*")],
            headers.For("/ics/premieres.ics"));
    }

    [Fact]
    public void Multi_line_and_array_values_fold_into_one_line()
    {
        var headers = NetlifyHeaders.Parse("""
            [[headers]]
            for = "/*"
            [headers.values]
            Content-Security-Policy = '''
              default-src 'self';
              img-src 'self' https://wsrv.nl'''
            cache-control = '''
              max-age=0,
              no-cache'''
            Vary = ["Accept", " Accept-Encoding "]
            """);

        Assert.Equal(
            [
                new("Content-Security-Policy", "default-src 'self'; img-src 'self' https://wsrv.nl"),
                new("cache-control", "max-age=0, no-cache"),
                new("Vary", "Accept, Accept-Encoding"),
            ],
            headers.For("/"));
    }

    [Fact]
    public void A_file_without_headers_has_no_rules()
    {
        Assert.Empty(NetlifyHeaders.Parse("[build]\npublish = \"_site\"\n").Rules);
    }

    [Theory]
    [InlineData("[[headers]\nfor = \"/*\"", "not valid TOML")]
    [InlineData("[[headers]]\n[headers.values]\nX-A = \"1\"", "`for` must be a non-empty string")]
    [InlineData("[[headers]]\nfor = 3\n[headers.values]\nX-A = \"1\"", "`for` must be a non-empty string")]
    [InlineData("[[headers]]\nfor = \"/*\"\nvalues = \"x\"", "`values` must be a table")]
    [InlineData("[[headers]]\nfor = \"/*\"\n[headers.values]\nX-A = 1", "header `X-A`: value must be a string")]
    [InlineData("headers = 1", "`headers` must be an array of tables")]
    public void Bad_files_give_a_clear_error_naming_the_rule(string toml, string expected)
    {
        var error = Assert.Throws<SiteException>(() => NetlifyHeaders.Parse(toml, "netlify.toml"));

        Assert.StartsWith("netlify.toml", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
