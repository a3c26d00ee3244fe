using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Simkl.Site.Load;

/// <summary>
/// One string instance per distinct text within one file. v1 repeats title data on every row and
/// episode titles repeat ("Episode 14"); looking the decoded characters up before allocating
/// means a repeat costs no allocation. Deliberately one pool per file and not thread-safe: a
/// shared concurrent pool cost more in lock contention than it saved. Texts unique per row
/// (episode URLs) bypass it.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer texts (overviews) are read directly: they rarely repeat and hashing them costs more than it saves.</summary>
    private const int MaxPooledChars = 256;

    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _map.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        _map.Add(s, s);
        return s;
    }

    /// <summary>Reads the current JSON string token (unescaped) through the pool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string ReadString(ref Utf8JsonReader reader)
    {
        var byteLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (byteLength > MaxPooledChars)
        {
            return reader.GetString() ?? string.Empty;
        }

        // UTF-8 never needs more chars than bytes, and unescaping only shortens. Sized to the
        // value: a fixed buffer would be zeroed in full on every call.
        Span<char> buffer = stackalloc char[(int)byteLength];
        var n = reader.CopyString(buffer);
        return Get(buffer[..n]);
    }
}
