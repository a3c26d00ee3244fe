using System.Reflection;
using Simkl.Site.Feeds;
using Simkl.Site.Pipeline;

namespace Simkl.Site.Widgets;

/// <summary>
/// Writes <c>/widget.js</c>, the <c>&lt;simkl-calendar&gt;</c> web component, unfingerprinted:
/// other sites hot-link it by that name. The script finds its data relative to its own URL, so the
/// file is the same for every site and needs no build-time values.
/// </summary>
public sealed class WriteWidgetScript : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(BuildContext context)
    {
        yield return new OutputFile(FeedPaths.WidgetScript, Script());
    }

    public static byte[] Script()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Simkl.Site.Widgets.Assets.widget.js")
            ?? throw new SiteException("Missing bundled widget.js.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
