using System.Reflection;
using System.Text;
using Simkl.Site.Index;
using Simkl.Site.Urls;
using Simkl.Site.Outputs.Html;

namespace Simkl.Site.Outputs.Widgets;

/// <summary>
/// Writes <c>/widget.js</c>, the <c>&lt;simkl-calendar&gt;</c> web component, unfingerprinted:
/// other sites hot-link it by that name. The script finds its data relative to its own URL, so the
/// file is the same for every site; the only build-time value is the calendar JSON path from the
/// URL map, put in for the <c>__API_CALENDAR__</c> token of the source.
/// </summary>
public sealed class WriteWidgetScript : IOutputGenerator
{
    private const string ApiCalendarToken = "__API_CALENDAR__";

    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        yield return new OutputFile(SiteUrls.File(SiteUrls.WidgetScript), Script());
    }

    public static byte[] Script()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Simkl.Site.Outputs.Widgets.Assets.widget.js")
            ?? throw new SiteException("Missing bundled widget.js.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var source = reader.ReadToEnd().Replace(ApiCalendarToken, SiteUrls.ApiCalendar(null), StringComparison.Ordinal);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(source);
    }
}
