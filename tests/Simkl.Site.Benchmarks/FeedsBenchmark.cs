using System.Diagnostics;
using System.Security.Cryptography;
using Simkl.Site.Build;
using Simkl.Site.Changes;
using Simkl.Site.Index;
using Simkl.Site.Load;
using Simkl.Site.Model;
using Simkl.Site.Outputs.Ical;
using Simkl.Site.Settings;
using Simkl.Site.TestData.Ical;
using Simkl.Site.Urls;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// Measures the iCalendar feeds of a snapshot in one run: the airing history a build keeps for the
/// stamps, then every feed in both variants serialised by the own writer (N runs) and by Ical.Net
/// (the previous writer, one run), in parallel like the build. Prints events, bytes, wall and CPU
/// time, allocations and per-event figures for each.
/// </summary>
public static class FeedsBenchmark
{
    public static int Run(string dir, int iterations)
    {
        var catalogue = LoadCatalogue.FromSnapshot(dir);
        var settings = File.Exists("input/site.json") ? SiteSettingsLoader.Load("input/site.json") : new SiteSettings();
        var context = SiteBuilder.CreateContext(new BuildOptions { Catalogue = catalogue, Settings = settings });

        Console.WriteLine($"feeds benchmark: {Path.GetFullPath(dir)}");
        Console.WriteLine($"  catalogue: {catalogue.Titles.Count:N0} titles, {catalogue.Airings.Count:N0} airings; {Environment.ProcessorCount} cores; today {context.Today:yyyy-MM-dd}");

        var history = Measure(() => DetectScheduleChanges.Run(null, catalogue, context.Now, context.Zone, settings.UpcomingDays));
        var changes = history.Result;
        var state = ScheduleStateStore.Serialize(changes.State).ToArray();
        context = context with { Revisions = changes.Revisions() };
        var again = Measure(() => AiringHistory.Update(changes.State.History, context.Now, catalogue, context.Now.AddHours(6)));
        Console.WriteLine($"  schedule changes + history, first build: {history.WallMs:F0} ms wall, {history.CpuMs:F0} ms CPU; " +
                          $"history update on the next build alone: {again.WallMs:F0} ms wall, {again.CpuMs:F0} ms CPU ({changes.State.History.Count:N0} airings); " +
                          $"state file {state.Length / 1e6:F1} MB");

        var plan = Measure(() => PlanIcalFeeds.Plan(context, SiteIndex.Build(context)));
        var feeds = plan.Result;
        Console.WriteLine($"  plan: {feeds.Count:N0} feeds x 2 variants in {plan.WallMs:F0} ms");
        // Title feeds have a folder of their own (ics/tv/123.ics); together they hold the whole calendar window.
        var archive = feeds.Where(f => SiteUrls.File(f.TimedPath).Count(c => c == '/') == 2).Sum(f => f.Airings.Count);
        foreach (var path in new[] { "ics/all.ics", "ics/tv.ics", "ics/premieres.ics" })
        {
            var feed = feeds.Single(f => SiteUrls.File(f.TimedPath) == path);
            Console.WriteLine($"    {path}: {feed.Airings.Count:N0} events");
        }

        Console.WriteLine($"    title feeds together: {archive:N0} events (the whole calendar window, which all.ics held before it was windowed)");

        // Warm both paths (JIT, pools) on a few feeds first.
        Serialize(context, feeds.Take(50).ToList(), IcalSerializer.Serialize);
        Serialize(context, feeds.Take(50).ToList(), IcalNetSerializer.Serialize);

        Console.WriteLine($"  {"writer",-22} {"events",10} {"MB",8} {"wall s",8} {"CPU s",8} {"µs CPU/event",13} {"alloc MB",10} {"alloc B/event",14}");
        var own = new List<Timing>();
        for (var i = 0; i < iterations; i++)
        {
            own.Add(Serialize(context, feeds, IcalSerializer.Serialize));
            Print($"own (run {i + 1})", own[^1]);
        }

        var reference = Serialize(context, feeds, IcalNetSerializer.Serialize);
        Print("Ical.Net (previous)", reference);

        var median = own.OrderBy(r => r.WallMs).ElementAt(own.Count / 2);
        Console.WriteLine($"  own writer vs Ical.Net: {reference.WallMs / median.WallMs:F1}x less wall, {reference.CpuMs / median.CpuMs:F1}x less CPU, " +
                          $"{(double)reference.Allocated / median.Allocated:F1}x fewer bytes allocated (median own run)");
        DeployDelta(catalogue, settings, changes);
        Console.WriteLine($"  peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB (whole process)");
        return 0;
    }

    /// <summary>
    /// What a deploy would upload: the feeds of the next capture (6 h later) compared with these,
    /// once with the same data and once with every 50th upcoming episode moved by a day.
    /// </summary>
    private static void DeployDelta(SiteCatalogue catalogue, SiteSettings settings, ScheduleChangeResult first)
    {
        var before = Hashes(ContextFor(catalogue, settings, first.Revisions()));
        var total = before.Values.Sum(v => (long)v.Length);
        var later = catalogue.Snapshot.CapturedAt.AddHours(6);
        var index = 0;
        var moved = catalogue.Airings
            .Select(a => a.IsEpisode && a.When.SortKey > later && index++ % 50 == 0 && a.When.Instant is { } i
                ? a with { When = AiringTime.At(i.AddDays(1)) }
                : a)
            .ToList();
        foreach (var (name, airings) in new[] { ("same data", catalogue.Airings), ($"{(index + 49) / 50:N0} upcoming episodes moved by a day", (IReadOnlyList<Airing>)moved) })
        {
            var next = new SiteCatalogue(catalogue.Titles, airings, catalogue.Lists, catalogue.Warnings, catalogue.Snapshot with { CapturedAt = later });
            var context = ContextFor(next, settings, null);
            var changes = DetectScheduleChanges.Run(first.State, next, context.Now, context.Zone, settings.UpcomingDays);
            var after = Hashes(context with { Revisions = changes.Revisions() });
            var changed = after.Where(f => !before.TryGetValue(f.Key, out var b) || !b.Hash.AsSpan().SequenceEqual(f.Value.Hash)).ToList();
            Console.WriteLine($"  next capture 6 h later, {name}: {changed.Count:N0} of {after.Count:N0} .ics files changed, " +
                              $"{changed.Sum(f => (long)f.Value.Length) / 1e6:F1} of {total / 1e6:F1} MB (with DTSTAMP = capture time: all of them)");
        }
    }

    private static BuildContext ContextFor(SiteCatalogue catalogue, SiteSettings settings, IReadOnlyDictionary<string, AiringRevision>? revisions)
    {
        var context = SiteBuilder.CreateContext(new BuildOptions { Catalogue = catalogue, Settings = settings });
        return revisions is null ? context : context with { Revisions = revisions };
    }

    private static Dictionary<string, (byte[] Hash, int Length)> Hashes(BuildContext context) =>
        new BuildIcalFeeds().Generate(context, SiteIndex.Build(context))
            .ToDictionary(f => f.Path, f => (SHA256.HashData(f.Content.Span), f.Content.Length), StringComparer.Ordinal);

    private sealed record Timing(long Events, long Bytes, double WallMs, double CpuMs, long Allocated);

    private static Timing Serialize(BuildContext context, IReadOnlyList<IcalFeed> feeds, Func<IcalCalendarInfo, IEnumerable<IcalEvent>, byte[]> serialize)
    {
        long events = 0;
        long bytes = 0;
        var run = Machine.MeasureInProcess(() => Parallel.ForEach(feeds, feed =>
        {
            foreach (var allDay in new[] { false, true })
            {
                var count = 0;
                var output = serialize(WriteIcalFeed.Calendar(context, feed, allDay), Counted(WriteIcalFeed.Events(context, feed, allDay), () => count++));
                Interlocked.Add(ref events, count);
                Interlocked.Add(ref bytes, output.Length);
            }
        }));
        return new Timing(events, bytes, run.WallMs, run.CpuMs, run.Allocated);
    }

    private static IEnumerable<T> Counted<T>(IEnumerable<T> items, Action counted)
    {
        foreach (var item in items)
        {
            counted();
            yield return item;
        }
    }

    private static void Print(string name, Timing r) =>
        Console.WriteLine($"  {name,-22} {r.Events,10:N0} {r.Bytes / 1e6,8:F1} {r.WallMs / 1000,8:F2} {r.CpuMs / 1000,8:F2} {r.CpuMs * 1000 / Math.Max(1, r.Events),13:F1} {r.Allocated / 1e6,10:F0} {r.Allocated / Math.Max(1, r.Events),14:N0}");

    private static (T Result, double WallMs, double CpuMs) Measure<T>(Func<T> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        return (result, clock.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
