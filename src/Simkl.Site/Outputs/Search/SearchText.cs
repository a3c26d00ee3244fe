using System.Globalization;
using System.Text;

namespace Simkl.Site.Outputs.Search;

/// <summary>
/// How a title and a query become search words. theme/assets/search.js does exactly the same in
/// the browser (its <c>words</c> and <c>shardOf</c>), so the two must change together:
/// decompose (NFD, <see cref="SearchFolding"/>), drop every combining mark (so "Pokémon" and "pokemon" are one word), lowercase,
/// spell out the few letters that do not decompose (ß, æ, œ, ø, ł, đ, ð, þ, ı), drop apostrophes
/// ("Don't" is "dont"), and split on anything that is not a letter or a decimal digit.
/// </summary>
public static class SearchText
{
    private static readonly Dictionary<Rune, string> Spelled = new()
    {
        [new Rune('ß')] = "ss", [new Rune('æ')] = "ae", [new Rune('œ')] = "oe", [new Rune('ø')] = "o",
        [new Rune('ł')] = "l", [new Rune('đ')] = "d", [new Rune('ð')] = "d", [new Rune('þ')] = "th", [new Rune('ı')] = "i",
    };

    /// <summary>The words of a text, folded, in order (duplicates kept).</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var original in text.EnumerateRunes())
        {
            // The base of a precomposed letter, as NFD gives it (see SearchFolding for why not Normalize).
            var rune = original.IsBmp && SearchFolding.Bases.TryGetValue((char)original.Value, out var folded) ? new Rune(folded) : original;
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || rune.Value is '\'' or '\u2019')
            {
                continue;
            }

            if (Rune.IsLetter(rune) || category == UnicodeCategory.DecimalDigitNumber)
            {
                var lower = Rune.ToLowerInvariant(rune);
                if (Spelled.TryGetValue(lower, out var spelled))
                {
                    word.Append(spelled);
                }
                else
                {
                    word.Append(lower.ToString());
                }

                continue;
            }

            Flush(word, words);
        }

        Flush(word, words);
        return words;
    }

    /// <summary>The shard a word's postings live in: its first letter a-z, "0" for an ASCII digit, "_" otherwise.</summary>
    public static string ShardOf(string word) => word[0] switch
    {
        >= 'a' and <= 'z' => word[..1],
        >= '0' and <= '9' => "0",
        _ => "_",
    };

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
