using System.Text;

namespace Simkl.Site.Text;

/// <summary>
/// Makes text from a server or a file safe to print: a terminal obeys control characters, so a body
/// carrying ESC sequences, CR/LF or bidi overrides could clear the screen, forge log lines or
/// reorder what the reader sees. Line breaks and tabs become spaces; every other C0/C1 control,
/// DEL, and the bidi embedding/override/isolate marks are dropped.
/// </summary>
public static class PlainText
{
    /// <summary><paramref name="text"/> without control characters (null stays null).</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var i = 0;
        while (i < text.Length && !IsUnsafe(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                sb.Append(c);
            }
            else if (c is '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    /// <summary>Not null: <see cref="Clean(string?)"/> for values that always exist.</summary>
    public static string CleanText(string text) => Clean(text)!;

    /// <summary>True for characters that must not reach a terminal or a report.</summary>
    public static bool IsUnsafe(char c) =>
        c < '\u0020'
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>True when <paramref name="text"/> holds any character <see cref="IsUnsafe"/> refuses.</summary>
    public static bool HasUnsafe(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }
}
