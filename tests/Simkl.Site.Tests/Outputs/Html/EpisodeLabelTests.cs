using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Outputs.Html;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>Episode labels: "S01E02" written directly for two-digit numbers is what the "00" format gives for every number.</summary>
public sealed class EpisodeLabelTests
{
    [Fact]
    public void Season_and_episode_read_as_the_two_digit_number_format_at_every_size()
    {
        foreach (var season in Enumerable.Range(1, 130))
        {
            foreach (var episode in Enumerable.Range(0, 1200))
            {
                var expected = string.Create(CultureInfo.InvariantCulture, $"S{season:00}E{episode:00}");
                Assert.Equal(expected, Formats.EpisodeLabel(MediaKind.Tv, season, episode));
            }
        }
    }

    [Theory]
    [InlineData(MediaKind.Tv, 0, 3, "Special 3")]
    [InlineData(MediaKind.Tv, null, 7, "Episode 7")]
    [InlineData(MediaKind.Anime, 2, 12, "Episode 12")]
    [InlineData(MediaKind.Tv, 2, 5, "S02E05")]
    [InlineData(MediaKind.Tv, 12, 105, "S12E105")]
    public void Kinds_without_seasons_and_specials_keep_their_wording(MediaKind kind, int? season, int episode, string expected) =>
        Assert.Equal(expected, Formats.EpisodeLabel(kind, season, episode));
}
