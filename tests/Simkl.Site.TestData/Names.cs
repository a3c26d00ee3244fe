using System.Text;

namespace Simkl.Site.TestData;

/// <summary>Word lists for invented titles in the large snapshot.</summary>
internal static class Names
{
    private static readonly string[] Adjectives =
    [
        "Silent", "Broken", "Golden", "Hidden", "Last", "Crimson", "Northern", "Lonely", "Electric", "Hollow",
        "Wild", "Bitter", "Distant", "Frozen", "Burning", "Velvet", "Paper", "Iron", "Glass", "Midnight",
        "Sunken", "Quiet", "Restless", "Secret", "Forgotten", "Little", "Savage", "Gentle", "Pale", "Copper",
    ];

    private static readonly string[] Nouns =
    [
        "Harbor", "Empire", "Orchard", "Signal", "Kingdom", "Frontier", "Lantern", "Ledger", "Valley", "Circuit",
        "Precinct", "Station", "Garden", "River", "Crown", "Compass", "Satellite", "Kitchen", "Academy", "Heist",
        "Saga", "Hospital", "Court", "Island", "Road", "Tide", "Mirror", "Forest", "Comet", "Harvest",
        "Detective", "Family", "Witness", "Season", "Winter", "Summer", "Bridge", "Tower", "Dynasty", "Rebellion",
    ];

    private static readonly string[] Places =
    [
        "Fenwick", "Oslo", "Cairo", "Brooklyn", "Kyoto", "Lagos", "Lisbon", "Dublin", "Seoul", "Marseille",
        "Ashford", "Redwater", "Pine Hollow", "Saltmarsh", "Nightingale Bay",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "ki", "ku", "ko", "sa", "shi", "su", "ta", "chi", "tsu", "na", "ni", "no", "ha", "hi", "ho",
        "ma", "mi", "mu", "ya", "yu", "yo", "ra", "ri", "ru", "wa", "ga", "go", "ze", "do", "ba", "be",
    ];

    private static readonly string[] RomajiWords = ["no", "to", "wa", "ga", "Monogatari", "Gakuen", "Tensei", "Yoru", "Sekai", "Shoujo", "Senki", "Kishi"];

    private static readonly string[] Unusual = ["🍕", "&", "\"", "'", "é", "ü", "ليل", "לילה", "…", "&amp;", "<3"];

    public static readonly string[] Networks = ["Northwind TV", "HBO", "Netflix", "BBC One", "ABC", "NBC", "CBS", "FOX", "Hulu", "Apple TV+", "Prime Video", "Disney+", "Channel 4", "ZDF", "NHK"];

    public static readonly string[] AnimeNetworks = ["Tokyo MX", "TBS", "Fuji TV", "TV Tokyo", "MBS", "AT-X", "Crunchyroll"];

    public static readonly string[] AnimeTypes = ["ova", "ona", "special", "music video"];

    public static readonly string[] TvRuntimes = ["45m", "22m", "30m", "1h", "58m", "25m", "1h 5m", "10m"];

    public static readonly string[] MovieRuntimes = ["1h 30m", "1h 40m", "1h 52m", "2h", "2h 11m", "1h 25m", "95m"];

    public static readonly string[] Genres =
    [
        "Drama", "Comedy", "Action", "Thriller", "Crime", "Mystery", "Romance", "Sci-Fi", "Fantasy", "Horror",
        "Documentary", "Animation", "Family", "Reality", "Adventure", "History", "War", "Music", "Sport", "Western",
    ];

    public static readonly string[] Countries = ["us", "us", "us", "gb", "ca", "au", "de", "fr", "kr", "jp", "es", "in", "se", "br"];

    public static string Title(SynthRandom rng)
    {
        var title = rng.Int(4) switch
        {
            0 => $"The {rng.Pick(Adjectives)} {rng.Pick(Nouns)}",
            1 => $"{rng.Pick(Adjectives)} {rng.Pick(Nouns)}",
            2 => $"The {rng.Pick(Nouns)} of {rng.Pick(Places)}",
            _ => $"{rng.Pick(Places)} {rng.Pick(Nouns)}",
        };

        // Roughly 3% of titles carry the characters that need escaping or are not ASCII.
        return rng.Chance(0.03) ? $"{title} {rng.Pick(Unusual)}" : title;
    }

    public static string Romaji(SynthRandom rng)
    {
        var sb = new StringBuilder();
        for (var w = rng.Int(2, 4); w > 0; w--)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            if (rng.Chance(0.4))
            {
                sb.Append(rng.Pick(RomajiWords));
                continue;
            }

            var word = new StringBuilder();
            for (var s = rng.Int(2, 4); s > 0; s--)
            {
                word.Append(rng.Pick(Syllables));
            }

            word[0] = char.ToUpperInvariant(word[0]);
            sb.Append(word);
        }

        return sb.ToString();
    }

    public static string EpisodeTitle(SynthRandom rng) => $"{rng.Pick(Adjectives)} {rng.Pick(Nouns)}";

    public static string Overview(SynthRandom rng, string name) => rng.Int(3) switch
    {
        0 => $"{name} follows a {rng.Pick(Adjectives).ToLowerInvariant()} {rng.Pick(Nouns).ToLowerInvariant()} and the people who refuse to leave it.<br><br>A story about {rng.Pick(Nouns).ToLowerInvariant()}s, {rng.Pick(Nouns).ToLowerInvariant()}s and second chances.",
        1 => $"In {rng.Pick(Places)}, nothing is what it seems. When a {rng.Pick(Nouns).ToLowerInvariant()} goes missing, everyone becomes a suspect.",
        _ => $"A {rng.Pick(Adjectives).ToLowerInvariant()} tale of a {rng.Pick(Nouns).ToLowerInvariant()}, told over one very long {rng.Pick(["night", "winter", "summer", "war"])}.",
    };

    /// <summary>Lowercase ASCII words joined by hyphens, as Simkl's slugs look.</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
