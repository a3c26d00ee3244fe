using Simkl.Site.Catalogue;

namespace Simkl.Site.Tests.Site;

public sealed class SmokeTests
{
    [Fact]
    public void Small_site_builds()
    {
        using var site = new TestSite();
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-28T01:00:00Z", 3, 4, "The Tide");
        site.Episode(show, "2026-11-20T01:00:00Z", 3, 3, "Before");
        var movie = site.Movie(5500, "Dune: Part Three");
        site.Release(movie, "2026-11-27");
        var result = site.Build();
        Assert.True(result.Pages > 10);
        Console.WriteLine(site.Text("index.html"));
    }
}
