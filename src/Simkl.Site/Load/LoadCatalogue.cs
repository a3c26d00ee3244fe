using System.Collections.Concurrent;
using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Load;

/// <summary>
/// The load/normalise stage: snapshot folder in, <see cref="SiteCatalogue"/> out. Every stored
/// source is parsed (in parallel), then titles, airings and lists are merged deterministically
/// (see <see cref="SourcePrecedence"/>, <see cref="MergeTitles"/>, <see cref="MergeAirings"/>,
/// <see cref="BuildLists"/>). Bad files and rows become warnings; only a snapshot with no usable
/// calendar data at all is an error.
/// </summary>
public static class LoadCatalogue
{
    /// <summary>Loads the snapshot in <paramref name="snapshotDir"/> (the folder holding snapshot.json).</summary>
    /// <exception cref="SnapshotException">No manifest, an invalid manifest, or no usable calendar data.</exception>
    public static SiteCatalogue FromSnapshot(string snapshotDir)
    {
        var manifest = SnapshotJson.ReadManifest(snapshotDir);
        var stored = manifest.StoredSources().ToArray();
        var parsed = new ParsedSource[stored.Length];
        var metadata = new MetadataCache();

        // Biggest files first so the two cores finish together.
        var order = Enumerable.Range(0, stored.Length)
            .OrderByDescending(i => SizeOf(snapshotDir, stored[i].Path!))
            .ThenBy(i => i)
            .ToArray();
        Parallel.ForEach(
            Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => parsed[i] = ParseSource.Run(stored[i], snapshotDir, metadata));

        var merged = Merge(parsed);
        var warnings = WithManifestProblems(merged.Warnings, manifest);
        if (merged.Airings.Count == 0)
        {
            throw new SnapshotException(NoCalendarMessage(snapshotDir, stored.Length, parsed, warnings));
        }

        return new SiteCatalogue(merged.Titles, merged.Airings, merged.Lists, warnings, manifest);
    }

    internal sealed record Merged(
        Dictionary<(MediaKind Kind, long SimklId), Title> Titles,
        List<Airing> Airings,
        List<TitleList> Lists,
        IReadOnlyList<LoadWarning> Warnings);

    /// <summary>Merges parse results (any order: precedence decides) into titles, airings, lists and warnings.</summary>
    internal static Merged Merge(IReadOnlyList<ParsedSource> parsed)
    {
        var ordered = SourcePrecedence.Order(parsed.Where(p => p.Usable));
        var drafts = MergeTitles.Collect(ordered);

        // Independent from here on (each writes warnings only to its own sources' sinks).
        Dictionary<(MediaKind Kind, long SimklId), Title> titles = null!;
        List<Airing> airings = null!;
        List<TitleList> lists = null!;
        Parallel.Invoke(
            () => titles = MergeTitles.Finish(drafts),
            () => airings = MergeAirings.Run(ordered, drafts.ContainsKey),
            () => lists = BuildLists.Run(ordered));

        var warnings = new LoadWarnings();
        foreach (var p in parsed)
        {
            p.Context.Warnings.FlushTo(warnings);
        }

        return new Merged(titles, airings, lists, warnings.ToList());
    }

    /// <summary>Entries dropped from snapshot.json become warnings, so build and stats name the sources they could not use.</summary>
    private static IReadOnlyList<LoadWarning> WithManifestProblems(IReadOnlyList<LoadWarning> warnings, SnapshotManifest manifest)
    {
        if (manifest.Problems.Count == 0)
        {
            return warnings;
        }

        var all = new LoadWarnings();
        foreach (var w in warnings)
        {
            all.Add(w);
        }

        foreach (var problem in manifest.Problems)
        {
            all.Add(SnapshotManifest.FileName, problem.UnsafePath ? WarningCodes.SourcePathInvalid : WarningCodes.ManifestEntryInvalid, problem.Message);
        }

        return all.ToList();
    }

    private static long SizeOf(string dir, string relative)
    {
        try
        {
            return ParseSource.TryResolve(dir, relative, out var full) ? new FileInfo(full).Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static string NoCalendarMessage(string dir, int stored, ParsedSource[] parsed, IReadOnlyList<LoadWarning> warnings)
    {
        var calendars = parsed.Count(p => p.Source.Type is SourceType.CalendarV1 or SourceType.CalendarV2);
        var usable = parsed.Count(p => p.Usable && p.Format is SourceFormat.CalendarV1 or SourceFormat.CalendarV2);
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Snapshot '{dir}' has no usable calendar data: {calendars} stored calendar file(s) of {stored} stored source(s), {usable} readable, 0 usable airings.");
        var first = warnings.FirstOrDefault(w => WarningCodes.UnusableSource.Contains(w.Code));
        if (first is not null)
        {
            message += $" First problem: {first.Source}: {first.Message}";
        }
        else if (calendars == 0)
        {
            message += " Run 'simkl-site fetch', or point --data at the bundled sample (input/data/sample).";
        }

        return message;
    }
}
