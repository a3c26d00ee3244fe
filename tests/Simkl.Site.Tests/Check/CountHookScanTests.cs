using AngleSharp.Html.Parser;
using Simkl.Site.Check;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Check;

/// <summary>
/// The build's tag scan (<see cref="PageCompleteness.Check(string, ReadOnlySpan{char}, out IReadOnlyList{DaySection})"/>)
/// must find exactly what the HTML parser finds (the version <c>check</c> uses): the same problems
/// with the same lines, the same day sections with the same airings in the same order.
/// </summary>
public sealed class CountHookScanTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Card = "<li class=\"card\" data-kind=\"tv\" data-simkl-id=\"7\" data-season=\"1\" data-episode=\"{0}\">x</li>";

    public static TheoryData<string> Snippets() => new()
    {
        // Counts that agree, disagree, or cannot be read.
        "<section class=\"day\" data-day=\"2026-11-28\" data-airings=\"2\"><ol>" + string.Format(null, Card, 1) + string.Format(null, Card, 2) + "</ol></section></html>",
        "<section class=\"day\" data-day=\"2026-11-28\" data-airings=\"3\"><ol>" + string.Format(null, Card, 1) + "</ol></section>",
        "<section class=\"day\" data-day=\"2026-11-28\" data-airings=\"x\"><ol>" + string.Format(null, Card, 1) + "</ol></section>",
        "<section class=\"day\" data-day=\"2026-11-28\"><ol>" + string.Format(null, Card, 1) + "</ol></section>",
        "<ol data-count=\"3\"><li>a</li><li>b</li></ol>",
        "<ol data-count=\"\"><li>a</li></ol>",
        // Binge cards: their episodes count, nested lists are not direct children.
        "<section class=\"day other\" data-day=\"d\" data-airings=\"2\"><ol><li class=\"card card-binge\" data-kind=\"tv\" data-simkl-id=\"9\" data-season=\"2\">"
            + "<details class=\"episodes\"><summary>2</summary><ol data-count=\"2\"><li data-episode=\"1\">1</li><li data-episode=\"2\">2 <a href=\"/x?a=1&amp;b=2\">y</a></li></ol></details></li></ol></section>",
        "<ol data-count=\"1\"><li>a<ol><li>b</li><li>c</li></ol></li></ol>",
        // Markup a parser repairs: unclosed li, stray end tags, void elements, comments, raw text, upper case, unquoted values.
        "<ol data-count=\"3\"><li>a<li>b<li>c</ol>",
        "<ol data-count=2><li>a</span></li><br><img src=x><li>b</li></ol><!-- <ol data-count=\"9\"><li> -->",
        "<script>var s = '<section class=\"day\" data-airings=\"5\">';</script><SECTION CLASS=\"DAY\" class=\"day\" data-day=\"q\" data-airings=\"1\"><OL><LI class=card data-kind=movie data-simkl-id=3>m</LI></OL></SECTION>",
        "<section class=\"day\" data-day=\"a\" data-airings=\"1\"><div><p>text<li class=\"card\" data-kind=\"tv\" data-simkl-id=\"1\"></div></section><section class=\"day\" data-day=\"b\" data-airings=\"0\"></section>",
        // A page cut short: sections and lists still open at the end.
        "<section class=\"day\" data-day=\"c\" data-airings=\"4\">\n<ol data-count=\"2\">\n" + string.Format(null, Card, 1),
        "<title>a <b> title</title><ol data-count=\"1\"><li data-episode=\"3\">x</li></ol>",
        // Raw text holding other end tags, an end tag in upper case, one never closed.
        "<script>if (a </b) { s = \"</div></scrip\"; }</SCRIPT ><ol data-count=\"1\"><li>a</li></ol>",
        "<textarea><ol data-count=\"5\"></ol></textarea\n><ol data-count=\"2\"><li>a</li></ol>",
        "<ol data-count=\"1\"><li>a</li></ol><style>p { color: red }</sty",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_scan_agrees_with_the_parser_on_awkward_markup(string html) => AssertSame("page.html", html);

    [Fact]
    public void The_scan_agrees_with_the_parser_on_every_page_of_the_sample_site()
    {
        var pages = site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 50);
        foreach (var page in pages)
        {
            AssertSame(page, File.ReadAllText(Path.Combine(site.Output, page)));
        }
    }

    private static void AssertSame(string path, string html)
    {
        using var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var parsed = PageCompleteness.Check(path, document, out var parsedSections);
        var scanned = CountHookScan.Check(path, html, out var scannedSections);

        Assert.Equal(parsed.Select(p => p.ToString()), scanned.Select(p => p.ToString()));
        Assert.Equal(parsedSections.Count, scannedSections.Count);
        for (var i = 0; i < parsedSections.Count; i++)
        {
            Assert.Equal((parsedSections[i].Date, parsedSections[i].Stated), (scannedSections[i].Date, scannedSections[i].Stated));
            Assert.Equal(parsedSections[i].Shown, scannedSections[i].Shown);
        }
    }
}
