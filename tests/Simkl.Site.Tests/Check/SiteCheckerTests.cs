using Simkl.Site.Check;

namespace Simkl.Site.Tests.Check;

/// <summary>`check` against small hand-made output folders: a clean one passes, each planted problem is found with its path and line.</summary>
public sealed class SiteCheckerTests : IDisposable
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("simkl-check-");

    public SiteCheckerTests()
    {
        // A clean little site: every kind of link the checker follows, all resolving.
        Write("index.html", Page("Home", """
            <a href="/calendar/">Calendar</a>
            <a href="calendar/#day-2026-11-28">Saturday</a>
            <a href="#main">Skip</a>
            <a href="#top">Top</a>
            <a href="/about">About (served from about.html)</a>
            <a href="https://simkl.com/tv/9100123/harbor-lights">Simkl</a>
            <a href="//example.org/x">Elsewhere</a>
            <a href="mailto:someone@example.org">Mail</a>
            <a href="webcal://simkl-site.netlify.app/ics/tv.ics">Subscribe</a>
            <a href="https://simkl-site.netlify.app/calendar/">Absolute link to the site itself</a>
            <a href="/ics/tv.ics">Download</a>
            <img src="/img/logo.svg" alt="">
            <img src="https://wsrv.nl/?url=https://simkl.in/posters/a_m.webp&w=100" alt="Poster">
            <picture><source srcset="/img/poster.webp 1x, https://wsrv.nl/?url=x,y&w=2 2x"><img src="/img/poster.webp" alt="Poster"></picture>
            <iframe src="/embed/calendar/" title="Widget"></iframe>
            """));
        Write("about.html", Page("About", "<p>About.</p>"));
        Write("calendar/index.html", Page("Calendar", """
            <section id="day-2026-11-28"><h2>Saturday</h2></section>
            <a href="../">Home</a> <a href="tv/">TV</a> <a href="./tv/#today">Today on TV</a>
            """));
        Write("calendar/tv/index.html", Page("TV", "<section id=\"today\"></section>"));
        Write("embed/calendar/index.html", Page("Widget", "<p>Widget</p>"));
        Write("404.html", Page("Not found", "<a href=\"/\">Home</a>"));
        Write("assets/site.3f2a9c1b.css", "body{}");
        Write("assets/site.3f2a9c1b.js", "void 0;");
        Write("img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Write("img/poster.webp", "RIFF");
        Write("ics/tv.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        Write("sitemap.xml", Sitemap("/", "/about", "/calendar/", "/calendar/tv/"));
    }

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public async Task A_clean_site_passes_and_counts_pages_and_internal_links()
    {
        var report = await Check();

        Assert.Empty(report.Problems);
        Assert.True(report.Ok);
        Assert.Equal(6, report.Pages);
        // Internal references only: index 11 (+2 in the head), calendar 3 (+2), about/tv/embed 2 each, 404 1 (+2).
        Assert.Equal(27, report.Links);
    }

    [Fact]
    public async Task Broken_links_are_reported_with_path_and_line()
    {
        Write("calendar/index.html", Page("Calendar", """
            <a href="/nowhere/">Gone</a><section id="day-2026-11-28"></section>
            <a href="../tv/">Wrong relative path</a>
            <img src="/img/missing.webp" alt="Missing">
            <script src="/assets/old.js" defer></script>
            <iframe src="/embed/nope/" title="Widget"></iframe>
            <picture><source srcset="/img/poster.webp 1x, /img/poster-2x.webp 2x"><img src="/img/poster.webp" alt=""></picture>
            <a href="https://simkl-site.netlify.app/gone/">Absolute, gone</a>
            """));

        var problems = await Problems();

        Assert.Equal(
            [
                "calendar/index.html:7: <a href> \"/nowhere/\": no file nowhere/index.html in the output",
                "calendar/index.html:8: <a href> \"../tv/\": no file tv/index.html in the output",
                "calendar/index.html:9: <img src> \"/img/missing.webp\": no file img/missing.webp in the output",
                "calendar/index.html:10: <script src> \"/assets/old.js\": no file assets/old.js in the output",
                "calendar/index.html:11: <iframe src> \"/embed/nope/\": no file embed/nope/index.html in the output",
                "calendar/index.html:12: <source srcset> \"/img/poster-2x.webp\": no file img/poster-2x.webp in the output",
                "calendar/index.html:13: <a href> \"https://simkl-site.netlify.app/gone/\": no file gone/index.html in the output",
            ],
            problems);
    }

    [Fact]
    public async Task Links_to_a_folder_without_the_slash_are_reported()
    {
        Write("about.html", Page("About", "<a href=\"/calendar\">Calendar</a>"));

        var problem = Assert.Single(await Problems());

        Assert.Equal("about.html:7: <a href> \"/calendar\": /calendar is a folder: the CDN answers with a redirect to /calendar/; link to /calendar/", problem);
    }

    [Fact]
    public async Task Missing_anchors_on_the_same_or_another_page_are_reported()
    {
        Write("about.html", Page("About", """
            <a href="#nope">Same page</a>
            <a href="/calendar/#day-2026-11-29">Other page</a>
            <a href="/calendar/tv/#today">Fine</a>
            """));

        Assert.Equal(
            [
                "about.html:7: <a href> \"#nope\": no element with id=\"nope\" in about.html",
                "about.html:8: <a href> \"/calendar/#day-2026-11-29\": no element with id=\"day-2026-11-29\" in calendar/index.html",
            ],
            await Problems());
    }

    [Fact]
    public async Task Pages_without_title_or_lang_and_images_without_alt_are_reported()
    {
        Write("calendar/tv/index.html", "<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body id=\"today\">\n<img src=\"/img/logo.svg\">\n</body>\n</html>\n");
        Write("embed/calendar/index.html", "<!doctype html>\n<html lang=\"\">\n<head><title>  </title></head>\n<body></body>\n</html>\n");

        Assert.Equal(
            [
                "calendar/tv/index.html:2: <html> has no lang attribute",
                "calendar/tv/index.html:3: page has no <title>",
                "calendar/tv/index.html:7: <img src=\"/img/logo.svg\"> has no alt attribute",
                "embed/calendar/index.html:2: <html> has no lang attribute",
                "embed/calendar/index.html:3: <title> is empty",
            ],
            await Problems());
    }

    [Fact]
    public async Task Duplicate_ids_are_reported_at_the_repeat()
    {
        Write("about.html", Page("About", "<p id=\"a\">1</p>\n<p id=\"b\">2</p>\n<p id=\"a\">3</p>"));

        Assert.Equal(["about.html:9: duplicate id \"a\" (first at line 7)"], await Problems());
    }

    [Fact]
    public async Task Relative_links_on_the_404_page_are_reported()
    {
        Write("404.html", Page("Not found", "<a href=\"calendar/\">Calendar</a> <a href=\"/\">Home</a>"));

        var problem = Assert.Single(await Problems());

        Assert.StartsWith("404.html:7: <a href> \"calendar/\": 404.html is served at every missing path", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_urls_must_be_pages_of_the_site()
    {
        Write("sitemap.xml", Sitemap("/", "/calendar/", "/gone/", "/assets/site.3f2a9c1b.css") +
                             "\n<!-- not a page of this site: -->");
        File.WriteAllText(Path.Combine(temp.FullName, "sitemap.xml"),
            File.ReadAllText(Path.Combine(temp.FullName, "sitemap.xml"))
                .Replace("</urlset>", "  <url><loc>https://elsewhere.example/</loc></url>\n</urlset>", StringComparison.Ordinal));

        Assert.Equal(
            [
                "sitemap.xml:5: \"https://simkl-site.netlify.app/gone/\": no file gone/index.html in the output",
                "sitemap.xml:6: \"https://simkl-site.netlify.app/assets/site.3f2a9c1b.css\" is not a page (assets/site.3f2a9c1b.css)",
                "sitemap.xml:7: \"https://elsewhere.example/\" is not on the site (https://simkl-site.netlify.app/)",
            ],
            await Problems());
    }

    [Fact]
    public async Task A_missing_or_broken_sitemap_is_reported()
    {
        File.Delete(Path.Combine(temp.FullName, "sitemap.xml"));
        Assert.Equal(["sitemap.xml:1: missing: every site has /sitemap.xml"], await Problems());

        Write("sitemap.xml", "<?xml version=\"1.0\"?>\n<urlset>\n<url><loc>x</url>\n</urlset>");
        var problem = Assert.Single(await Problems());
        Assert.StartsWith("sitemap.xml:3: not well-formed XML", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_given_base_url_makes_absolute_links_to_it_internal()
    {
        Write("about.html", Page("About", "<a href=\"https://example.org/sub/missing/\">x</a> <a href=\"https://example.org/other/\">y</a>"));
        Write("sitemap.xml", Sitemap("/").Replace("https://simkl-site.netlify.app/", "https://example.org/sub/", StringComparison.Ordinal));

        var report = await SiteChecker.CheckAsync(temp.FullName, new Uri("https://example.org/sub/"));

        Assert.Equal(
            ["about.html:7: <a href> \"https://example.org/sub/missing/\": no file missing/index.html in the output"],
            report.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<SiteException>(() => SiteChecker.CheckAsync(Path.Combine(temp.FullName, "nope")));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/a.webp 1x, /b.webp 2x", new[] { "/a.webp", "/b.webp" })]
    [InlineData("  /a.webp  ", new[] { "/a.webp" })]
    [InlineData("https://wsrv.nl/?url=x,y&w=2 2x,/b.webp", new[] { "https://wsrv.nl/?url=x,y&w=2", "/b.webp" })]
    [InlineData("/a.webp,/b.webp 100w", new[] { "/a.webp,/b.webp" })] // a URL runs to whitespace
    [InlineData("/a.webp, /b.webp 100w", new[] { "/a.webp", "/b.webp" })]
    [InlineData("/a.webp (min-width: 1px, x) 1x, /b.webp", new[] { "/a.webp", "/b.webp" })]
    [InlineData("", new string[0])]
    public void Srcset_urls_are_split_like_browsers_do(string srcset, string[] expected)
    {
        Assert.Equal(expected, Srcset.Urls(srcset));
    }

    [Fact]
    public async Task A_page_cut_short_is_reported()
    {
        var page = Page("About", "<p>About.</p>");
        Write("about.html", page[..page.IndexOf("</main>", StringComparison.Ordinal)]);

        Assert.Equal(["about.html:7: page does not end with </html>: it was cut short"], await Problems());
    }

    [Theory]
    [InlineData(
        """<section class="day" data-day="2026-11-28" id="day-2026-11-28" data-airings="3"><ol class="cards"><li class="card" data-simkl-id="1" data-kind="tv" data-season="1" data-episode="1"></li><li class="card" data-simkl-id="2" data-kind="movie"></li></ol></section>""",
        "calendar/index.html:7: day 2026-11-28 states 3 airings (data-airings) but its cards show 2")]
    [InlineData(
        """<section class="day" data-day="2026-11-28" id="day-2026-11-28" data-airings="2"><ol class="cards"><li class="card card-binge" data-simkl-id="1" data-kind="tv" data-season="1" data-episode="1" data-episode-last="4"><details class="episodes"><summary>4 episodes</summary><ol data-count="4"><li data-episode="1"></li><li data-episode="2"></li><li data-episode="3"></li></ol></details></li></ol></section>""",
        "calendar/index.html:7: a list states 4 entries but shows 3|calendar/index.html:7: day 2026-11-28 states 2 airings (data-airings) but its cards show 3")]
    public async Task A_day_that_shows_fewer_or_more_airings_than_it_states_is_reported(string section, string expected)
    {
        Write("calendar/index.html", Page("Calendar", section));

        Assert.Equal(expected.Split('|'), await Problems());
    }

    [Fact]
    public async Task A_day_whose_cards_match_its_stated_count_passes()
    {
        Write("calendar/index.html", Page("Calendar", """
            <section class="day" data-day="2026-11-28" id="day-2026-11-28" data-airings="5"><ol class="cards">
            <li class="card card-binge" data-simkl-id="1" data-kind="tv" data-season="1" data-episode="1" data-episode-last="4"><details class="episodes"><summary>4 episodes</summary><ol data-count="4"><li data-episode="1"></li><li data-episode="2"></li><li data-episode="3"></li><li data-episode="4"></li></ol></details></li>
            <li class="card" data-simkl-id="2" data-kind="movie"></li>
            </ol></section>
            """));

        Assert.Empty(await Problems());
    }

    private Task<CheckReport> Check() => SiteChecker.CheckAsync(temp.FullName);

    private async Task<List<string>> Problems() => (await Check()).Problems.Select(p => p.ToString()).ToList();

    // Six lines of head, so the body content starts on line 7.
    private static string Page(string title, string body) =>
        $"<!doctype html>\n<html lang=\"en\">\n<head>\n<title>{title}</title>\n<link rel=\"stylesheet\" href=\"/assets/site.3f2a9c1b.css\"><script src=\"/assets/site.3f2a9c1b.js\" defer></script>\n</head><body><main id=\"main\">\n{body}\n</main></body>\n</html>\n";

    private static string Sitemap(params string[] paths) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" +
        string.Concat(paths.Select(p => $"  <url><loc>https://simkl-site.netlify.app{p}</loc></url>\n")) +
        "</urlset>\n";

    private void Write(string relative, string content)
    {
        var path = Path.Combine(temp.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
