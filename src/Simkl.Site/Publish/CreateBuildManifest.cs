using Simkl.Site.IO;
using System.Text.Json;
using Simkl.Site.Index;
using Simkl.Site.Outputs;
using Simkl.Site.Snapshots;
using Simkl.Site.Write;

namespace Simkl.Site.Publish;

/// <summary>
/// Post-write stage: describes the finished set of output files as a <see cref="BuildManifest"/>
/// (from the digests the site writer kept while files were added) and writes it beside the output
/// after the site was swapped in (<see cref="WriteBeside"/>; only when its bytes changed).
/// </summary>
public static class CreateBuildManifest
{
    private static readonly JsonSerializerOptions Options = new(SnapshotJson.Options) { NewLine = "\n" };

    public static BuildManifest Run(BuildContext context, IEnumerable<OutputFile> files) =>
        Run(context, files.Select(f => ManifestFile.Of(f.Path, f.Content.Span)));

    /// <summary>The manifest from file digests already computed (the site writer keeps them).</summary>
    public static BuildManifest Run(BuildContext context, IEnumerable<ManifestFile> files)
    {
        var entries = files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return Describe(context, entries);
    }

    /// <summary>The same description, read back from a written site folder (for verifying a folder against its manifest).</summary>
    public static IReadOnlyList<ManifestFile> HashFolder(string siteDir)
    {
        var root = Path.GetFullPath(siteDir);
        return [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => (Full: p, Rel: Path.GetRelativePath(root, p).Replace('\\', '/')))
            .Select(p =>
            {
                var bytes = File.ReadAllBytes(p.Full);
                return ManifestFile.Of(p.Rel, bytes);
            })
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>Writes <c>{siteDir}.build-manifest.json</c> atomically; returns false when the bytes were already there.</summary>
    public static bool WriteBeside(string siteDir, BuildManifest manifest) => WriteBeside(siteDir, Serialize(manifest));

    /// <summary>The same with the manifest's bytes (<see cref="Serialize"/>), for a build that writes them twice.</summary>
    public static bool WriteBeside(string siteDir, ChunkedBytes bytes)
    {
        var path = BuildManifest.PathFor(siteDir);
        if (bytes.SameAsFile(path))
        {
            return false;
        }

        AtomicFile.Write(path, bytes);
        return true;
    }

    public static ChunkedBytes Serialize(BuildManifest manifest)
    {
        var bytes = ChunkedBytes.Json(manifest, Options);
        bytes.GetSpan(1)[0] = (byte)'\n';
        bytes.Advance(1);
        return bytes;
    }

    public static BuildManifest Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<BuildManifest>(json, Options) ?? throw new JsonException("the file is empty");

    private static BuildManifest Deserialize(Stream json) =>
        JsonSerializer.Deserialize<BuildManifest>(json, Options) ?? throw new JsonException("the file is empty");

    /// <summary>Reads a manifest file, or fails with a message naming it.</summary>
    public static BuildManifest Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SiteException($"No build manifest at '{path}': run `simkl-site build` first.");
        }

        try
        {
            // As a stream: megabytes at production size (see ChunkedBytes).
            using var file = File.OpenRead(path);
            return Deserialize(file);
        }
        catch (JsonException e)
        {
            throw new SiteException($"'{path}' is not a valid build manifest: {e.Message}", e);
        }
    }

    private static BuildManifest Describe(BuildContext context, IReadOnlyList<ManifestFile> files)
    {
        var catalogue = context.Catalogue;
        var start = context.Today;
        var end = start.AddDays(context.Settings.UpcomingDays);
        var upcoming = catalogue.Airings.Where(a =>
        {
            var day = a.When.DayIn(context.Zone);
            return day >= start && day < end;
        });
        return new BuildManifest
        {
            Now = context.Now.ToUniversalTime(),
            CapturedAt = catalogue.Snapshot.CapturedAt.ToUniversalTime(),
            Synthetic = catalogue.Snapshot.Synthetic,
            TimeZone = context.Zone.Id,
            WindowStart = start,
            WindowEnd = end,
            Counts = new ManifestCounts
            {
                Upcoming = KindCounts.Count(upcoming, a => a.Kind),
                Titles = KindCounts.Count(catalogue.Titles.Keys, k => k.Kind),
                Pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)),
                Files = files.Count,
                Bytes = files.Sum(f => f.Size),
            },
            Sources = [.. catalogue.Snapshot.Sources
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => new ManifestSource
                {
                    Id = s.Id,
                    Type = s.Type,
                    Kind = s.Kind,
                    Outcome = s.Outcome,
                    GoodAt = s.GoodAt?.ToUniversalTime(),
                })],
            Files = files,
        };
    }
}
