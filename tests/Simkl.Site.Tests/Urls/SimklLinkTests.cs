using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Tests.Urls;

/// <summary>
/// A title's Simkl link has one rule (<see cref="SimklLinks.TitleUrl(Title)"/>) that pages, feeds,
/// the API and the changes page all use: a title whose slug never went through the loader (a
/// library caller's, or one kept in the schedule state) gets the same safe link everywhere.
/// </summary>
public sealed class SimklLinkTests
{
    [Theory]
    [InlineData("../../evil", "https://simkl.com/tv/7/evil")]
    [InlineData("Pokémon Café", "https://simkl.com/tv/7/pokemon-cafe")]
    [InlineData("a%2F..%2Fb", "https://simkl.com/tv/7/a-b")]
    [InlineData("already-clean", "https://simkl.com/tv/7/already-clean")]
    public void The_built_link_sanitises_the_slug(string slug, string expected)
    {
        var title = new Title { SimklId = 7, Kind = MediaKind.Tv, Slug = slug, Name = "Show", SimklUrl = "https://other.example/tv/7/x" };

        Assert.Equal(expected, SimklLinks.TitleUrl(title));
        Assert.Equal(expected, SimklLinks.TitleUrl(MediaKind.Tv, 7, slug));
    }

    [Fact]
    public void The_data_url_is_kept_when_it_names_the_same_item()
    {
        var title = new Title { SimklId = 7, Kind = MediaKind.Tv, Slug = "show", Name = "Show", SimklUrl = "https://simkl.com/tv/7/sh%C3%B6w" };

        Assert.Equal("https://simkl.com/tv/7/sh%C3%B6w", SimklLinks.TitleUrl(title));
    }
}
