using System.Text.RegularExpressions;

namespace Simkl.Site.Outputs.Widgets;

/// <summary>
/// The site's colour tokens (<c>theme/assets/tokens.css</c>) for the widget's shadow DOM: the same
/// values, with the page selectors read as the element's (<c>:root</c> → <c>:host</c>,
/// <c>data-theme</c> → the <c>theme</c> attribute), comments and layout whitespace removed.
/// </summary>
public static partial class WidgetPalette
{
    public static string FromTokens(string tokensCss)
    {
        var css = Comment().Replace(tokensCss, string.Empty);
        css = css.Replace(""":root[data-theme="light"]""", ":host([theme=light])", StringComparison.Ordinal)
            .Replace(""":root[data-theme="dark"]""", ":host([theme=dark])", StringComparison.Ordinal)
            .Replace(":root", ":host", StringComparison.Ordinal);
        if (css.Contains("data-theme", StringComparison.Ordinal))
        {
            throw new SiteException("tokens.css uses a data-theme selector the widget palette cannot translate.");
        }

        css = Space().Replace(css, " ");
        css = AroundPunctuation().Replace(css, "$1").Trim();
        return css.Replace(";}", "}", StringComparison.Ordinal).Replace("}", "}\n", StringComparison.Ordinal).Replace("}\n}", "}}", StringComparison.Ordinal).TrimEnd();
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\s*([{}:;,])\s*")]
    private static partial Regex AroundPunctuation();
}
