using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Simkl.Site.IO;

namespace Simkl.Site.Build;

/// <summary>
/// Everything a build's output is a function of, hashed: every file of the snapshot, theme and input
/// folders and the settings file, the options that change output (now, zone, base URL, outputs),
/// the generator's own code, and the schedule state. Kept beside the output
/// (<c>_site.build-inputs.json</c>) after each build, with the state as that build left it and the
/// listing of the output it wrote (every file's path and size, as its manifest lists them). A build
/// that finds the same inputs and state, and the output folder still holding exactly that listing,
/// has nothing to render or write: it stops there (a rebuild from an unchanged snapshot), without
/// reading the manifest of 60,000 files at production size.
/// The hashes are XXH128, as <see cref="Rendering.ModelHash"/>'s: they decide whether to build and
/// are no defence against a crafted collision.
/// </summary>
internal sealed record BuildFingerprint(string Inputs, string State, int Pages, int Files, string? Output, DateTimeOffset Now, string TimeZone)
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

        var hash = new XxHash128();
        void Add(string text) => hash.Append(Encoding.UTF8.GetBytes(text + "\n"));
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

        var hash = new XxHash128();
        var root = Path.GetFullPath(dir);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.Append(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
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

        var hash = new XxHash128();
        foreach (var file in new[] { statePath, Index.ContentStamps.PathFor(statePath) })
        {
            if (File.Exists(file))
            {
                hash.Append([1]);
                AddFile(hash, file);
            }
            else
            {
                hash.Append([0]);
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
            if (!File.Exists(path))
            {
                return null;
            }

            // Read by hand: the serializer's first use costs a cold process ~40 ms, a tenth of a
            // rebuild that has nothing to do.
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            return new BuildFingerprint(
                root.GetProperty(nameof(Inputs)).GetString()!,
                root.GetProperty(nameof(State)).GetString()!,
                root.GetProperty(nameof(Pages)).GetInt32(),
                root.GetProperty(nameof(Files)).GetInt32(),
                root.TryGetProperty(nameof(Output), out var output) ? output.GetString() : null,
                root.GetProperty(nameof(Now)).GetDateTimeOffset(),
                root.GetProperty(nameof(TimeZone)).GetString()!);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    public void WriteBeside(string outputDir) =>
        AtomicFile.Write(PathFor(outputDir), JsonSerializer.SerializeToUtf8Bytes(this));

    public static void RemoveBeside(string outputDir) => File.Delete(PathFor(outputDir));

    /// <summary>
    /// True when the output folder holds exactly the files this fingerprint's build wrote, each with
    /// its size: nothing deleted, added, renamed or cut since (a folder without its manifest never gets
    /// here: the build refuses it first).
    /// (Content edits of the same size are not looked for; the next snapshot or theme change
    /// rewrites every changed file anyway.)
    /// </summary>
    public bool OutputIntact(string outputDir) =>
        Output is not null
        && Directory.Exists(outputDir)
        && OutputListing.OfFolder(outputDir) == Output;

    private static void AddFile(XxHash128 hash, string path)
    {
        if (!File.Exists(path))
        {
            hash.Append("missing\n"u8);
            return;
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.Append(buffer.AsSpan(0, read));
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
