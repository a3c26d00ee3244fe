using System.Text;
using System.Text.RegularExpressions;

namespace Simkl.Site.Build;

/// <summary>
/// Concatenates at build time: a theme stylesheet's <c>@import "tokens.css";</c> line (a file
/// beside it in the assets folder) is replaced by that file's text, so the shared tokens cost no
/// extra request and the importing file's fingerprint covers them. Imported files are not
/// published on their own. Only plain relative names in double quotes are inlined; any other
/// <c>@import</c> (a URL, media queries) stays as written.
/// </summary>
public static partial class CssImports
{
    /// <summary>The asset names (relative to the assets folder) <paramref name="css"/> imports.</summary>
    public static IEnumerable<string> Names(string css) =>
        ImportLine().Matches(css).Select(m => m.Groups["name"].Value);

    /// <summary>
    /// <paramref name="css"/> with each import line replaced by the imported asset's text.
    /// A missing asset or an import inside an imported file fails the build with a clear message.
    /// </summary>
    public static string Inline(string css, string cssName, Func<string, string?> readAsset) =>
        ImportLine().Replace(css, m =>
        {
            var name = m.Groups["name"].Value;
            var text = readAsset(name)
                ?? throw new SiteException($"Theme asset '{cssName}' imports '{name}', which is not in the theme's assets folder.");
            if (ImportLine().IsMatch(text))
            {
                throw new SiteException($"Theme asset '{name}' (imported by '{cssName}') has an @import of its own; imports are inlined one level deep.");
            }

            return text.EndsWith('\n') ? text : text + "\n";
        });

    public static byte[] Utf8(string css) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(css);

    [GeneratedRegex("""^@import "(?<name>[A-Za-z0-9._-]+\.css)";[ \t]*\r?\n?""", RegexOptions.Multiline)]
    private static partial Regex ImportLine();
}
