using System.Reflection;
using System.Text;
using Simkl.Site.Index;
using Simkl.Site.Urls;
using Simkl.Site.Outputs.Html;

namespace Simkl.Site.Outputs.Widgets;

/// <summary>
/// Writes <c>/widget.js</c> from <c>theme/assets/widget.js</c> (compiled in, so a library build
/// needs no theme folder for it), the <c>&lt;simkl-calendar&gt;</c> web component, unfingerprinted:
/// other sites hot-link it by that name. The script finds its data relative to its own URL, so the
/// file is the same for every site; the only build-time value is the calendar JSON path from the
/// URL map, put in for the <c>__API_CALENDAR__</c> token of the source; the site's colour tokens
/// (<see cref="WidgetPalette"/>) go in for <c>__PALETTE__</c>.
/// </summary>
public sealed class WriteWidgetScript : IOutputGenerator
{
    /// <summary>The script's source among the theme's assets; the asset fingerprinting leaves it out.</summary>
    public const string ThemeAsset = "widget.js";

    private const string ApiCalendarToken = "__API_CALENDAR__";
    private const string PaletteToken = "__PALETTE__";

    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        yield return new OutputFile(SiteUrls.File(SiteUrls.WidgetScript), Script());
    }

    public static byte[] Script()
    {
        var source = Resource("widget.js")
            .Replace(ApiCalendarToken, SiteUrls.ApiCalendar(null), StringComparison.Ordinal)
            .Replace(PaletteToken, WidgetPalette.FromTokens(Resource("tokens.css")), StringComparison.Ordinal);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(source);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Simkl.Site.Outputs.Widgets." + name)
            ?? throw new SiteException($"Missing bundled {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
