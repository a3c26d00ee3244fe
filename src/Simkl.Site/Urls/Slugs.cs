using System.Globalization;
using System.Text;

namespace Simkl.Site.Urls;

/// <summary>Slugs that are safe as one path segment of our own URLs and file names.</summary>
public static class Slugs
{
    /// <summary>
    /// ASCII base letter of every letter in U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A
    /// and -B), lowercased; '?' marks the letters that fold to two (ß, æ, œ, þ, ĳ), ' ' the rest.
    /// An explicit table because the site runs with InvariantGlobalization, where
    /// <see cref="string.Normalize()"/> does not decompose "é" into "e" + accent.
    /// </summary>
    private const string LatinFold =
        "aaaaaa?ceeeeiiiidnooooo ouuuuy??aaaaaa?ceeeeiiiidnooooo ouuuuy?y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkklllllll" +
        "lllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "bb     ccdd      ffg   ikkl  nn oo  pp     ttttuu vyyzz         " +
        "             aaiioouuuuuuuuuu aaaa    ggkkoooo  j   gg  nnaa    " +
        "aaaaeeeeiiiioooorrrruuuusstt  hh d  zzaaeeooooooooyylntj  acclts" +
        "z  bu eejj  rryy";

    private const int FoldStart = 0xC0;

    /// <summary>
    /// Lowercase ASCII letters, digits and single hyphens; accented Latin letters folded to their
    /// base letters (é → e, ß → ss, ø → o, æ → ae); at most 80 chars; "title" when nothing usable
    /// is left. Never contains '/', '.', '..' or '%'.
    /// </summary>
    public static string Sanitise(string? text) => Fold(text) is { Length: > 0 } slug ? slug : "title";

    /// <summary>
    /// The slug of a title: the first candidate (Simkl's slug, the title, the romaji title) that
    /// leaves something after folding, else the Simkl id, so a title written only in non-Latin
    /// script still gets a readable, stable, unique path segment.
    /// </summary>
    public static string ForTitle(long simklId, params ReadOnlySpan<string?> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Fold(candidate) is { Length: > 0 } slug)
            {
                return slug;
            }
        }

        return simklId.ToString(CultureInfo.InvariantCulture);
    }

    private static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (IsSanitised(text))
        {
            return text;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            decoded = text;
        }

        var sb = new StringBuilder(decoded.Length);
        var lastHyphen = true;
        foreach (var c in decoded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                lastHyphen = false;
            }
            else if (Folded(c) is { } ascii)
            {
                sb.Append(ascii);
                lastHyphen = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                // A combining accent (text already decomposed): drop it, keep the letter before it.
                continue;
            }
            else if (!lastHyphen)
            {
                sb.Append('-');
                lastHyphen = true;
            }

            if (sb.Length >= 80)
            {
                break;
            }
        }

        return sb.ToString().Trim('-');
    }

    private static string? Folded(char c)
    {
        var i = c - FoldStart;
        if (i < 0 || i >= LatinFold.Length)
        {
            return null;
        }

        return LatinFold[i] switch
        {
            ' ' => null,
            '?' => c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'þ' or 'Þ' => "th",
                _ => "ij",
            },
            var a => a.ToString(),
        };
    }

    /// <summary>True when <paramref name="text"/> is already what <see cref="Sanitise"/> returns for it (the loader's slugs).</summary>
    public static bool IsSanitised(string text)
    {
        if (text.Length is 0 or > 80 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        var lastHyphen = false;
        foreach (var c in text)
        {
            if (c == '-')
            {
                if (lastHyphen)
                {
                    return false;
                }

                lastHyphen = true;
            }
            else if (char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c))
            {
                lastHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
