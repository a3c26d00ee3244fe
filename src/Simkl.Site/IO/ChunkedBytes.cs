using System.Buffers;
using System.Text.Json;

namespace Simkl.Site.IO;

/// <summary>
/// Bytes kept as a list of 64 KB chunks instead of one array: for the build's large serialised
/// files (schedule state, build manifest, page hashes: megabytes at production size). One array
/// that size, and every array a growing buffer doubles through on the way, lands on the
/// large-object heap, and its allocations are what started most of a build's full garbage
/// collections (docs/benchmarks.md, "Large objects"); chunks stay on the small-object heap. Written
/// once, then read: to a stream, compared with a file, or copied out.
/// </summary>
public sealed class ChunkedBytes : IBufferWriter<byte>
{
    /// <summary>Under the runtime's 85,000-byte threshold for the large-object heap.</summary>
    public const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private readonly List<int> _filled = [];
    private int _used;

    /// <summary>How many bytes were written.</summary>
    public long Length { get; private set; }

    /// <summary>The written bytes, chunk by chunk, in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments
    {
        get
        {
            for (var i = 0; i < _chunks.Count; i++)
            {
                yield return _chunks[i].AsMemory(0, i == _chunks.Count - 1 ? _used : _filled[i]);
            }
        }
    }

    /// <summary><paramref name="value"/> as JSON, written as <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonSerializerOptions?)"/> would write it.</summary>
    public static ChunkedBytes Json<T>(T value, JsonSerializerOptions options)
    {
        var bytes = new ChunkedBytes();
        using (var writer = new Utf8JsonWriter(bytes, WriterOptions(options)))
        {
            JsonSerializer.Serialize(writer, value, options);
        }

        return bytes;
    }

    public void Advance(int count)
    {
        if (count < 0 || _chunks.Count == 0 || _used + count > _chunks[^1].Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "Advanced past the memory handed out.");
        }

        _used += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_chunks.Count == 0 || _chunks[^1].Length - _used < needed)
        {
            // A full chunk keeps its unused tail (less than the writer asked for); only a single
            // value longer than a chunk (none in the files above) gets a larger one.
            if (_chunks.Count > 0)
            {
                _filled.Add(_used);
            }

            _chunks.Add(new byte[Math.Max(ChunkSize, needed)]);
            _used = 0;
        }

        return _chunks[^1].AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public void WriteTo(Stream stream)
    {
        foreach (var segment in Segments)
        {
            stream.Write(segment.Span);
        }
    }

    /// <summary>True when the file at <paramref name="path"/> holds exactly these bytes (<see cref="FileComparison"/>).</summary>
    public bool SameAsFile(string path)
    {
        using var file = FileComparison.Open(path, Length);
        if (file is null)
        {
            return false;
        }

        foreach (var segment in Segments)
        {
            if (!file.Next(segment.Span))
            {
                return false;
            }
        }

        return file.AtEnd();
    }

    /// <summary>One array with every byte: for tests and small callers, not for the build's large files.</summary>
    public byte[] ToArray()
    {
        var all = new byte[Length];
        var at = 0;
        foreach (var segment in Segments)
        {
            segment.Span.CopyTo(all.AsSpan(at));
            at += segment.Length;
        }

        return all;
    }

    // What JsonSerializer's own writer options are for these serializer options.
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth == 0 ? JsonSerializerOptions.Default.MaxDepth : options.MaxDepth,
    };
}
