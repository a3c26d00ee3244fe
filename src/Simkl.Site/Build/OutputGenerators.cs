using Simkl.Site.Outputs.Ical;
using Simkl.Site.Outputs.Atom;
using Simkl.Site.Outputs.Api;
using Simkl.Site.Outputs.Widgets;
using Simkl.Site.Outputs;
using Simkl.Site.Outputs.Search;
namespace Simkl.Site.Build;

/// <summary>
/// The generators the <c>build</c> command runs after the pages (feeds, widgets, JSON, build
/// manifest...). Add yours here, one line each; each returns its files from the build context.
/// </summary>
public static class OutputGenerators
{
    public static IReadOnlyList<IOutputGenerator> Default() =>
    [
        new BuildIcalFeeds(),
        new BuildAtomFeed(),
        new BuildApiJson(),
        new WriteWidgetScript(),
        new BuildSearchIndex(),
    ];
}
