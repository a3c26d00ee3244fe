using Simkl.Site.Index;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Writes every iCalendar feed under <c>/ics/</c>, each in a timed and an all-day variant.
/// Feeds serialise in parallel; the output order is fixed (plan order, timed before all-day).
/// </summary>
public sealed class BuildIcalFeeds : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        var feeds = PlanIcalFeeds.Plan(context, index);
        return feeds.AsParallel().AsOrdered()
            .SelectMany(feed => new[]
            {
                new OutputFile(SiteUrls.File(feed.TimedPath), WriteIcalFeed.Serialize(context, feed, allDay: false)),
                new OutputFile(SiteUrls.File(feed.AllDayPath), WriteIcalFeed.Serialize(context, feed, allDay: true)),
            })
            .ToList();
    }
}
