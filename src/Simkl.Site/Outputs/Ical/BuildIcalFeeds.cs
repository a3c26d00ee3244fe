using Simkl.Site.Index;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Writes every iCalendar feed under <c>/ics/</c>, each in a timed and an all-day variant.
/// Feeds serialise in parallel, a batch at a time, and each batch is handed on before the next is
/// made, so the feeds of a large site are never all in memory at once. The output order is fixed
/// (plan order, timed before all-day).
/// </summary>
public sealed class BuildIcalFeeds : IOutputGenerator
{
    private const int BatchSize = 256;

    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        var feeds = PlanIcalFeeds.Plan(context, index);
        for (var start = 0; start < feeds.Count; start += BatchSize)
        {
            var batch = feeds.Skip(start).Take(BatchSize).AsParallel().AsOrdered()
                .SelectMany(feed => new[]
                {
                    new OutputFile(SiteUrls.File(feed.TimedPath), WriteIcalFeed.Serialize(context, feed, allDay: false)),
                    new OutputFile(SiteUrls.File(feed.AllDayPath), WriteIcalFeed.Serialize(context, feed, allDay: true)),
                })
                .ToList();
            foreach (var file in batch)
            {
                yield return file;
            }
        }
    }
}
