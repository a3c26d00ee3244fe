using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Simkl.Site.IO;
using Simkl.Site.Publish;

namespace Simkl.Site.Build;

/// <summary>
/// Everything a build's output is a function of, hashed: every file of the snapshot, theme and input
/// folders and the settings file, the options that change output (now, zone, base URL, outputs),
/// the generator's own code, and the schedule state. Kept beside the output
/// (<c>_site.build-inputs.json</c>) after each build, with the state as that build left it. A build
/// that finds the same inputs and state, and the output folder still exactly as its manifest lists
/// it, has nothing to render or write: it stops there (a rebuild from an unchanged snapshot).
/// </summary>
internal sealed record BuildFingerprint(string Inputs, string State, int Pages, int Files)
{
    public const string FileName = "build-inputs.json";

    public static string PathFor(string siteDir) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDir)) + "." + FileName;

    /// <summary>The hash of the build's inputs, or null when they cannot be fingerprinted (an in-memory catalogue or settings).</summary>
    public static string? HashInputs(BuildOptions options)
    {
        if (options.Catalogue is not null || options.DataDir is null || options.Settings is not null || options.LoadCatalogue is not null)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add($"now={options.Now?.ToUniversalTime():O} zone={options.TimeZone} base={options.BaseUrl}");
        foreach (var generator in options.Generators)
        {
            Add($"output={generator.GetType().FullName} {generator.GetType().Assembly.ManifestModule.ModuleVersionId}");
        }

        Add($"code={typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId}");
        var settings = options.SettingsPath ?? Path.Combine(options.InputDir, "site.json");
        foreach (var (label, dir) in new[] { ("data", options.DataDir), ("theme", options.ThemeDir), ("input", options.InputDir) })
        {
            if (!Directory.Exists(dir))
            {
                return null;
            }

            var root = Path.GetFullPath(dir);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add($"{label}:{Path.GetRelativePath(root, file)}");
                AddFile(hash, file);
            }
        }

        Add("settings");
        AddFile(hash, settings);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of every file under <paramref name="dir"/> (names and bytes), or "missing".</summary>
    public static string HashFolder(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return "missing";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var root = Path.GetFullPath(dir);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
            AddFile(hash, file);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of the schedule state file and the content stamps kept with it ("none" without a state file).</summary>
    public static string HashState(string? statePath)
    {
        if (statePath is null || !File.Exists(statePath))
        {
            return "none";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { statePath, Index.ContentStamps.PathFor(statePath) })
        {
            if (File.Exists(file))
            {
                using var stream = File.OpenRead(file);
                hash.AppendData(SHA256.HashData(stream));
            }
            else
            {
                hash.AppendData([0]);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The fingerprint the previous build left beside <paramref name="outputDir"/>, or null.</summary>
    public static BuildFingerprint? Read(string outputDir)
    {
        try
        {
            var path = PathFor(outputDir);
            return File.Exists(path) ? JsonSerializer.Deserialize<BuildFingerprint>(File.ReadAllBytes(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void WriteBeside(string outputDir) =>
        AtomicFile.Write(PathFor(outputDir), JsonSerializer.SerializeToUtf8Bytes(this));

    public static void RemoveBeside(string outputDir) => File.Delete(PathFor(outputDir));

    /// <summary>
    /// True when the output folder holds exactly the files its build manifest lists, each with its
    /// size: nothing deleted, added or cut since. (Content edits of the same size are not looked
    /// for; the next snapshot or theme change rewrites every changed file anyway.)
    /// </summary>
    public static bool OutputIntact(string outputDir)
    {
        var manifestPath = BuildManifest.PathFor(outputDir);
        if (!Directory.Exists(outputDir) || !File.Exists(manifestPath))
        {
            return false;
        }

        BuildManifest manifest;
        try
        {
            manifest = CreateBuildManifest.Read(manifestPath);
        }
        catch (SiteException)
        {
            return false;
        }

        var root = Path.GetFullPath(outputDir);
        var expected = manifest.Files.ToDictionary(f => f.Path, f => f.Size, StringComparer.Ordinal);
        var seen = 0;
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(root, file.FullName).Replace('\\', '/');
            if (!expected.TryGetValue(path, out var size) || size != file.Length)
            {
                return false;
            }

            seen++;
        }

        return seen == expected.Count;
    }

    private static void AddFile(IncrementalHash hash, string path)
    {
        if (!File.Exists(path))
        {
            hash.AppendData("missing\n"u8);
            return;
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
