namespace Simkl.Site.IO;

/// <summary>
/// Writes a file so readers see the old content or the new, never a mix: the bytes go to a hidden
/// temp file in the same folder (same volume, so the rename is atomic), are flushed to disk, and
/// then renamed over the target. A failure part-way deletes the temp file and leaves the target alone.
/// </summary>
public static class AtomicFile
{
    private const string TempSuffix = ".partial";

    /// <summary>True for temp files this class creates (left behind only if the process dies mid-write).</summary>
    public static bool IsTempFile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.StartsWith('.') && name.EndsWith(TempSuffix, StringComparison.Ordinal);
    }

    /// <summary>
    /// True for a temp file whose writer is gone: it names a process that is not running (or is
    /// from before temp names carried the pid). A live process's temp file, including another
    /// fetch's in-progress write, is never stale.
    /// </summary>
    public static bool IsStaleTempFile(string path)
    {
        if (!IsTempFile(path))
        {
            return false;
        }

        var name = System.IO.Path.GetFileName(path)[..^TempSuffix.Length];
        var pidText = name[(name.LastIndexOf('.') + 1)..];
        if (!pidText.StartsWith('p') || !int.TryParse(pidText.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            return true;
        }

        return pid != Environment.ProcessId && !IsRunning(pid);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // ".{name}.{guid}.p{pid}.partial": the pid tells a later sweep whether the writer still runs.
    private static string TempPath(string dir, string full) =>
        System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.p{Environment.ProcessId}{TempSuffix}");

    /// <summary>Synchronous form of <see cref="WriteAllBytesAsync"/>.</summary>
    public static void Write(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>The same for bytes kept in chunks (large files, see <see cref="ChunkedBytes"/>).</summary>
    public static void Write(string path, ChunkedBytes bytes) => Write(path, bytes.WriteTo);

    private static void Write(string path, Action<Stream> write)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = TempPath(dir, full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public static Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken ct = default) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(bytes, token).AsTask(), ct);

    /// <summary>Creates the folder if needed, lets <paramref name="write"/> fill a temp file, then renames it over <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken ct = default)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = TempPath(dir, full);
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await write(stream, ct);
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp file is hidden, never read as data, and swept on the next fetch.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
