using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>Pages follow the same episode-title rule as feeds and the API: placeholders are not shown.</summary>
public sealed class EpisodeTitleTests
{
    [Theory]
    [InlineData("Episode 4", null)]
    [InlineData("Episode 04", null)]
    [InlineData("Ep. 4", null)]
    [InlineData("Episode 16", "Episode 16")]
    [InlineData("episode #4", null)]
    [InlineData("Episode 4: The Return", "Episode 4: The Return")]
    [InlineData("TBA", null)]
    [InlineData("The Long Night", "The Long Night")]
    public void Day_page_shows_an_episode_title_only_when_it_says_something(string episodeTitle, string? shown)
    {
        using var site = new TestSite();
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-28T01:00:00Z", 3, 4, episodeTitle);
        site.Build();

        var card = site.Html("calendar/2026/11/28/index.html").QuerySelector("[data-simkl-id='9100123']");
        Assert.NotNull(card);
        Assert.Equal(shown, card.QuerySelector(".episode-title")?.TextContent.Trim('“', '”'));
    }
}
