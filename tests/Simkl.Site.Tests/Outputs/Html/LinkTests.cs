using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>Links (docs/data-rules.md): exact Simkl, episode, mark-as-watched and trailer URLs; images; attribution.</summary>
public sealed class LinkTests
{
    private static TestSite NewSite(string? clientId = "cid123", bool movies = false) => new()
    {
        Settings = new() { BaseUrl = "https://cal.example.org", ClientId = clientId, MarkWatchedMovies = movies },
    };

    [Fact]
    public void Tv_episode_links_are_exact()
    {
        using var site = NewSite();
        var show = site.Show(9100123, "Harbor Lights", with: t => t with
        {
            SimklUrl = "https://simkl.com/tv/9100123/harbor-lights",
            Ids = new Dictionary<string, string> { ["imdb"] = "tt1520211", ["tvdb"] = "153021", ["tmdb"] = "1402" },
            Year = 2010,
        });
        site.Episode(show, "2026-11-28T01:00:00Z", 3, 4, url: "/tv/9100123/harbor-lights/season-3/episode-4/");
        site.Episode(show, "2026-11-29T01:00:00Z", 3, 5);
        site.Build();

        var doc = site.Html("calendar/2026/11/28/index.html");
        var card = doc.QuerySelector("li.card[data-episode='4']")!;
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-4/", card.QuerySelector("a[data-simkl-link]")!.GetAttribute("href"));
        Assert.Equal(
            "https://api.simkl.com/redirect?to=watched&tmdb=1402&type=show&tvdb=153021&imdb=tt1520211&title=Harbor%20Lights&year=2010&season=3&episode=4&client_id=cid123",
            card.QuerySelector("a[data-mark-watched]")!.GetAttribute("href"));
        Assert.Equal("/tv/9100123/harbor-lights/", card.QuerySelector(".card-title a")!.GetAttribute("href"));

        // No episode URL in the data: built from kind, id, slug, season and episode, as Simkl shapes them.
        var other = site.Html("calendar/2026/11/29/index.html").QuerySelector("li.card[data-episode='5']")!;
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-5/", other.QuerySelector("a[data-simkl-link]")!.GetAttribute("href"));
    }

    [Fact]
    public void Anime_links_have_no_season()
    {
        using var site = NewSite();
        var anime = site.Show(9300401, "Hoshikage Rangers", MediaKind.Anime, t => t with
        {
            SimklUrl = "https://simkl.com/anime/9300401/hoshikage-rangers",
            Ids = new Dictionary<string, string> { ["mal"] = "4246", ["anidb"] = "10846" },
            Year = 2026,
        });
        site.Episode(anime, "2026-11-27T15:30:00Z", null, 7, url: "https://simkl.com/anime/9300401/hoshikage-rangers/episode-7/");
        site.Build();

        var card = site.Html("calendar/2026/11/27/index.html").QuerySelector("li.card[data-simkl-id='9300401']")!;
        Assert.Equal("anime", card.GetAttribute("data-kind"));
        Assert.False(card.HasAttribute("data-season"));
        Assert.Equal("7", card.GetAttribute("data-episode"));
        Assert.Equal("false", card.GetAttribute("data-premiere")); // episode 7 is no premiere
        Assert.Equal("https://simkl.com/anime/9300401/hoshikage-rangers/episode-7/", card.QuerySelector("a[data-simkl-link]")!.GetAttribute("href"));
        Assert.Equal(
            "https://api.simkl.com/redirect?to=watched&mal=4246&anidb=10846&title=Hoshikage%20Rangers&year=2026&episode=7&client_id=cid123",
            card.QuerySelector("a[data-mark-watched]")!.GetAttribute("href"));
    }

    [Fact]
    public void Values_are_percent_encoded_in_redirect_links()
    {
        using var site = NewSite(clientId: "c&d=e");
        var show = site.Show(77, "Can't Stop & Go: Ñoño/?#+ 🚀", with: t => t with { Ids = new Dictionary<string, string> { ["tmdb"] = "12 34" }, Year = null });
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 2);
        site.Build();

        var href = site.Html("calendar/2026/11/28/index.html").QuerySelector("a[data-mark-watched]")!.GetAttribute("href");
        Assert.Equal(
            "https://api.simkl.com/redirect?to=watched&tmdb=12%2034&type=show&title=Can%27t%20Stop%20%26%20Go%3A%20%C3%91o%C3%B1o%2F%3F%23%2B%20%F0%9F%9A%80&season=1&episode=2&client_id=c%26d%3De",
            href);
    }

    [Fact]
    public void Movies_get_mark_watched_only_when_enabled_and_links_keep_encoded_slugs()
    {
        foreach (var enabled in new[] { false, true })
        {
            using var site = NewSite(movies: enabled);
            var movie = site.Movie(9500043, "Can’t Stop the Rain", t => t with
            {
                SimklUrl = "https://simkl.com/movies/9500043/can%E2%80%99t-stop-the-rain",
                Ids = new Dictionary<string, string> { ["tmdb"] = "5555", ["imdb"] = "tt0000555" },
                Year = 2026,
                Trailer = "dQw4w9WgXcQ",
            });
            site.Release(movie, "2026-12-18");
            site.Build();

            var card = site.Html("calendar/2026/12/18/index.html").QuerySelector("li.card[data-simkl-id='9500043']")!;
            Assert.Equal("https://simkl.com/movies/9500043/can%E2%80%99t-stop-the-rain", card.QuerySelector("a[data-simkl-link]")!.GetAttribute("href"));
            var mark = card.QuerySelector("a[data-mark-watched]");
            if (enabled)
            {
                Assert.Equal("https://api.simkl.com/redirect?to=watched&tmdb=5555&type=movie&imdb=tt0000555&title=Can%E2%80%99t%20Stop%20the%20Rain&year=2026&client_id=cid123", mark!.GetAttribute("href"));
            }
            else
            {
                Assert.Null(mark);
            }

            var page = site.Html("movies/9500043/can-t-stop-the-rain/index.html");
            var trailer = page.QuerySelectorAll(".title-links a").Single(a => a.TextContent.Contains("trailer", StringComparison.Ordinal));
            Assert.Equal("https://api.simkl.com/redirect?to=trailer&tmdb=5555&type=movie&imdb=tt0000555&title=Can%E2%80%99t%20Stop%20the%20Rain&year=2026&client_id=cid123", trailer.GetAttribute("href"));
        }
    }

    [Fact]
    public void Without_a_client_id_there_are_no_mark_watched_links()
    {
        using var site = NewSite(clientId: null, movies: true);
        var show = site.Show(1, "Harbor Lights");
        for (var e = 1; e <= 6; e++)
        {
            site.Episode(show, "2026-11-28T01:00:00Z", 1, e);
        }

        site.Episode(show, "2026-11-29T01:00:00Z", 1, 7);
        site.Release(site.Movie(2, "A Movie"), "2026-11-29");
        site.Build();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("data-mark-watched", File.ReadAllText(file), StringComparison.Ordinal);
            Assert.DoesNotContain("to=watched", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Non_simkl_or_script_urls_from_data_never_become_links()
    {
        using var site = NewSite();
        var show = site.Show(9100111, "Hostile Urls", with: t => t with { SimklUrl = "javascript:alert(1)" });
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 2, url: "javascript:alert(document.cookie)");
        site.Episode(show, "2026-11-28T02:00:00Z", 1, 3, url: "https://evil.example/tv/1");
        site.Episode(show, "2026-11-28T03:00:00Z", 1, 4, url: "//simkl.com.evil.example/x");
        site.Build();

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = site.Html(Path.GetRelativePath(site.Output, file));
            foreach (var a in doc.QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!;
                Assert.True(
                    href.StartsWith('/') || href.StartsWith('#') || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("webcal://cal.example.org/", StringComparison.Ordinal),
                    $"{file}: {href}");
                Assert.DoesNotContain("evil", href, StringComparison.Ordinal);
            }
        }

        var card = site.Html("calendar/2026/11/28/index.html").QuerySelector("li.card[data-episode='2']")!;
        Assert.Equal("https://simkl.com/tv/9100111/hostile-urls/season-1/episode-2/", card.QuerySelector("a[data-simkl-link]")!.GetAttribute("href"));
    }

    [Fact]
    public void Posters_go_through_wsrv_with_size_and_lazy_loading_and_a_placeholder_when_missing()
    {
        using var site = NewSite();
        var with = site.Show(1, "Has Poster", with: t => t with { PosterPath = "37/3791c0de4a55e1f2b", FanartPath = "71/710408ec0a1bd207" });
        var without = site.Show(2, "No Poster", with: t => t with { PosterPath = null });
        var bad = site.Show(3, "Bad Poster", with: t => t with { PosterPath = "../../etc/passwd\" onerror=\"x" });
        site.Episode(with, "2026-11-28T01:00:00Z", 1, 2);
        site.Episode(without, "2026-11-28T02:00:00Z", 1, 2);
        site.Episode(bad, "2026-11-28T03:00:00Z", 1, 2);
        site.Build();

        var doc = site.Html("calendar/2026/11/28/index.html");
        var img = doc.QuerySelector("li.card[data-simkl-id='1'] img")!;
        Assert.Equal("https://wsrv.nl/?url=https://simkl.in/posters/37/3791c0de4a55e1f2b_cm.webp", img.GetAttribute("src"));
        Assert.Equal("84", img.GetAttribute("width"));
        Assert.Equal("124", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal("", img.GetAttribute("alt")); // decorative: the title link beside it names the title
        foreach (var id in new[] { "2", "3" })
        {
            Assert.Null(doc.QuerySelector($"li.card[data-simkl-id='{id}'] img"));
            Assert.NotNull(doc.QuerySelector($"li.card[data-simkl-id='{id}'] .poster-none[aria-hidden='true']"));
        }

        var title = site.Html("tv/1/has-poster/index.html");
        Assert.Equal("https://wsrv.nl/?url=https://simkl.in/posters/37/3791c0de4a55e1f2b_m.webp", title.QuerySelector("img.poster-large")!.GetAttribute("src"));
        Assert.Equal("https://wsrv.nl/?url=https://simkl.in/fanart/71/710408ec0a1bd207_w.webp", title.QuerySelector("img.fanart")!.GetAttribute("src"));
        Assert.Equal("https://wsrv.nl/?url=https://simkl.in/posters/37/3791c0de4a55e1f2b_m.webp", title.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public void Trending_pages_are_titled_for_simkl_and_link_to_most_watched()
    {
        using var site = NewSite();
        var show = site.Show(1, "Harbor Lights");
        var anime = site.Show(2, "Tsuki", MediaKind.Anime);
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 2);
        site.List(ListFamily.Trending, MediaKind.Tv, "today", new ListEntry { SimklId = 1, Kind = MediaKind.Tv, Position = 1, Watched = 4321 });
        site.List(ListFamily.Trending, MediaKind.Tv, "week", new ListEntry { SimklId = 1, Kind = MediaKind.Tv, Position = 1 });
        site.List(ListFamily.Trending, MediaKind.Anime, "month", new ListEntry { SimklId = 2, Kind = MediaKind.Anime, Position = 1 });
        site.Build();

        var tv = site.Html("trending/tv/index.html");
        Assert.Equal("Trending on Simkl: TV", tv.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Trending on Simkl: TV", tv.Title, StringComparison.Ordinal);
        Assert.Contains(tv.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://simkl.com/tv/best-shows/most-watched/");
        Assert.Equal(["Trending on Simkl today", "Trending on Simkl this week"], tv.QuerySelectorAll("section.list h2").Select(h => h.TextContent));
        var entry = tv.QuerySelector("#trending-today li[data-simkl-id='1'][data-kind='tv']")!;
        Assert.Contains("4,321 watched", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://simkl.com/tv/1/harbor-lights", entry.QuerySelector("a[data-simkl-link]")!.GetAttribute("href"));

        var all = site.Html("trending/index.html");
        Assert.Equal("Trending on Simkl", all.QuerySelector("h1")!.TextContent);
        foreach (var url in new[] { "https://simkl.com/tv/best-shows/most-watched/", "https://simkl.com/anime/best-anime/most-watched/", "https://simkl.com/movies/best-movies/most-watched/" })
        {
            Assert.Contains(all.QuerySelectorAll("a"), a => a.GetAttribute("href") == url);
        }

        Assert.Contains("this month", all.QuerySelector("#trending-anime h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(site.Html("trending/anime/index.html").QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://simkl.com/anime/best-anime/most-watched/");
    }
}
