using System.Security.Cryptography;
using System.Text.Json;
using Simkl.Site.Pipeline;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Publishing;

/// <summary>
/// Post-render stage: describes the finished set of output files as a <see cref="BuildManifest"/>.
/// The site builder calls it after every generator has run and before the atomic write, and adds
/// <see cref="ToOutputFile"/> to the files, so the manifest is swapped in together with the site.
/// </summary>
public static class CreateBuildManifest
{
    private static readonly JsonSerializerOptions Options = new(SnapshotJson.Options) { NewLine = "\n" };

    public static BuildManifest Run(BuildContext context, IEnumerable<OutputFile> files)
    {
        var entries = files
            .Where(f => f.Path != BuildManifest.FileName)
            .Select(f => new ManifestFile(f.Path, Sha256(f.Content.Span), f.Content.Length))
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
            .Where(p => p.Rel != BuildManifest.FileName)
            .Select(p =>
            {
                var bytes = File.ReadAllBytes(p.Full);
                return new ManifestFile(p.Rel, Sha256(bytes), bytes.Length);
            })
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    public static OutputFile ToOutputFile(BuildManifest manifest) => new(BuildManifest.FileName, Serialize(manifest));

    public static byte[] Serialize(BuildManifest manifest)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(manifest, Options);
        return [.. bytes, (byte)'\n'];
    }

    public static BuildManifest Deserialize(ReadOnlySpan<byte> json) =>
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
            return Deserialize(File.ReadAllBytes(path));
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

    private static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
