using Simkl.Site.Model;

namespace Simkl.Site.Tests.Model;

/// <summary>
/// The airing rules as data. Each row is one decision pages, feeds, the API and widgets share;
/// before they had one definition, pages and feeds disagreed on the rows marked "was".
/// </summary>
public sealed class AiringRulesTests
{
    private static Airing Make(MediaKind kind, int? season, int? episode, string? title = null, FinaleKind finale = FinaleKind.None) => new()
    {
        SimklId = 1,
        Kind = kind,
        When = AiringTime.On(new DateOnly(2026, 11, 28)),
        Season = season,
        Episode = episode,
        EpisodeTitle = title,
        Finale = finale,
        SourceFile = "test",
    };

    [Theory]
    [InlineData(MediaKind.Tv, 1, 1, true, true)]
    [InlineData(MediaKind.Tv, 3, 1, true, false)]
    [InlineData(MediaKind.Tv, null, 1, true, true)]
    [InlineData(MediaKind.Tv, 0, 1, false, false)] // a special is not a premiere
    [InlineData(MediaKind.Tv, -1, 1, false, false)] // was a premiere in feeds and the API, not on pages
    [InlineData(MediaKind.Tv, 2, 2, false, false)]
    [InlineData(MediaKind.Anime, null, 1, true, true)]
    [InlineData(MediaKind.Anime, null, 13, false, false)]
    [InlineData(MediaKind.Movie, null, null, false, false)]
    public void Premieres(MediaKind kind, int? season, int? episode, bool premiere, bool seriesPremiere)
    {
        var airing = Make(kind, season, episode);
        Assert.Equal(premiere, AiringRules.IsPremiere(airing));
        Assert.Equal(seriesPremiere, AiringRules.IsSeriesPremiere(airing));
        Assert.Equal(premiere ? seriesPremiere ? "Series premiere" : "Season premiere" : null, AiringRules.PremiereLabel(airing));
    }

    [Theory]
    [InlineData(FinaleKind.None, null, null)] // was "" on pages and null in feeds
    [InlineData(FinaleKind.MidSeason, "mid-season", "Mid-season finale")]
    [InlineData(FinaleKind.Season, "season", "Season finale")]
    [InlineData(FinaleKind.Series, "series", "Series finale")]
    public void Finales(FinaleKind finale, string? hook, string? label)
    {
        Assert.Equal(hook, AiringRules.FinaleHook(finale));
        Assert.Equal(label, AiringRules.FinaleLabel(finale));
        Assert.Equal(finale != FinaleKind.None, AiringRules.IsFinale(Make(MediaKind.Tv, 1, 5, finale: finale)));
    }

    [Theory]
    [InlineData(4, "The Long Night", false, "The Long Night")]
    [InlineData(4, "  The Long Night ", false, "The Long Night")]
    [InlineData(4, "The Long Night", true, null)] // spoiler-safe
    [InlineData(4, "Episode 4", false, null)] // placeholder: was shown on pages, hidden in feeds
    [InlineData(4, "episode 4", false, null)]
    [InlineData(4, "Episode 5", false, "Episode 5")] // says something: another number
    [InlineData(4, "TBA", false, null)]
    [InlineData(4, "tbd", false, null)]
    [InlineData(4, "  ", false, null)]
    public void Episode_titles(int episode, string? title, bool spoilerSafe, string? shown) =>
        Assert.Equal(shown, AiringRules.ShownEpisodeTitle(Make(MediaKind.Tv, 1, episode, title), spoilerSafe));

    [Fact]
    public void Specials_are_season_0_of_tv_only()
    {
        Assert.True(AiringRules.IsSpecial(Make(MediaKind.Tv, 0, 1)));
        Assert.False(AiringRules.IsSpecial(Make(MediaKind.Tv, 1, 1)));
        Assert.False(AiringRules.IsSpecial(Make(MediaKind.Anime, null, 1)));
    }
}
