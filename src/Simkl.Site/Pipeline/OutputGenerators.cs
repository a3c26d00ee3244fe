namespace Simkl.Site.Pipeline;

/// <summary>
/// The generators the <c>build</c> command runs after the pages (feeds, widgets, JSON, build
/// manifest...). Add yours here, one line each; each returns its files from the build context.
/// </summary>
public static class OutputGenerators
{
    public static IReadOnlyList<IOutputGenerator> Default() =>
    [
        new Feeds.Ical.BuildIcalFeeds(),
        new Feeds.Atom.BuildAtomFeed(),
        new Api.BuildApiJson(),
        new Widgets.WriteWidgetScript(),
    ];
}
