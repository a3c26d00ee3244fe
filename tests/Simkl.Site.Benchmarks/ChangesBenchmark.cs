using System.Diagnostics;
using Simkl.Site.Model;
using Simkl.Site.Changes;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// Measures schedule-change detection (<see cref="DetectScheduleChanges"/>) on a loaded snapshot:
/// a first build (no previous state), then a second build 6 hours later in which every 50th upcoming
/// episode moved by a day; prints times, the number of changes and the size of the persisted state.
/// </summary>
public static class ChangesBenchmark
{
    public static int Run(string dir, int iterations)
    {
        var catalogue = LoadCatalogue.FromSnapshot(dir);
        var zone = TimeZoneInfo.Utc;
        var now = catalogue.Snapshot.CapturedAt;
        var later = now.AddHours(6);
        var index = 0;
        var moved = catalogue.Airings
            .Select(a => a.IsEpisode && a.When.SortKey > later && index++ % 50 == 0 && a.When.Instant is { } i
                ? a with { When = AiringTime.At(i.AddDays(1)) }
                : a)
            .ToList();
        var second = new SiteCatalogue(catalogue.Titles, moved, catalogue.Lists, catalogue.Warnings,
            catalogue.Snapshot with { CapturedAt = later });

        Console.WriteLine($"changes benchmark: {Path.GetFullPath(dir)}");
        Console.WriteLine($"  catalogue: {catalogue.Airings.Count:N0} airings, {catalogue.Titles.Count:N0} titles; {Environment.ProcessorCount} cores");
        var firstTimes = new List<double>();
        var secondTimes = new List<double>();
        ScheduleChangeResult? a = null;
        ScheduleChangeResult? b = null;
        for (var run = 0; run <= iterations; run++)
        {
            var sw = Stopwatch.StartNew();
            a = DetectScheduleChanges.Run(null, catalogue, now, zone, 14);
            var t1 = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var state = ScheduleStateStore.Deserialize(ScheduleStateStore.Serialize(a.State).ToArray());
            b = DetectScheduleChanges.Run(state, second, later, zone, 14);
            var t2 = sw.Elapsed.TotalMilliseconds;
            if (run > 0)
            {
                firstTimes.Add(t1);
                secondTimes.Add(t2);
            }
        }

        var bytes = ScheduleStateStore.Serialize(b!.State).Length;
        Console.WriteLine($"  first build (no state): median {Median(firstTimes):F1} ms, {a!.State.Airings.Count:N0} upcoming airings remembered");
        Console.WriteLine($"  second build (state round-trip + compare): median {Median(secondTimes):F1} ms, {b.NewChanges.Count:N0} changes " +
                          $"({b.NewChanges.Count(c => c.Type == ChangeType.MovedDate)} moved-date)");
        Console.WriteLine($"  state file: {bytes:N0} bytes ({bytes / 1024.0 / 1024.0:F2} MB)");
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
