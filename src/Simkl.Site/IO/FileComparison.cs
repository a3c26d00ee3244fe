using System.Buffers;

namespace Simkl.Site.IO;

/// <summary>
/// Whether a file holds exactly the bytes expected, given in one or more pieces: the file is read
/// 64 KB at a time, never whole (the build's large files are megabytes). Used by the site writer
/// before it rewrites a page and by <see cref="ChunkedBytes.SameAsFile"/>.
/// </summary>
public sealed class FileComparison : IDisposable
{
    private readonly FileStream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);

    private FileComparison(string path) =>
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);

    /// <summary>A comparison with the file at <paramref name="path"/>, or null when it is missing or not <paramref name="length"/> bytes long.</summary>
    public static FileComparison? Open(string path, long length)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == length ? new FileComparison(path) : null;
    }

    /// <summary>True when the file's next bytes are <paramref name="expected"/>.</summary>
    public bool Next(ReadOnlySpan<byte> expected)
    {
        while (expected.Length > 0)
        {
            var read = _stream.Read(_buffer, 0, Math.Min(_buffer.Length, expected.Length));
            if (read == 0 || !_buffer.AsSpan(0, read).SequenceEqual(expected[..read]))
            {
                return false;
            }

            expected = expected[read..];
        }

        return true;
    }

    /// <summary>True when nothing follows what was compared (the file did not grow after it was measured).</summary>
    public bool AtEnd() => _stream.Read(_buffer, 0, 1) == 0;

    public void Dispose()
    {
        _stream.Dispose();
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
