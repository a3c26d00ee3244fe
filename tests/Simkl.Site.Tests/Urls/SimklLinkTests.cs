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

    // The data's link is followed only when it names item tv/7 on simkl.com with no dot segment
    // (also percent-encoded), whitespace or control character in any segment.
    [Theory]
    [InlineData("https://simkl.com/tv/7/show", "https://simkl.com/tv/7/show")]
    [InlineData("  HTTPS://WWW.SIMKL.COM/tv/7/show/season-1/  ", "https://simkl.com/tv/7/show/season-1/")]
    [InlineData("//simkl.com/tv/7", "https://simkl.com/tv/7")]
    [InlineData("/tv/7/", "https://simkl.com/tv/7/")]
    [InlineData("/tv/7/a.b/...", "https://simkl.com/tv/7/a.b/...")]
    [InlineData("/tv/7/%2e%2e%2e", "https://simkl.com/tv/7/%2e%2e%2e")]
    [InlineData("/tv", null)]
    [InlineData("/", null)]
    [InlineData("/tv/70/show", null)]
    [InlineData("/tv/07/show", null)]
    [InlineData("/anime/7/show", null)]
    [InlineData("/TV/7/show", null)]
    [InlineData("/tv/7/.", null)]
    [InlineData("/tv/7/x/..", null)]
    [InlineData("/tv/7/%2E/x", null)]
    [InlineData("/tv/7/.%2e/x", null)]
    [InlineData("/tv/7/%2e./x", null)]
    [InlineData("/tv/7/sh ow", null)]
    [InlineData("/tv/7/sh\u00a0ow", null)]
    [InlineData("/tv/7/sh\u0001ow", null)]
    [InlineData("/tv/7/sh\\ow", null)]
    [InlineData("/tv/7/show?x=1", null)]
    [InlineData("//evil.example/tv/7/show", null)]
    [InlineData("https://simkl.com.evil.example/tv/7/show", null)]
    public void A_data_link_is_kept_only_when_it_agrees(string url, string? expected) =>
        Assert.Equal(expected, SimklLinks.Agreeing(url, MediaKind.Tv, 7));

    [Fact]
    public void A_link_already_in_the_canonical_form_is_returned_as_it_is()
    {
        // Every airing's link passes through Agreeing: the common case costs no new string.
        var canonical = "https://simkl.com/tv/7/show/season-1/episode-2/";
        Assert.Same(canonical, SimklLinks.Agreeing(canonical, MediaKind.Tv, 7));

        // Any other spelling of the same link is rewritten to the canonical form.
        Assert.Equal(canonical, SimklLinks.Agreeing(" " + canonical, MediaKind.Tv, 7));
        Assert.Equal(canonical, SimklLinks.Agreeing("https://SIMKL.com/tv/7/show/season-1/episode-2/", MediaKind.Tv, 7));
        Assert.Equal(canonical, SimklLinks.Agreeing("http://simkl.com/tv/7/show/season-1/episode-2/", MediaKind.Tv, 7));
        Assert.Equal("https://simkl.com/tv/7", SimklLinks.Agreeing("https://simkl.com/tv/7", MediaKind.Tv, 7));
    }

    [Fact]
    public void The_data_url_is_kept_when_it_names_the_same_item()
    {
        var title = new Title { SimklId = 7, Kind = MediaKind.Tv, Slug = "show", Name = "Show", SimklUrl = "https://simkl.com/tv/7/sh%C3%B6w" };

        Assert.Equal("https://simkl.com/tv/7/sh%C3%B6w", SimklLinks.TitleUrl(title));
    }
}
