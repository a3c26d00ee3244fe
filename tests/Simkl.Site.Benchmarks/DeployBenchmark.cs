using System.Diagnostics;
using System.Text.RegularExpressions;
using Simkl.Site.Build;
using Simkl.Site.Load;
using Simkl.Site.Model;
using Simkl.Site.Publish;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// <c>deploy [&lt;dir&gt;]</c>: what a typical 6-hourly deploy uploads. Builds the snapshot, then
/// rebuilds the same folder (schedule state kept, as CI keeps it) from the next capture as Simkl
/// changes it in 6 hours: capturedAt 6 h later, every 400th upcoming episode moved by an hour and
/// every 1,000th by a day, a new episode for every 500th title with upcoming airings, and each
/// trending list's top ten reordered. Prints the pages rendered and kept, and the files and bytes
/// that differ between the two sites (new or changed files are what a deploy uploads), split into
/// pages that differ only in their footer stamp line ("Page updated …") and everything else.
/// </summary>
public static partial class DeployBenchmark
{
    public static int Run(string dataDir, string outDir)
    {
        var repo = RepoPaths.Find();
        var site = Path.GetFullPath(outDir);
        var before = site + ".before";
        foreach (var dir in new[] { site, before })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        File.Delete(site + ".schedule.json");
        File.Delete(Simkl.Site.Index.ContentStamps.PathFor(site + ".schedule.json"));
        File.Delete(BuildManifest.PathFor(site));
        File.Delete(site + ".page-hashes.json");
        Console.WriteLine($"deploy: {Path.GetFullPath(dataDir)} and its next capture 6 h later -> {site}; load average {Machine.LoadAverage()}");

        // Loader hooks, so both builds read the snapshot's files and only the page hashes decide what is rendered.
        var first = SiteBuilder.Build(BuildBenchmark.CliOptions(repo, dataDir, site) with { LoadCatalogue = LoadCatalogue.FromSnapshot });
        Console.WriteLine($"  first build: {first.Pages:N0} pages, {first.Files:N0} files, {first.Elapsed.TotalSeconds:F1} s");

        // The first site, kept aside as hard links: the next build writes changed files anew and
        // swaps folders, so these keep the first build's bytes.
        Link(site, before);
        var changed = default(NextCapture);
        var clock = Stopwatch.StartNew();
        var second = SiteBuilder.Build(BuildBenchmark.CliOptions(repo, dataDir, site) with
        {
            LoadCatalogue = dir => NextCapture.Of(LoadCatalogue.FromSnapshot(dir), out changed),
        });
        Console.WriteLine($"  next capture: {changed!.Moved} episodes moved, {changed.Added} added, {changed.Reordered} trending lists reordered, capturedAt +6 h");
        Console.WriteLine($"  rebuild: {second.PagesRendered:N0} pages rendered, {second.PagesKept:N0} kept; {second.Written:N0} files written, {second.Deleted:N0} deleted; {clock.Elapsed.TotalSeconds:F1} s");

        var diff = Compare(before, site, out var stampOnlyPages);
        Console.WriteLine($"  {"differs",-34} {"files",8} {"MB",9}");
        foreach (var (name, files, bytes) in diff)
        {
            Console.WriteLine($"  {name,-34} {files,8:N0} {bytes / 1e6,9:F1}");
        }

        if (stampOnlyPages.Count > 0)
        {
            // Pages rendered anew whose content reads the same: their model changed in something not shown.
            Console.WriteLine($"  stamp-only pages, e.g.: {string.Join(", ", stampOnlyPages.Order(StringComparer.Ordinal).Take(8))}");
        }

        Directory.Delete(before, recursive: true);
        return 0;
    }

    private static List<(string Name, int Files, long Bytes)> Compare(string before, string after, out List<string> stampOnlyPages)
    {
        stampOnlyPages = [];
        int stampOnly = 0, pages = 0, other = 0, added = 0, deleted = 0;
        long stampBytes = 0, pageBytes = 0, otherBytes = 0, addedBytes = 0, total = 0;
        var old = Files(before);
        foreach (var (path, full) in Files(after))
        {
            var bytes = new FileInfo(full).Length;
            total += bytes;
            if (!old.Remove(path, out var previous))
            {
                added++;
                addedBytes += bytes;
                continue;
            }

            var a = File.ReadAllBytes(previous);
            var b = File.ReadAllBytes(full);
            if (a.AsSpan().SequenceEqual(b))
            {
                continue;
            }

            if (path.EndsWith(".html", StringComparison.Ordinal))
            {
                var onlyStamp = Unstamped(a) == Unstamped(b);
                if (onlyStamp)
                {
                    stampOnlyPages.Add(path);
                }

                (stampOnly, stampBytes, pages, pageBytes) = onlyStamp
                    ? (stampOnly + 1, stampBytes + bytes, pages, pageBytes)
                    : (stampOnly, stampBytes, pages + 1, pageBytes + bytes);
            }
            else
            {
                other++;
                otherBytes += bytes;
            }
        }

        deleted = old.Count;
        return
        [
            ("pages: only the stamp line", stampOnly, stampBytes),
            ("pages: content", pages, pageBytes),
            ("other files (feeds, JSON, sitemap)", other, otherBytes),
            ("new files", added, addedBytes),
            ("deleted files", deleted, 0),
            ("upload (changed + new)", stampOnly + pages + other + added, stampBytes + pageBytes + otherBytes + addedBytes),
            ("upload without the stamp-only pages", pages + other + added, pageBytes + otherBytes + addedBytes),
            ("whole site", Files(after).Count, total),
        ];
    }

    private static string Unstamped(byte[] html) => DataStamp().Replace(System.Text.Encoding.UTF8.GetString(html), "");

    [GeneratedRegex("<p class=\"data-stamp\">.*?</p>")]
    private static partial Regex DataStamp();

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => f, StringComparer.Ordinal);

    // cp -al: a copy made of hard links, at no cost in time or space.
    private static void Link(string from, string to)
    {
        using var cp = Process.Start("cp", ["-al", from, to]) ?? throw new IOException("could not start cp");
        cp.WaitForExit();
        if (cp.ExitCode != 0)
        {
            throw new IOException($"cp -al {from} {to} failed (exit {cp.ExitCode})");
        }
    }
}

/// <summary>The next capture 6 h later, as Simkl changes its data between two fetches; deterministic.</summary>
public sealed record NextCapture(int Moved, int Added, int Reordered)
{
    public static SiteCatalogue Of(SiteCatalogue catalogue, out NextCapture what)
    {
        var now = catalogue.Snapshot.CapturedAt;
        var airings = new List<Airing>(catalogue.Airings.Count + 100);
        var upcoming = 0;
        var moved = 0;
        var added = 0;
        var grew = new HashSet<(MediaKind, long)>();
        foreach (var airing in catalogue.Airings)
        {
            if (airing.When.Instant is not { } at || at < now || airing.Episode is null)
            {
                airings.Add(airing);
                continue;
            }

            upcoming++;
            if (upcoming % 1000 == 0)
            {
                airings.Add(airing with { When = AiringTime.At(at.AddDays(1)) });
                moved++;
            }
            else if (upcoming % 400 == 0)
            {
                airings.Add(airing with { When = AiringTime.At(at.AddHours(1)) });
                moved++;
            }
            else
            {
                airings.Add(airing);
            }

            if (upcoming % 500 == 0 && grew.Add((airing.Kind, airing.SimklId)))
            {
                airings.Add(airing with { Episode = airing.Episode + 1000, EpisodeTitle = "Newly listed", When = AiringTime.At(at.AddDays(7)) });
                added++;
            }
        }

        airings.Sort((x, y) => x.When.SortKey.CompareTo(y.When.SortKey) is var c && c != 0 ? c : string.CompareOrdinal(x.Key, y.Key));
        var reordered = 0;
        var lists = catalogue.Lists.Select(list =>
        {
            if (list.Id.Family != ListFamily.Trending || list.Entries.Count < 10)
            {
                return list;
            }

            reordered++;
            var top = list.Entries.Take(10).Reverse().Select((e, i) => e with { Position = i + 1 });
            return list with { Entries = [.. top, .. list.Entries.Skip(10)], AsOf = list.AsOf?.AddHours(6) };
        }).ToList();
        what = new NextCapture(moved, added, reordered);
        return new SiteCatalogue(catalogue.Titles, airings, lists, catalogue.Warnings, catalogue.Snapshot with { CapturedAt = now.AddHours(6) });
    }
}
