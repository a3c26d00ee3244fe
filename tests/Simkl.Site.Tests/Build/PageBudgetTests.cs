using System.IO.Compression;
using System.Text.RegularExpressions;
using Simkl.Site.Tests.TestSupport;
using Xunit.Abstractions;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// Page weight at Simkl's real daily volume (issue 12), gzipped as a server sends it: each page
/// type's HTML within its budget, and the stylesheets plus scripts one page loads within 20 KB in
/// total. Budgets are data: one row per page type.
/// </summary>
[Collection(DailyVolumeSiteCollection.Name)]
public sealed partial class PageBudgetTests(DailyVolumeSiteFixture site, ITestOutputHelper output)
{
    private const int AssetBudget = 20 * 1024;

    /// <summary>Page type, a path of that type, the most gzipped bytes its HTML may weigh.</summary>
    public static TheoryData<string, string, int> HtmlBudgets => new()
    {
        { "home", "/", 30 * 1024 },
        { "upcoming calendar", "/calendar/", 90 * 1024 },
        { "upcoming TV calendar", "/calendar/tv/", 90 * 1024 },
        { "upcoming calendar without specials", "/calendar/no-specials/", 90 * 1024 },
        { "upcoming TV calendar without specials", "/calendar/tv/no-specials/", 90 * 1024 },
        { "premieres", "/premieres/", 80 * 1024 },
        { "TV premieres", "/premieres/tv/", 80 * 1024 },
        { "anime premieres", "/premieres/anime/", 80 * 1024 },
        { "finales", "/finales/", 80 * 1024 },
        { "TV finales", "/finales/tv/", 80 * 1024 },
        { "anime finales", "/finales/anime/", 80 * 1024 },
    };

    /// <summary>One page of each type, for the CSS + JS budget.</summary>
    public static TheoryData<string> PageTypes => new()
    {
        "/", "/tv/", "/movies/", "/calendar/", "/calendar/2026/11/", "/calendar/2026/11/27/", "/premieres/", "/trending/", "/tv/7100000/",
    };

    [Theory]
    [MemberData(nameof(HtmlBudgets))]
    public void The_gzipped_html_of_a_page_type_stays_within_its_budget(string type, string path, int budget)
    {
        var gzipped = Gzipped(File.ReadAllBytes(site.File(path)));
        output.WriteLine($"{type} ({path}): {gzipped:N0} bytes gzipped, budget {budget:N0}");
        Assert.True(gzipped <= budget, $"the {type} page ({path}) is {gzipped:N0} bytes gzipped, over its {budget:N0}-byte budget");
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void The_css_and_js_a_page_loads_stay_within_20_KB_gzipped(string path)
    {
        var file = ResolveTitle(path);
        var html = File.ReadAllText(file);
        var assets = Asset().Matches(html).Select(m => m.Groups["url"].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));

        var sizes = assets.Select(a => (Url: a, Bytes: Gzipped(File.ReadAllBytes(Path.Combine(site.Output, a.TrimStart('/')))))).ToList();
        var total = sizes.Sum(s => s.Bytes);
        output.WriteLine($"{path}: {total:N0} bytes gzipped ({string.Join(", ", sizes.Select(s => $"{s.Url} {s.Bytes:N0}"))})");
        Assert.True(total <= AssetBudget, $"{path} loads {total:N0} bytes of CSS and JS gzipped, over the {AssetBudget:N0}-byte budget: {string.Join(", ", sizes)}");
    }

    // "/tv/7100000/" stands for the first title page of the kind (its slug is generated).
    private string ResolveTitle(string path)
    {
        var file = site.File(path);
        if (File.Exists(file))
        {
            return file;
        }

        var dir = Path.GetDirectoryName(file)!;
        return Directory.EnumerateFiles(dir, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
    }

    private static int Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }

    // Stylesheets and scripts the page loads from the site itself (the fingerprinted assets).
    [GeneratedRegex("""<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(?<url>/assets/[^"]+)"[^>]*>""")]
    private static partial Regex Asset();
}
