using Simkl.Site.Outputs.Html;
using Simkl.Site.Rendering;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>
/// A page planned by path is made when it is rendered; the sitemap and the completeness check use
/// the planned path before that, so a page made at another path, file or indexing is an error.
/// </summary>
public sealed class PlannedPageTests
{
    private static readonly PageViews Views = new("https://example.test", "Site", new SiteNav([]), []);

    [Fact]
    public void A_page_made_late_is_made_when_asked_and_each_time()
    {
        var made = 0;
        var planned = PlannedPage.Later("/tv/1/a/", () =>
        {
            made++;
            return new PagePlan("tv/1/a/index.html", "title", Views.Make("/tv/1/a/", "A", "A.", "tv"), new object());
        });

        Assert.Equal(("/tv/1/a/", "tv/1/a/index.html", false, 0), (planned.Path, planned.OutputPath, planned.NoIndex, made));
        Assert.Equal("tv/1/a/index.html", planned.Make().OutputPath);
        planned.Make();
        Assert.Equal(2, made);
    }

    public static TheoryData<string, string, bool> Mismatches() => new()
    {
        { "/tv/1/b/", "tv/1/b/index.html", false },
        { "/tv/1/a/", "tv/1/b/index.html", false },
        { "/tv/1/a/", "tv/1/a/index.html", true },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void A_page_made_as_another_than_planned_is_refused(string path, string file, bool noIndex)
    {
        var planned = PlannedPage.Later("/tv/1/a/", () =>
            new PagePlan(file, "title", Views.Make(path, "A", "A.", "tv") with { NoIndex = noIndex }, new object()));

        var e = Assert.Throws<InvalidOperationException>(() => planned.Make());
        Assert.Contains("/tv/1/a/", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_made_while_planning_keeps_its_own_facts()
    {
        var page = new PagePlan("404.html", "404", Views.Make("/404.html", "Not found", "Gone.", "404") with { NoIndex = true }, new object(), PageRenderer.BaseLayout);
        var planned = PlannedPage.Of(page);

        Assert.Equal(("/404.html", "404.html", true), (planned.Path, planned.OutputPath, planned.NoIndex));
        Assert.Same(page, planned.Make());
    }
}
