using System.Collections.Concurrent;
using System.Text.Json;

namespace Simkl.Site.Loading;

/// <summary>
/// One string instance per distinct text for one load. Title data repeats across a dozen monthly
/// archives and v1 repeats it on every row; looking the decoded characters up before allocating
/// means a repeat costs no allocation and the catalogue holds each text once. Thread-safe.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer texts (overviews) are read directly: they rarely repeat and hashing them costs more than it saves.</summary>
    private const int MaxPooledChars = 512;

    private readonly ConcurrentDictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _map.Count;

    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return string.Empty;
        }

        if (_lookup.TryGetValue(chars, out var found))
        {
            return found;
        }

        var s = new string(chars);
        return _map.GetOrAdd(s, s);
    }

    /// <summary>Reads the current JSON string token (unescaped) through the pool.</summary>
    public string ReadString(ref Utf8JsonReader reader)
    {
        var byteLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (byteLength > MaxPooledChars)
        {
            return reader.GetString() ?? string.Empty;
        }

        // UTF-8 never needs more chars than bytes, and unescaping only shortens.
        Span<char> buffer = stackalloc char[MaxPooledChars];
        var n = reader.CopyString(buffer);
        return Get(buffer[..n]);
    }

    /// <summary>Pools raw UTF-8 bytes known to be ASCII-compatible (number tokens).</summary>
    public string GetUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledChars)
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        Span<char> buffer = stackalloc char[MaxPooledChars];
        var n = System.Text.Encoding.UTF8.GetChars(utf8, buffer);
        return Get(buffer[..n]);
    }
}
