using System.Buffers;
using System.Collections.Concurrent;
using Simkl.Site.IO;
using Simkl.Site.Outputs;

namespace Simkl.Site.Write;

/// <summary>What a write changed.</summary>
public sealed record WriteResult(int Written, int Unchanged, int Deleted, bool Swapped)
{
    public int Total => Written + Unchanged;
}

/// <summary>
/// Writes a site atomically and incrementally (docs/architecture.md). Files are added while pages render
/// (thread-safe); a file whose bytes equal the previous output's is only remembered, a changed
/// one goes into a staging folder beside the output (<c>_site.staging-&lt;random&gt;</c>, created
/// on the first change). <see cref="Commit"/> hard-links the unchanged files in and swaps the
/// folders; a rebuild that changes nothing writes nothing and swaps nothing. <see cref="Dispose"/>
/// without a commit removes the staging folder and leaves the previous site untouched.
/// </summary>
public sealed class WriteSite : IDisposable
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly string _parent;
    private readonly string _name;
    private readonly bool _hadOutput;
    private readonly ConcurrentDictionary<string, bool> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ManifestFile> _digests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _stagingDirs = new(StringComparer.Ordinal);
    private readonly Lock _stagingLock = new();
    private string? _staging;
    private bool _done;

    private WriteSite(string output)
    {
        _output = output;
        _parent = Path.GetDirectoryName(output) ?? throw new SiteException($"Output folder '{output}' has no parent folder.");
        _name = Path.GetFileName(output);
        _hadOutput = Directory.Exists(output);
    }

    /// <summary>
    /// Starts writing to <paramref name="outputDir"/>. Only a folder a build made is replaced: one
    /// that is missing or empty, or has this project's build manifest beside it; anything else is
    /// refused (<see cref="FolderRefusedException"/>) unless <paramref name="force"/>. Roots, git
    /// repositories and folders holding the build's inputs are refused even then. The caller holds
    /// the folder's <see cref="IO.FolderLock"/>.
    /// </summary>
    public static WriteSite Begin(string outputDir, IEnumerable<string>? protectedDirs = null, bool force = false)
    {
        var output = CheckTarget(outputDir, protectedDirs, force);
        RemoveLeftovers(output);
        return new WriteSite(output);
    }

    /// <summary>
    /// The checks of <see cref="Begin"/> without touching anything, so a caller can refuse before it
    /// creates the folder's lock file; returns the full output path.
    /// </summary>
    public static string CheckTarget(string outputDir, IEnumerable<string>? protectedDirs = null, bool force = false)
    {
        if (string.IsNullOrWhiteSpace(outputDir) || outputDir.Any(char.IsControl))
        {
            throw new SiteException($"Output folder '{outputDir}' is not a usable path.");
        }

        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir));
        if (Path.GetPathRoot(output) == output || Path.GetFileName(output).Length == 0)
        {
            throw new FolderRefusedException($"Refusing to use '{outputDir}' as the output folder: it is a filesystem root.");
        }

        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
        {
            throw new FolderRefusedException($"Refusing to use '{outputDir}' as the output folder: it is a git repository and would be replaced.");
        }

        foreach (var dir in protectedDirs ?? [])
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
            if (full == output || full.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new FolderRefusedException($"Refusing to use '{outputDir}' as the output folder: it contains '{dir}', which the build reads.");
            }
        }

        if (File.Exists(output))
        {
            throw new FolderRefusedException($"Refusing to use '{outputDir}' as the output folder: it is a file.");
        }

        if (!force && !IsBuildOutput(output))
        {
            throw new FolderRefusedException(
                $"Refusing to replace '{outputDir}': it is not empty and has no {Path.GetFileName(ManifestLocation.For(output))} beside it, "
                + "so no build made it and the build would delete what is in it. Choose another --site, or use --force to replace it on purpose.");
        }

        return output;
    }

    public string OutputDir => _output;

    /// <summary>Adds one file; throws on an unsafe or duplicate path.</summary>
    public void Add(OutputFile file) => Add(file.Path, file.Content.Span);

    /// <summary>
    /// Adds a page rendered as text: encoded as UTF-8 into a pooled buffer that is returned as soon
    /// as the file is compared, hashed and (when changed) written, so no page stays in memory.
    /// </summary>
    public void AddText(string path, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(text));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            Add(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Add(string path, ReadOnlySpan<byte> content)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var previous = OutputPaths.Resolve(_output, path);
        var unchanged = _hadOutput && SameBytes(previous, content);
        if (!_files.TryAdd(path, unchanged))
        {
            throw new SiteException($"Two outputs want the same path '{path}'.");
        }

        _digests[path] = ManifestFile.Of(path, content);

        if (!unchanged)
        {
            var target = OutputPaths.Resolve(EnsureStaging(), path);
            CreateStagingDirectory(Path.GetDirectoryName(target)!);
            // One write of the whole file straight to the handle (no FileStream or its buffer).
            using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, content, 0);
        }
    }

    /// <summary>
    /// Keeps the previous output's file at <paramref name="previous"/>'s path as it is, without its
    /// bytes: for a page whose inputs are those it was rendered from. False (nothing added) when
    /// there is no previous output or the file there is missing or not of the recorded size; the
    /// caller then renders it.
    /// </summary>
    public bool Keep(ManifestFile previous)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (!_hadOutput)
        {
            return false;
        }

        var info = new FileInfo(OutputPaths.Resolve(_output, previous.Path));
        if (!info.Exists || info.Length != previous.Size)
        {
            return false;
        }

        if (!_files.TryAdd(previous.Path, true))
        {
            throw new SiteException($"Two outputs want the same path '{previous.Path}'.");
        }

        _digests[previous.Path] = previous;
        return true;
    }

    /// <summary>SHA-256 and size of every file added so far, sorted by path (for the build manifest).</summary>
    public IReadOnlyList<ManifestFile> Digests() =>
        [.. _digests.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>The paths added so far.</summary>
    public IReadOnlyCollection<string> Paths => (IReadOnlyCollection<string>)_files.Keys;

    /// <summary>Deletes files that were not added, links unchanged ones, and swaps the new site in.</summary>
    public WriteResult Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var unchanged = _files.Where(kv => kv.Value).Select(kv => kv.Key).ToList();
        var written = _files.Count - unchanged.Count;
        var deleted = _hadOutput ? PreviousFiles().Count(p => !_files.ContainsKey(p)) : 0;

        if (written == 0 && deleted == 0 && _hadOutput)
        {
            _done = true;
            return new WriteResult(0, unchanged.Count, 0, Swapped: false);
        }

        var staging = EnsureStaging();
        foreach (var path in unchanged)
        {
            var target = OutputPaths.Resolve(staging, path);
            CreateStagingDirectory(Path.GetDirectoryName(target)!);
            HardLinks.LinkOrCopy(OutputPaths.Resolve(_output, path), target);
        }

        Swap(staging);
        _done = true;
        return new WriteResult(written, unchanged.Count, deleted, Swapped: true);
    }

    /// <summary>Abandons an uncommitted write: removes the staging folder, the previous site stays as it was.</summary>
    public void Dispose()
    {
        if (!_done && _staging is not null && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        _done = true;
    }

    private void Swap(string staging)
    {
        if (!_hadOutput)
        {
            Directory.Move(staging, _output);
            return;
        }

        var old = DirectorySwap.Replace(_output, staging, Path.Combine(_parent, $"{_name}.old-{Random.Shared.Next():x8}"));
        Directory.Delete(old, recursive: true);
    }

    /// <summary>A folder a build may replace: missing, empty, or with a build manifest beside it.</summary>
    public static bool IsBuildOutput(string output) =>
        !Directory.Exists(output)
        || !Directory.EnumerateFileSystemEntries(output).Any()
        || File.Exists(ManifestLocation.For(output));

    private string EnsureStaging()
    {
        if (_staging is { } s)
        {
            return s;
        }

        lock (_stagingLock)
        {
            if (_staging is null)
            {
                Directory.CreateDirectory(_parent);
                var path = Path.Combine(_parent, $"{_name}.staging-{Guid.NewGuid().ToString("N")[..8]}");
                Directory.CreateDirectory(path);
                _staging = path;
            }

            return _staging;
        }
    }

    // Tens of thousands of files share a few thousand folders: one mkdir call per folder, not per file.
    private void CreateStagingDirectory(string dir)
    {
        if (!_stagingDirs.ContainsKey(dir))
        {
            Directory.CreateDirectory(dir);
            _stagingDirs.TryAdd(dir, true);
        }
    }

    private IEnumerable<string> PreviousFiles() =>
        Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/'));

    // Compared in pooled chunks: reading the previous file whole would allocate a second copy of
    // every page (large-object-heap arrays for the big ones) just to throw it away.
    private static bool SameBytes(string path, ReadOnlySpan<byte> content)
    {
        using var file = FileComparison.Open(path, content.Length);
        return file is not null && file.Next(content) && file.AtEnd();
    }

    /// <summary>
    /// Staging and old folders left by a killed build are removed before a new one starts; an old
    /// folder is put back first when a build died between the two renames of a swap and left no site.
    /// </summary>
    private static void RemoveLeftovers(string output)
    {
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var leftovers = Directory.EnumerateDirectories(parent)
            .Where(dir => Path.GetFileName(dir) is var entry
                && (entry.StartsWith(name + ".staging-", StringComparison.Ordinal) || entry.StartsWith(name + ".old-", StringComparison.Ordinal)))
            .ToList();
        if (!Directory.Exists(output) && leftovers.FirstOrDefault(d => Path.GetFileName(d).StartsWith(name + ".old-", StringComparison.Ordinal)) is { } aside)
        {
            Directory.Move(aside, output);
            leftovers.Remove(aside);
        }

        foreach (var dir in leftovers)
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

/// <summary>The folder is not one this tool made, or must never be replaced (exit code 4).</summary>
public sealed class FolderRefusedException(string message) : SiteException(message);
