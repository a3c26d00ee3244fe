using System.Globalization;
using System.Text;

namespace Simkl.Site.Urls;

/// <summary>Slugs that are safe as one path segment of our own URLs and file names.</summary>
public static class Slugs
{
    /// <summary>
    /// Lowercase ASCII letters, digits and single hyphens; diacritics folded; at most 80 chars;
    /// "title" when nothing usable is left. Never contains '/', '.', '..' or '%'.
    /// </summary>
    public static string Sanitise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "title";
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
        foreach (var c in decoded.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                lastHyphen = false;
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

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "title" : slug;
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
