using Simkl.Site.Outputs.Search;

namespace Simkl.Site.Tests.Outputs.Search;

/// <summary>
/// The folding the index is built with. theme/assets/search.js folds queries the same way; the
/// browser tests (SearchTests) type the accent-free and apostrophe-free forms and find these titles.
/// </summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Pokémon", "pokemon")]
    [InlineData("Blue Flower Café", "blue flower cafe")]
    [InlineData("Don't Look Up", "dont look up")]
    [InlineData("Straße der Ærø-Brüder", "strasse der aero bruder")]
    [InlineData("Łódź Noir", "lodz noir")]
    [InlineData("Crown & Compass", "crown compass")]
    [InlineData("Salt &amp; Pepper", "salt amp pepper")]
    [InlineData("<script>alert(1)</script>", "script alert 1 script")]
    [InlineData("Pizza Party 🍕🎉", "pizza party")]
    [InlineData("ليالي القاهرة", "ليالي القاهرة")]
    [InlineData("Kōkaku Kidōtai 2045", "kokaku kidotai 2045")]
    [InlineData("Ώρα Μηδέν", "ωρα μηδεν")]
    [InlineData("Việt Nam Ơi", "viet nam oi")]
    [InlineData("Poke\u0301mon", "pokemon")] // decomposed input (e + combining acute)
    [InlineData("  ", "")]
    public void Folds_case_accents_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', SearchText.Words(text)));

    [Theory]
    [InlineData("pokemon", "p")]
    [InlineData("2045", "0")]
    [InlineData("ليالي", "_")]
    [InlineData("ß", "_")]
    public void Shards_by_first_letter(string word, string shard) => Assert.Equal(shard, SearchText.ShardOf(word));
}
