using Simkl.Site.Feeds.Ical;
using Simkl.Site.Feeds.Atom;
using Simkl.Site.Api;
using Simkl.Site.Widgets;
namespace Simkl.Site.Pipeline;

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
    ];
}
