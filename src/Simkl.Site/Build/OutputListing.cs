using System.Buffers;
using System.Globalization;
using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;

namespace Simkl.Site.Build;

/// <summary>
/// The hash of what an output folder holds: every file's path (with <c>/</c>, relative to the
/// folder) and size. <see cref="BuildFingerprint"/> keeps the hash of the files a build wrote and
/// compares it with the folder's to tell that a site is still as its build left it.
/// Each file's entry is hashed on its own and the entries are added up (with their count), so the
/// hash does not depend on the order files are listed or walked in: nothing is sorted or kept.
/// </summary>
internal static class OutputListing
{
    /// <summary>The hash of these files (as a build's manifest lists them).</summary>
    public static string Of(IEnumerable<(string Path, long Size)> files)
    {
        var sum = Sum.Zero;
        foreach (var (path, size) in files)
        {
            sum = sum.Add(Entry(path, size));
        }

        return sum.ToString();
    }

    /// <summary>
    /// The hash of every file under <paramref name="dir"/> (hidden ones too). A production site has
    /// ~40,000 folders (one per page) and ~60,000 files, and each folder and size costs system calls:
    /// the folders two levels down are walked on all cores, sizes come straight from the directory
    /// entries (no FileInfo per file), and no path is kept.
    /// </summary>
    public static string OfFolder(string dir)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
        var sum = Sum.Zero;
        var below = new List<string>();
        foreach (var (top, topFile) in Entries(root, root))
        {
            if (topFile is { } file)
            {
                sum = sum.Add(file);
                continue;
            }

            foreach (var (second, secondFile) in Entries(root, top!))
            {
                if (secondFile is { } inner)
                {
                    sum = sum.Add(inner);
                }
                else
                {
                    below.Add(second!);
                }
            }
        }

        var gate = new Lock();
        // A folder that cannot be read fails as it would on one thread (an IOException the CLI
        // reports), not as an aggregate.
        SiteBuilder.Unwrapped(() => Parallel.ForEach(below, () => Sum.Zero, (folder, _, local) =>
        {
            foreach (var entry in Files(root, folder))
            {
                local = local.Add(entry);
            }

            return local;
        }, local =>
        {
            lock (gate)
            {
                sum = sum.Combine(local);
            }
        }));
        return sum.ToString();
    }

    // A folder's entries: a subfolder's full path, or a file's entry hash (whether it is a folder
    // comes from the directory entry itself, with no extra system call).
    private static FileSystemEnumerable<(string? Folder, UInt128? File)> Entries(string root, string folder) =>
        new(folder, (ref FileSystemEntry entry) => entry.IsDirectory
                ? (entry.ToFullPath(), null)
                : (null, Entry(Relative(root, entry.Directory, entry.FileName), entry.Length)),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false });

    private static FileSystemEnumerable<UInt128> Files(string root, string folder) =>
        new(folder, (ref FileSystemEntry entry) => Entry(Relative(root, entry.Directory, entry.FileName), entry.Length),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };

    private static string Relative(string root, ReadOnlySpan<char> directory, ReadOnlySpan<char> name)
    {
        var folder = directory[root.Length..].TrimStart(Path.DirectorySeparatorChar);
        var path = folder.IsEmpty ? name.ToString() : string.Concat(folder, "/", name);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static UInt128 Entry(string path, long size)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{path}\t{size}\n");
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            return XxHash128.HashToUInt128(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // Addition wraps: the sum of the entries' hashes, with how many were added.
    private readonly record struct Sum(long Count, UInt128 Total)
    {
        public static Sum Zero => default;

        public Sum Add(UInt128 entry) => new(Count + 1, unchecked(Total + entry));

        public Sum Combine(Sum other) => new(Count + other.Count, unchecked(Total + other.Total));

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count}:{Total:x32}");
    }
}
