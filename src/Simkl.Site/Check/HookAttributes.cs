using System.Net;

namespace Simkl.Site.Check;

/// <summary>
/// The attributes of one start tag that the count checks read (<c>class</c> and the count hooks),
/// refilled tag after tag by <see cref="CountHookScan"/>: the other attributes of a page's
/// thousands of tags are skipped without being copied. Values are decoded as a parser would
/// (character references); of two same-named attributes the first wins, as in the parser.
/// </summary>
internal sealed class HookAttributes
{
    private static readonly string[] Names = ["class", "data-count", "data-day", "data-airings", "data-kind", "data-simkl-id", "data-season", "data-episode"];

    private readonly string?[] _values = new string?[Names.Length];

    /// <summary>The value of <paramref name="name"/> (one of the hook names) on the last tag read, or null when absent.</summary>
    public string? Get(string name) => _values[Array.IndexOf(Names, name)];

    /// <summary>Whether the class attribute lists <paramref name="token"/>.</summary>
    public bool HasClass(string token)
    {
        if (_values[0] is not { } classes)
        {
            return false;
        }

        foreach (var range in classes.AsSpan().SplitAny(" \t\n\f\r"))
        {
            if (classes.AsSpan(range).SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads the attributes of a start tag from <paramref name="i"/> (after its name) to its '&gt;'; <paramref name="next"/> is just past it.</summary>
    public void Read(ReadOnlySpan<char> html, int i, out int next)
    {
        Array.Clear(_values);
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

            if (slot >= 0 && _values[slot] is null)
            {
                var value = html[valueStart..valueEnd].ToString();
                _values[slot] = value.Contains('&') ? WebUtility.HtmlDecode(value) : value;
            }
        }

        next = Math.Min(html.Length, i + 1);
    }

    private static int Slot(ReadOnlySpan<char> name)
    {
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
