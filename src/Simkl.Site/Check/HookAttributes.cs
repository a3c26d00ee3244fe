using System.Net;

namespace Simkl.Site.Check;

/// <summary>
/// The attributes of one start tag that the count checks read (<c>class</c> and the count hooks),
/// refilled tag after tag by <see cref="CountHookScan"/>: the other attributes of a page's
/// thousands of tags are skipped without being copied. Values are decoded as a parser would
/// (character references); of two same-named attributes the first wins, as in the parser.
/// </summary>
internal ref struct HookAttributes(ReadOnlySpan<char> html)
{
    private static readonly string[] Names = ["class", "data-count", "data-day", "data-airings", "data-kind", "data-simkl-id", "data-season", "data-episode"];

    private readonly ReadOnlySpan<char> _html = html;

    // Where each hook's value lies in the page (start, end), or start -1 when absent: values are
    // copied only when asked for, and most tags are never asked.
    private readonly (int Start, int End)[] _values = new (int, int)[Names.Length];

    /// <summary>The value of <paramref name="name"/> (one of the hook names) on the last tag read, or null when absent.</summary>
    public readonly string? Get(string name)
    {
        var (start, end) = _values[Array.IndexOf(Names, name)];
        if (start < 0)
        {
            return null;
        }

        var value = _html[start..end];
        return value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();
    }

    /// <summary>Whether the class attribute lists <paramref name="token"/>.</summary>
    public readonly bool HasClass(string token)
    {
        var (start, end) = _values[0];
        if (start < 0)
        {
            return false;
        }

        var classes = _html[start..end];
        if (classes.Contains('&'))
        {
            classes = WebUtility.HtmlDecode(classes.ToString());
        }

        foreach (var range in classes.SplitAny(" \t\n\f\r"))
        {
            if (classes[range].SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the attributes of a start tag from <paramref name="i"/> (after its name) to its '&gt;'; <paramref name="next"/> is just past it.</summary>
    public readonly void Read(int i, out int next)
    {
        var html = _html;
        _values.AsSpan().Fill((-1, -1));
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                break;
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '=' or '/'))
            {
                i++;
            }

            var slot = Slot(html.Slice(nameStart, i - nameStart));
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            int valueStart = i, valueEnd = i;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html[(i + 1)..].IndexOf(quote);
                    end = end < 0 ? html.Length : i + 1 + end;
                    (valueStart, valueEnd) = (i + 1, end);
                    i = Math.Min(html.Length, end + 1);
                }
                else
                {
                    valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    valueEnd = i;
                }
            }

            if (slot >= 0 && _values[slot].Start < 0)
            {
                _values[slot] = (valueStart, valueEnd);
            }
        }

        next = Math.Min(html.Length, i + 1);
    }

    private static int Slot(ReadOnlySpan<char> name)
    {
        // Every hook is "class" or "data-…": most attribute names are ruled out by their first letter.
        if (name.Length < 5 || (name[0] | 0x20) is not ('c' or 'd'))
        {
            return -1;
        }

        for (var k = 0; k < Names.Length; k++)
        {
            if (name.Equals(Names[k], StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }
}
