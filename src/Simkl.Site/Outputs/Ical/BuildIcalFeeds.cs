using Simkl.Site.Index;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Writes every iCalendar feed under <c>/ics/</c>, each in a timed and an all-day variant (both
/// made in one pass over the feed's airings). In a build the feeds are serialised and handed to the
/// writer on all threads, one feed at a time per thread, so only a few are ever in memory; the
/// files are the same whichever thread made them.
/// </summary>
public sealed class BuildIcalFeeds : IParallelOutputGenerator
{
    /// <summary>The files in plan order, timed before all-day.</summary>
    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        var files = new List<OutputFile>(2);
        foreach (var feed in PlanIcalFeeds.Plan(context, index))
        {
            files.Clear();
            WriteIcalFeed.Write(context, feed, (path, content) => files.Add(new OutputFile(path, content.ToArray())));
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }

    public void Generate(BuildContext context, SiteIndex index, int parallelism, AddFile add) =>
        Parallel.ForEach(
            PlanIcalFeeds.Plan(context, index),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            feed => WriteIcalFeed.Write(context, feed, add));
}
