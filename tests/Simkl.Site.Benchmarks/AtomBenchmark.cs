using Simkl.Site.Build;
using Simkl.Site.Index;
using Simkl.Site.Load;
using Simkl.Site.Outputs.Atom;
using Simkl.Site.Settings;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// Measures the Atom writer on a snapshot: <c>/feed.xml</c> as the build makes it (plan + write),
/// then the writer alone on a feed of every premiere and finale of the snapshot without the
/// entry cap, to show its cost per entry. Prints entries, bytes, wall and CPU time, allocations.
/// </summary>
public static class AtomBenchmark
{
    public static int Run(string dir, int iterations)
    {
        var catalogue = LoadCatalogue.FromSnapshot(dir);
        var settings = File.Exists("input/site.json") ? SiteSettingsLoader.Load("input/site.json") : new SiteSettings();
        var context = SiteBuilder.CreateContext(new BuildOptions { Catalogue = catalogue, Settings = settings });
        var index = SiteIndex.Build(context);
        Console.WriteLine($"atom benchmark: {Path.GetFullPath(dir)}");
        Console.WriteLine($"  catalogue: {catalogue.Titles.Count:N0} titles, {catalogue.Airings.Count:N0} airings; {Environment.ProcessorCount} cores");

        // Every premiere and finale from a week back, uncapped: the writer's per-entry cost.
        var all = index.AiringsBetween(context.Today.AddDays(-BuildAtomFeed.DaysBack)).Count(a => index.TitleOf(a) is not null);
        var entries = BuildAtomFeed.Plan(context, index);
        var uncapped = Enumerable.Range(0, 40).SelectMany(i => entries.Select(e => e with { Key = $"{e.Key}-{i}" })).ToList();

        // Warm up (JIT) before measuring.
        _ = BuildAtomFeed.Write(context, entries);
        Console.WriteLine($"  {"run",-30} {"entries",8} {"KB",8} {"wall ms",9} {"CPU ms",8} {"µs CPU/entry",13} {"alloc KB",9}");
        for (var i = 0; i < iterations; i++)
        {
            Print("/feed.xml (plan + write)", Measure(() => new BuildAtomFeed().Generate(context, index).Single().Content.Length, entries.Count));
        }

        for (var i = 0; i < iterations; i++)
        {
            Print("writer alone, 40x entries", Measure(() => BuildAtomFeed.Write(context, uncapped).Length, uncapped.Count));
        }

        Console.WriteLine($"  ({all:N0} airings from a week back; {entries.Count:N0} of them premieres or finales in the feed, capped at {BuildAtomFeed.MaxEntries})");
        return 0;
    }

    private sealed record Timing(int Entries, long Bytes, double WallMs, double CpuMs, long Allocated);

    private static Timing Measure(Func<int> run, int entries)
    {
        var figures = Machine.MeasureInProcess(run);
        return new Timing(entries, figures.Result, figures.WallMs, figures.CpuMs, figures.Allocated);
    }

    private static void Print(string name, Timing r) =>
        Console.WriteLine($"  {name,-30} {r.Entries,8:N0} {r.Bytes / 1e3,8:F1} {r.WallMs,9:F1} {r.CpuMs,8:F1} {r.CpuMs * 1000 / Math.Max(1, r.Entries),13:F1} {r.Allocated / 1e3,9:F0}");
}
