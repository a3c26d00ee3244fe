using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Simkl.Site.IO;

/// <summary>
/// One writer per folder: a build on its output folder, a fetch on its snapshot folder. The lock is
/// <c>{folder}.lock</c> beside the folder (the folder itself is swapped away by a build), holding
/// the holder's pid, host and start time so a waiting process can say who is busy. Exclusion comes
/// from an OS byte-range lock on that file, which the OS drops when the holder dies: a lock file
/// whose holder died is therefore taken over (with a message) without guessing from pids. The file
/// is emptied, not deleted, on release: deleting it would let a waiter lock an unlinked file while
/// a third process creates a new one.
/// </summary>
public sealed class FolderLock : IDisposable
{
    // Byte-range locks belong to the process on Unix, so two holders inside one process (tests,
    // a library caller) are kept apart here; a path in this set is never opened a second time,
    // because closing any handle to the file would drop the process's lock.
    private static readonly ConcurrentDictionary<string, byte> HeldHere = new(StringComparer.Ordinal);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream stream;
    private bool released;

    private FolderLock(string path, FileStream stream, string? staleHolder)
    {
        LockPath = path;
        this.stream = stream;
        StaleHolder = staleHolder;
    }

    /// <summary>The lock file, <c>{folder}.lock</c>.</summary>
    public string LockPath { get; }

    /// <summary>Who held the lock before when it was taken over from a dead process (pid, host, start), else null.</summary>
    public string? StaleHolder { get; }

    /// <summary>Where the lock of <paramref name="folder"/> lives.</summary>
    public static string PathFor(string folder) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + ".lock";

    /// <summary>
    /// Takes the lock of <paramref name="folder"/> for <paramref name="purpose"/> ("build", "fetch"),
    /// waiting up to <paramref name="wait"/> for another holder; throws <see cref="FolderBusyException"/> after that.
    /// </summary>
    public static FolderLock Acquire(string folder, string purpose, TimeSpan wait)
    {
        var path = PathFor(folder);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var holder = TryAcquire(path, purpose, out var taken);
            if (taken is not null)
            {
                return taken;
            }

            if (deadline.Elapsed >= wait)
            {
                var waited = wait > TimeSpan.Zero ? string.Create(CultureInfo.InvariantCulture, $" after waiting {wait.TotalSeconds:0.#} s") : string.Empty;
                throw new FolderBusyException(
                    $"'{folder}' is busy{waited}: {holder} holds {path}. Wait for it to finish (or raise --wait); "
                    + "if no such process is running, the lock is released by the OS and the next run takes it over.");
            }

            Thread.Sleep(Poll);
        }
    }

    /// <summary>Releases the lock: empties the file and unlocks it.</summary>
    public void Dispose()
    {
        if (released)
        {
            return;
        }

        released = true;
        try
        {
            stream.SetLength(0);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            // The lock is released by closing anyway; an unemptied file only reads as a stale holder later.
        }

        stream.Dispose();
        HeldHere.TryRemove(LockPath, out _);
    }

    /// <summary>Returns the lock, or null and a description of the current holder.</summary>
    private static string TryAcquire(string path, string purpose, out FolderLock? taken)
    {
        taken = null;
        if (!HeldHere.TryAdd(path, 0))
        {
            return string.Create(CultureInfo.InvariantCulture, $"this process (pid {Environment.ProcessId})");
        }

        FileStream? stream = null;
        try
        {
            if (OperatingSystem.IsMacOS())
            {
                // No byte-range locks there: an exclusive open (flock) excludes, but then the holder's text cannot be read.
                try
                {
                    stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException)
                {
                    HeldHere.TryRemove(path, out _);
                    return "another process";
                }
            }
            else
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
                try
                {
                    stream.Lock(0, 1);
                }
                catch (IOException)
                {
                    var holder = Describe(ReadAll(stream));
                    stream.Dispose();
                    HeldHere.TryRemove(path, out _);
                    return holder ?? "another process";
                }
            }

            // A holder empties the file when it finishes; text left in it means the holder died.
            var previous = ReadAll(stream);
            stream.SetLength(0);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(Holder(purpose)));
            stream.Flush(flushToDisk: true);
            taken = new FolderLock(path, stream, Describe(previous));
            return string.Empty;
        }
        catch
        {
            stream?.Dispose();
            HeldHere.TryRemove(path, out _);
            throw;
        }
    }

    private static string Holder(string purpose) =>
        string.Create(CultureInfo.InvariantCulture,
            $"pid={Environment.ProcessId}\nhost={Environment.MachineName}\nstarted={DateTimeOffset.UtcNow:yyyy-MM-dd'T'HH:mm:ss'Z'}\npurpose={purpose}\n");

    private static string ReadAll(FileStream stream)
    {
        stream.Position = 0;
        var buffer = new byte[Math.Min(stream.Length, 4096)];
        stream.ReadExactly(buffer);
        stream.Position = 0;
        return System.Text.Encoding.UTF8.GetString(buffer);
    }

    /// <summary>"a build (pid 12, host h, started 2026-…)" from a lock file's text, or null when it is empty.</summary>
    private static string? Describe(string text)
    {
        var fields = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Printable(g.Last()[1]), StringComparer.Ordinal);
        if (!fields.TryGetValue("pid", out var pid))
        {
            return null;
        }

        return $"a {fields.GetValueOrDefault("purpose", "run")} (pid {pid}, host {fields.GetValueOrDefault("host", "?")}, started {fields.GetValueOrDefault("started", "?")})";
    }

    // The file is ours, but a terminal must never receive its control characters whatever it holds.
    private static string Printable(string value) =>
        new([.. value.Where(c => !char.IsControl(c)).Take(100)]);
}

/// <summary>Another process holds the folder's lock (exit code 5).</summary>
public sealed class FolderBusyException(string message) : SiteException(message);
