using Simkl.Site.Model;
using Simkl.Site.Tests.Outputs.Html;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Urls;

/// <summary>Every row of the URL map (docs/url-map.md) this build owns exists, and nothing else sneaks in.</summary>
public sealed class UrlMapTests(UrlMapTests.Built built) : IClassFixture<UrlMapTests.Built>
{
    /// <summary>One build shared by the tests of this class (they only read it).</summary>
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = Build(out var result);
            Result = result;
        }

        public TestSite Site { get; }
        public Simkl.Site.Build.BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }

    private static TestSite Build(out Simkl.Site.Build.BuildResult result)
    {
        var site = new TestSite();
        File.WriteAllText(Path.Combine(site.InputDir, "pages", "about.md"), "# About\n\nA calendar built from [Simkl](https://simkl.com) data.\n");
        var tv = site.Show(9100123, "Harbor Lights");
        site.Episode(tv, "2026-10-05T01:00:00Z", 3, 1);
        site.Episode(tv, "2026-11-28T01:00:00Z", 3, 4);
        var anime = site.Show(9300401, "Hoshikage Rangers", MediaKind.Anime);
        site.Episode(anime, "2026-11-27T15:30:00Z", null, 7);
        var movie = site.Movie(9500042, "The Glass Orchard");
        site.Release(movie, "2026-12-18");
        site.List(ListFamily.Trending, MediaKind.Tv, "today", new ListEntry { SimklId = tv.SimklId, Kind = MediaKind.Tv, Position = 1, Watched = 1234 });
        site.List(ListFamily.Airing, MediaKind.Anime, "today", new ListEntry { SimklId = anime.SimklId, Kind = MediaKind.Anime, Position = 1, When = AiringTime.At(DateTimeOffset.Parse("2026-11-27T15:30:00Z", System.Globalization.CultureInfo.InvariantCulture)), Episode = 7 });
        site.List(ListFamily.Best, MediaKind.Tv, "all", new ListEntry { SimklId = tv.SimklId, Kind = MediaKind.Tv, Position = 1, Votes = 99 });
        result = site.Build();
        return site;
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("calendar/index.html")]
    [InlineData("calendar/tv/index.html")]
    [InlineData("calendar/anime/index.html")]
    [InlineData("calendar/movies/index.html")]
    [InlineData("calendar/2026/10/index.html")]
    [InlineData("calendar/2026/11/index.html")]
    [InlineData("calendar/2026/12/index.html")]
    [InlineData("calendar/tv/2026/10/index.html")]
    [InlineData("calendar/tv/2026/11/index.html")]
    [InlineData("calendar/anime/2026/11/index.html")]
    [InlineData("calendar/movies/2026/12/index.html")]
    [InlineData("calendar/2026/10/05/index.html")]
    [InlineData("calendar/2026/11/27/index.html")]
    [InlineData("calendar/2026/11/28/index.html")]
    [InlineData("calendar/2026/12/18/index.html")]
    [InlineData("premieres/index.html")]
    [InlineData("finales/index.html")]
    [InlineData("premieres/tv/index.html")]
    [InlineData("premieres/anime/index.html")]
    [InlineData("finales/tv/index.html")]
    [InlineData("finales/anime/index.html")]
    [InlineData("calendar/no-specials/index.html")]
    [InlineData("calendar/tv/no-specials/index.html")]
    [InlineData("trending/index.html")]
    [InlineData("trending/tv/index.html")]
    [InlineData("trending/anime/index.html")]
    [InlineData("trending/movies/index.html")]
    [InlineData("airing/index.html")]
    [InlineData("best/index.html")]
    [InlineData("tv/9100123/harbor-lights/index.html")]
    [InlineData("anime/9300401/hoshikage-rangers/index.html")]
    [InlineData("movies/9500042/the-glass-orchard/index.html")]
    [InlineData("about/index.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    public void Url_map_row_exists(string path)
    {
        var site = built.Site;
        Assert.True(site.Exists(path), $"{path} was not written");
    }

    [Fact]
    public void Months_and_days_without_data_have_no_pages()
    {
        var site = built.Site;
        var result = built.Result;
        Assert.False(site.Exists("calendar/2026/09/index.html"));
        Assert.False(site.Exists("calendar/anime/2026/10/index.html"));
        Assert.False(site.Exists("calendar/movies/2026/11/index.html"));
        Assert.False(site.Exists("calendar/2026/11/29/index.html"));
        Assert.Equal(result.Files, Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Sitemap_lists_every_page_with_absolute_urls_except_404()
    {
        var site = built.Site;
        var result = built.Result;
        var sitemap = System.Xml.Linq.XDocument.Parse(site.Text("sitemap.xml"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        var indexable = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(p => site.Html(p).QuerySelector("meta[name=robots][content*=noindex]") is null)
            .Select(p => "https://cal.example.org/" + (p == "index.html" ? string.Empty : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(indexable, locs);
        Assert.True(locs.Count < result.Pages);
        Assert.Contains("https://cal.example.org/", locs);
        Assert.Contains("https://cal.example.org/calendar/2026/11/28/", locs);
        Assert.Contains("https://cal.example.org/tv/9100123/harbor-lights/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal));
        Assert.Equal(locs.Order(StringComparer.Ordinal), locs);
        Assert.Contains("Sitemap: https://cal.example.org/sitemap.xml", site.Text("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Assets_are_fingerprinted_and_pages_reference_them()
    {
        var site = built.Site;
        var css = Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").Single();
        Assert.Matches(@"site\.[0-9a-f]{8}\.css$", css);
        var doc = site.Html("index.html");
        Assert.Equal("/assets/" + Path.GetFileName(css), doc.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        var script = doc.QuerySelector("script[src]")!;
        Assert.Matches(@"^/assets/site\.[0-9a-f]{8}\.js$", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.True(site.Exists(script.GetAttribute("src")!.TrimStart('/')));
    }

    [Fact]
    public void Every_page_has_landmarks_one_h1_lang_canonical_and_attribution()
    {
        var site = built.Site;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Output, file).Replace('\\', '/');
            if (relative.StartsWith("embed/", StringComparison.Ordinal))
            {
                // Widget pages for iframes: no site chrome by design.
                continue;
            }

            var doc = site.Html(relative);
            Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.NotNull(doc.QuerySelector("main#main"));
            Assert.Contains(doc.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "https://simkl.com" && a.TextContent.StartsWith("Simkl", StringComparison.Ordinal));
            // Widget pages for iframes have no site header, navigation or share tags, and are never indexed.
            var widget = relative.StartsWith("embed/calendar/", StringComparison.Ordinal);
            if (widget)
            {
                Assert.Equal("noindex", doc.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            }
            else
            {
                Assert.NotNull(doc.QuerySelector("header"));
                Assert.NotNull(doc.QuerySelector("nav"));
                Assert.Equal("#main", doc.QuerySelector("a.skip-link")!.GetAttribute("href"));
                Assert.NotNull(doc.QuerySelector("meta[property='og:title']"));
                Assert.Contains(doc.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "https://simkl.com" && a.TextContent == "Simkl");
            }

            Assert.NotNull(doc.QuerySelector("footer"));
            Assert.Contains("Data from", doc.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
            Assert.StartsWith("https://cal.example.org/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")!.GetAttribute("content")), relative);
            Assert.All(doc.QuerySelectorAll("img"), img => Assert.True(img.HasAttribute("alt"), relative));

            // Headings never skip a level.
            var levels = doc.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.TagName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{relative}: heading h{levels[i]} follows h{levels[i - 1]}");
            }

            // Ids are unique.
            var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Canonical_is_base_url_plus_path()
    {
        var site = built.Site;
        Assert.Equal("https://cal.example.org/calendar/2026/11/28/", site.Html("calendar/2026/11/28/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://cal.example.org/tv/9100123/harbor-lights/", site.Html("tv/9100123/harbor-lights/index.html").QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("noindex", site.Html("404.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
