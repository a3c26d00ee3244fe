using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>
/// Actions on airings (Simkl's redirect API): "Mark watched" as a button only on what has aired by
/// the build's clock (the rest carry it hidden, with the instant the script re-checks), and the
/// menu with Open on Simkl, Trailer (to=trailer) and Share (to=twitter); none of it without a client id.
/// </summary>
public sealed class ActionTests
{
    private static TestSite NewSite(string? clientId = "cid123") => new()
    {
        Settings = new() { BaseUrl = "https://cal.example.org", ClientId = clientId },
    };

    private static TestSite Harbor(string? clientId, out Title show)
    {
        var site = NewSite(clientId);
        show = site.Show(9100123, "Harbor Lights", with: t => t with
        {
            Ids = new Dictionary<string, string> { ["tmdb"] = "1402" },
            Year = 2010,
        });
        site.Episode(show, "2026-11-27T09:00:00Z", 3, 3); // aired at the build's 12:00
        site.Episode(show, "2026-11-27T21:00:00Z", 3, 4); // later the same day
        site.Episode(show, "2026-11-29T21:00:00Z", 3, 5); // a future day
        return site;
    }

    [Fact]
    public void Mark_watched_shows_on_aired_episodes_and_waits_hidden_on_future_ones()
    {
        using var site = Harbor("cid123", out _);
        site.Build();

        var today = site.Html("calendar/2026/11/27/index.html");
        var aired = today.QuerySelector("li.card[data-episode='3'] a[data-mark-watched]")!;
        Assert.False(aired.HasAttribute("hidden"));
        Assert.Contains("button", aired.ClassList);
        Assert.Equal("2026-11-27T09:00:00Z", aired.GetAttribute("data-aired-at"));
        Assert.Equal("✓ Mark watched: Harbor Lights S03E03", aired.TextContent);
        Assert.Equal("true", aired.QuerySelector("span[aria-hidden]")!.GetAttribute("aria-hidden"));

        var tonight = today.QuerySelector("li.card[data-episode='4'] a[data-mark-watched]")!;
        Assert.True(tonight.HasAttribute("hidden"));
        Assert.Equal("2026-11-27T21:00:00Z", tonight.GetAttribute("data-aired-at"));

        var future = site.Html("calendar/2026/11/29/index.html").QuerySelector("li.card[data-episode='5'] a[data-mark-watched]")!;
        Assert.True(future.HasAttribute("hidden"));
    }

    [Fact]
    public void The_menu_offers_simkl_trailer_and_share_through_the_redirect()
    {
        using var site = Harbor("cid123", out _);
        site.Build();

        var card = site.Html("calendar/2026/11/27/index.html").QuerySelector("li.card[data-episode='3']")!;
        var menu = card.QuerySelector("details.action-menu")!;
        Assert.StartsWith("More", menu.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-3/", menu.QuerySelector("a[data-simkl-link]")!.GetAttribute("href"));
        Assert.Equal("https://api.simkl.com/redirect?to=trailer&tmdb=1402&type=show&title=Harbor%20Lights&year=2010&client_id=cid123",
            menu.QuerySelector("a[data-trailer]")!.GetAttribute("href"));
        Assert.Equal("https://api.simkl.com/redirect?to=twitter&tmdb=1402&type=show&title=Harbor%20Lights&year=2010&season=3&episode=3&client_id=cid123",
            menu.QuerySelector("a[data-share]")!.GetAttribute("href"));
    }

    [Fact]
    public void Without_a_client_id_only_the_simkl_link_remains()
    {
        using var site = Harbor(null, out _);
        site.Build();

        var card = site.Html("calendar/2026/11/27/index.html").QuerySelector("li.card[data-episode='3']")!;
        Assert.NotNull(card.QuerySelector("a[data-simkl-link]"));
        Assert.Null(card.QuerySelector("details"));
        Assert.Null(card.QuerySelector("[data-mark-watched], [data-trailer], [data-share]"));
    }

    [Fact]
    public void Binge_episodes_each_decide_by_their_own_instant()
    {
        using var site = NewSite();
        var show = site.Show(5, "Binge Show");
        for (var e = 1; e <= 5; e++)
        {
            site.Episode(show, $"2026-11-27T{8 + (e * 2):00}:00:00Z", 1, e); // 10:00, 12:00, 14:00, 16:00, 18:00
        }

        site.Build();
        var marks = site.Html("calendar/2026/11/27/index.html").QuerySelectorAll("details.episodes ol a[data-mark-watched]");
        Assert.Equal([false, false, true, true, true], marks.Select(a => a.HasAttribute("hidden")));
    }
}
