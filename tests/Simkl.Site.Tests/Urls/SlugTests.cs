using Simkl.Site.Urls;

namespace Simkl.Site.Tests.Urls;

/// <summary>Slugs (docs/data-rules.md): accents fold under invariant globalization; a title with nothing Latin keeps an address.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("Pokémon Café", "pokemon-cafe")]
    [InlineData("Straße der Sehnsucht", "strasse-der-sehnsucht")]
    [InlineData("Ørsted & Æble", "orsted-aeble")]
    [InlineData("Łódź Œuvre þorn", "lodz-oeuvre-thorn")]
    [InlineData("pok%C3%A9mon-caf%C3%A9", "pokemon-cafe")]
    [InlineData("Señor Niño: Çà et là", "senor-nino-ca-et-la")]
    [InlineData("Ĳssel Đakovo Ħamrun", "ijssel-dakovo-hamrun")]
    public void Slugs_fold_accents_under_invariant_globalization(string text, string expected)
    {
        Assert.Equal(expected, Slugs.Sanitise(text));
    }

    [Fact]
    public void A_title_with_nothing_latin_falls_back_to_romaji_then_to_the_id()
    {
        Assert.Equal("shingeki-no-kyojin", Slugs.ForTitle(9300001, null, "進撃の巨人", "Shingeki no Kyojin"));
        Assert.Equal("9300002", Slugs.ForTitle(9300002, "%E9%80%B2%E6%92%83", "進撃の巨人", null));
        Assert.Equal("title", Slugs.Sanitise("進撃の巨人"));
    }
}
