using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>
/// html-validate over the pages of a real-volume build (<see cref="DailyVolumeSiteFixture"/>): one
/// or more of every page type, with the markup only volume brings (hundreds of cards, binge cards,
/// hidden up-next items). Title pages are sampled: validating all ~3,700 would take minutes.
/// </summary>
[Collection(DailyVolumeSiteCollection.Name)]
public sealed class RealVolumeHtmlValidityTests(DailyVolumeSiteFixture site)
{
    private static readonly string[] Paths =
    [
        "/", "/tv/", "/anime/", "/movies/", "/calendar/", "/calendar/tv/", "/calendar/2026/11/", "/calendar/movies/2026/12/",
        "/calendar/2026/11/27/", "/premieres/", "/finales/", "/premieres/tv/", "/premieres/anime/", "/finales/tv/", "/calendar/no-specials/", "/calendar/tv/no-specials/", "/trending/", "/airing/", "/best/", "/changes/", "/404.html",
    ];

    [Fact]
    public void Every_page_type_at_real_volume_has_no_html_validate_errors()
    {
        var titles = new[] { "tv", "anime", "movies" }
            .SelectMany(kind => Directory.EnumerateFiles(Path.Combine(site.Output, kind), "index.html", SearchOption.AllDirectories)
                .Where(f => Path.GetDirectoryName(f) != Path.Combine(site.Output, kind))
                .Order(StringComparer.Ordinal).Take(5))
            .ToList();
        Assert.Equal(15, titles.Count);
        var pages = Paths.Select(site.File).Concat(titles).ToList();
        Assert.All(pages, p => Assert.True(File.Exists(p), $"{p} was not built"));

        var errors = HtmlValidityTests.Validate(pages)
            .SelectMany(r => r.Messages.Where(m => m.Severity == 2).Select(m => $"{Path.GetRelativePath(site.Output, r.FilePath)}:{m.Line} {m.RuleId}: {m.Message}"))
            .ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} html-validate errors, e.g.\n{string.Join('\n', errors.Take(20))}");
    }
}
