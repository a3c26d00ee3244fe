using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>
/// The menu marks the page's section (aria-current="true") and, on the page a menu entry links to,
/// that entry as the page (aria-current="page"). The header is rendered once per header state and
/// shared, so pages of different sections must still each get their own.
/// </summary>
public sealed class SiteNavTests
{
    [Fact]
    public void Every_page_marks_its_own_section_and_only_a_menu_target_is_the_current_page()
    {
        using var site = new TestSite();
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 2);
        var anime = site.Show(9100124, "Sky Garden", MediaKind.Anime);
        site.Episode(anime, "2026-11-28T03:00:00Z", 1, 5);
        var movie = site.Movie(9100125, "Glass River");
        site.Release(movie, "2026-11-29");
        site.Build();

        string Marked(string page) => string.Join(" ", site.Html(page)
            .QuerySelectorAll("header nav.site-nav a[aria-current]")
            .Select(a => $"{a.GetAttribute("href")}={a.GetAttribute("aria-current")}"));

        Assert.Equal("/=page", Marked("index.html"));
        Assert.Equal("/calendar/=page", Marked("calendar/index.html"));
        Assert.Equal("/calendar/=true", Marked("calendar/2026/11/28/index.html"));
        Assert.Equal("/tv/=page", Marked("tv/index.html"));
        Assert.Equal("/tv/=true", Marked("tv/9100123/harbor-lights/index.html"));
        Assert.Equal("/anime/=true", Marked("anime/9100124/sky-garden/index.html"));
        Assert.Equal("/movies/=true", Marked("movies/9100125/glass-river/index.html"));
        Assert.Equal("/changes/=page", Marked("changes/index.html"));
    }
}
