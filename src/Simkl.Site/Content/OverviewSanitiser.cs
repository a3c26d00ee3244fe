using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Simkl.Site.Rendering;

namespace Simkl.Site.Content;

/// <summary>
/// Makes HTML from the data (overviews may carry <c>&lt;br&gt;</c> and friends) safe to render:
/// only <c>br</c>, <c>p</c>, <c>i</c>, <c>b</c>, <c>em</c> and <c>strong</c> survive, without any
/// attributes; every other character is text (entities decoded once, then re-escaped). Tags are
/// balanced so the fragment cannot break the page around it.
/// </summary>
public static partial class OverviewSanitiser
{
    [GeneratedRegex(@"<\s*(/?)\s*(br|p|i|b|em|strong)\s*(/?)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllowedTag();

    [GeneratedRegex(@"<\s*/?\s*(br|p|div|li|ul|ol|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    public static RawHtml Sanitise(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return RawHtml.Empty;
        }

        var sb = new StringBuilder(html.Length + 16);
        var open = new Stack<string>();
        var last = 0;
        foreach (Match m in AllowedTag().Matches(html))
        {
            AppendText(sb, html[last..m.Index]);
            last = m.Index + m.Length;
            var name = m.Groups[2].Value.ToLowerInvariant();
            var closing = m.Groups[1].Length > 0;
            if (name == "br")
            {
                sb.Append("<br>");
            }
            else if (!closing)
            {
                if (name == "p")
                {
                    // A <p> cannot nest; close what is open, like a browser would.
                    CloseAll(sb, open);
                }

                open.Push(name);
                sb.Append('<').Append(name).Append('>');
            }
            else if (open.Contains(name))
            {
                while (open.Count > 0)
                {
                    var top = open.Pop();
                    sb.Append("</").Append(top).Append('>');
                    if (top == name)
                    {
                        break;
                    }
                }
            }

            // An unmatched closing tag is dropped.
        }

        AppendText(sb, html[last..]);
        CloseAll(sb, open);
        return new RawHtml(sb.ToString().Trim());
    }

    /// <summary>The overview as plain text (tags removed, entities decoded, whitespace collapsed), for meta descriptions.</summary>
    public static string PlainText(string? html, int maxLength = 0)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        // Block tags separate words; inline tags (<i>, <b>...) do not.
        var text = AnyTag().Replace(BlockTag().Replace(html, " "), string.Empty);
        text = Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
        if (maxLength > 0 && text.Length > maxLength)
        {
            var cut = text.LastIndexOf(' ', maxLength - 1);
            text = string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1), "…");
        }

        return text;
    }

    private static void AppendText(StringBuilder sb, string text)
    {
        if (text.Length > 0)
        {
            sb.Append(WebUtility.HtmlEncode(WebUtility.HtmlDecode(text)));
        }
    }

    private static void CloseAll(StringBuilder sb, Stack<string> open)
    {
        while (open.Count > 0)
        {
            sb.Append("</").Append(open.Pop()).Append('>');
        }
    }
}
