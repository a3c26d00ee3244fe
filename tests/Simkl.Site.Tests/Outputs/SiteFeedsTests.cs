using AngleSharp.Html.Parser;
using Simkl.Site.Build;
using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Outputs.FeedTestSite;

namespace Simkl.Site.Tests.Outputs;

/// <summary>
/// The whole build with the real theme and the default generators: pages link their feeds, the
/// widget pages exist and are escaped, and feeds obey the output guarantees (deterministic,
/// incremental) like the pages.
/// </summary>
public sealed class SiteFeedsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-feeds-site-");

    private string Output => Path.Combine(_root.FullName, "_site");

    private BuildResult Build(BuildContext? context = null)
    {
        context ??= Context();
        return SiteBuilder.Build(new BuildOptions
        {
            Catalogue = context.Catalogue,
            Settings = context.Settings,
            OutputDir = Output,
            ThemeDir = Path.Combine(NodeScript.RepoRoot, "theme"),
            InputDir = Path.Combine(_root.FullName, "input"),
            Generators = OutputGenerators.Default(),
            MaxParallelism = 2,
        });
    }

    private string Text(string path) => File.ReadAllText(Path.Combine(Output, path));

    private AngleSharp.Html.Dom.IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(Text(path));

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Every_page_links_the_atom_feed_in_its_head()
    {
        Build();
        var pages = Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 20);
        foreach (var file in pages)
        {
            var doc = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var link = doc.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']");
            Assert.True(link is not null, $"{Path.GetRelativePath(Output, file)} has no Atom link");
            Assert.Equal("/feed.xml", link.GetAttribute("href"));
        }

        Assert.True(File.Exists(Path.Combine(Output, "feed.xml")));
    }

    [Fact]
    public void Calendar_and_title_pages_offer_webcal_and_google_links_to_existing_feeds()
    {
        Build();
        var tv = Html("calendar/tv/index.html");
        Assert.Equal("/ics/tv.ics", tv.Head!.QuerySelector("link[rel=alternate][type='text/calendar']")!.GetAttribute("href"));
        var hrefs = tv.QuerySelectorAll(".feed-links a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(
            [
                "webcal://cal.example.org/ics/tv.ics",
                "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fcal.example.org%2Fics%2Ftv.ics",
                "/ics/tv.ics",
                "webcal://cal.example.org/ics/tv-allday.ics",
                "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fcal.example.org%2Fics%2Ftv-allday.ics",
                "/feed.xml",
            ],
            hrefs);

        var all = Html("calendar/index.html").QuerySelectorAll("link[rel=alternate][type='text/calendar']").Select(l => l.GetAttribute("href"));
        Assert.Equal(["/ics/all.ics", "/ics/tv.ics", "/ics/anime.ics", "/ics/movies.ics"], all);
        Assert.Contains("webcal://cal.example.org/ics/premieres.ics", Text("premieres/index.html"), StringComparison.Ordinal);
        Assert.Contains("webcal://cal.example.org/ics/finales.ics", Text("finales/index.html"), StringComparison.Ordinal);

        var title = Html("tv/9100123/harbor-lights/index.html");
        var titleLinks = title.QuerySelectorAll(".feed-links a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("webcal://cal.example.org/ics/tv/9100123.ics", titleLinks);
        Assert.Contains("webcal://cal.example.org/ics/tv/9100123-allday.ics", titleLinks);

        // Every feed a page links exists in the output.
        foreach (var file in Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories))
        {
            foreach (var a in new HtmlParser().ParseDocument(File.ReadAllText(file)).QuerySelectorAll("a[href^='/ics/'], link[href^='/ics/']"))
            {
                var path = a.GetAttribute("href")!.TrimStart('/');
                Assert.True(File.Exists(Path.Combine(Output, path)), $"{Path.GetRelativePath(Output, file)} links missing {path}");
            }
        }
    }

    [Fact]
    public void Widget_pages_are_built_escaped_and_kept_out_of_the_sitemap()
    {
        Build();
        string[] kinds = ["", "tv/", "anime/", "movies/"];
        foreach (var kind in kinds)
        {
            foreach (var theme in new[] { "", "light/", "dark/" })
            {
                var doc = Html($"embed/calendar/{kind}{theme}index.html");
                Assert.Equal(theme.Length == 0 ? "auto" : theme.TrimEnd('/'), doc.DocumentElement.GetAttribute("data-theme"));
                Assert.Equal("noindex", doc.Head!.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
                Assert.All(doc.QuerySelectorAll("a"), a => Assert.Equal("_blank", a.GetAttribute("target")));
            }
        }

        var sitemap = Text("sitemap.xml");
        Assert.DoesNotContain("/embed/calendar/", sitemap, StringComparison.Ordinal);
        Assert.Contains("https://cal.example.org/embed/", sitemap, StringComparison.Ordinal);

        var tv = Html("embed/calendar/tv/index.html");
        var hostile = tv.QuerySelector("li[data-simkl-id='9100200'] a[data-simkl-link]")!;
        Assert.Equal(HostileName, hostile.FirstChild!.TextContent);
        Assert.Empty(tv.QuerySelectorAll("main script, main img"));
        Assert.DoesNotContain("<script>alert(1)</script>", Text("embed/calendar/tv/index.html"), StringComparison.Ordinal);
        var finale = tv.QuerySelector("li[data-simkl-id='9100123'][data-episode='4']")!;
        Assert.Equal("season", finale.GetAttribute("data-finale"));
        Assert.Equal("2026-11-28T01:00:00Z", finale.QuerySelector("time[data-time]")!.GetAttribute("datetime"));
        Assert.Empty(Html("embed/calendar/movies/index.html").QuerySelectorAll("li[data-kind='tv']"));

        Assert.True(File.Exists(Path.Combine(Output, "widget.js")));
        Assert.Contains("customElements.define(NAME, SimklCalendar)", Text("widget.js"), StringComparison.Ordinal);
    }

    [Fact]
    public void Widget_pages_render_cards_with_the_card_partial_in_its_embed_variant()
    {
        Build();
        var template = File.ReadAllText(Path.Combine(TestSite.ThemeDir, "layouts", "embed-calendar.scriban-html"));
        Assert.Contains("include 'card' card", template, StringComparison.Ordinal);
        Assert.DoesNotContain("<li", template, StringComparison.Ordinal);

        var tv = Html("embed/calendar/tv/index.html");
        var cards = tv.QuerySelectorAll("li.card");
        Assert.NotEmpty(cards);
        Assert.All(cards, card =>
        {
            var title = card.QuerySelector(".card-title a")!;
            Assert.Equal("_blank", title.GetAttribute("target"));
            Assert.StartsWith("noopener", title.GetAttribute("rel"), StringComparison.Ordinal);
            Assert.StartsWith("https://simkl.com/", title.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Single(card.QuerySelectorAll("a[data-simkl-link]"));
            Assert.Empty(card.QuerySelectorAll("img"));
        });
    }

    [Fact]
    public void A_rebuild_of_the_same_data_writes_nothing_and_a_new_capture_rewrites_the_feeds()
    {
        var first = Build();
        Assert.True(first.Written > 0);
        var before = Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), File.ReadAllBytes);

        var again = Build();
        Assert.Equal(0, again.Written);
        Assert.False(again.Swapped);
        foreach (var (path, bytes) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(Output, path)));
        }

        // A later capture of the same schedule: DTSTAMP and generatedAt move, UIDs stay.
        var c = Context();
        var snapshot = c.Catalogue.Snapshot with { CapturedAt = CapturedAt.AddHours(6) };
        var later = c with
        {
            Catalogue = new SiteCatalogue(c.Catalogue.Titles, c.Catalogue.Airings, c.Catalogue.Lists, [], snapshot),
            Now = snapshot.CapturedAt,
        };
        Build(later);
        Assert.Contains("DTSTAMP:20261127T180000Z", Text("ics/tv.ics"), StringComparison.Ordinal);
        Assert.Contains("UID:tv-9100123-s3e4@cal.example.org", Text("ics/tv.ics"), StringComparison.Ordinal);
        Assert.Contains("\"generatedAt\":\"2026-11-27T18:00:00Z\"", Text("api/v1/calendar.json"), StringComparison.Ordinal);
    }
}
