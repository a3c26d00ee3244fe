using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Simkl.Site.Load;

/// <summary>
/// Decodes a JSON string the reader refuses: one whose escapes spell a lone UTF-16 surrogate
/// (<c>"\ud83d"</c>, e.g. an emoji cut in half upstream). <see cref="Utf8JsonReader.GetString"/>
/// throws on it, which would cost the whole file; here each lone surrogate becomes U+FFFD and
/// the rest of the text is kept.
/// </summary>
internal static class JsonEscapes
{
    public static string Decode(in Utf8JsonReader r)
    {
        ReadOnlySpan<byte> raw = r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan;
        var chars = new StringBuilder(raw.Length);
        var run = 0;
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\')
            {
                i++;
                continue;
            }

            chars.Append(Encoding.UTF8.GetString(raw[run..i]));
            var kind = i + 1 < raw.Length ? raw[i + 1] : (byte)0;
            i += 2;
            switch (kind)
            {
                case (byte)'u' when i + 4 <= raw.Length && TryHex(raw.Slice(i, 4), out var unit):
                    chars.Append(unit);
                    i += 4;
                    break;
                case (byte)'b':
                    chars.Append('\b');
                    break;
                case (byte)'f':
                    chars.Append('\f');
                    break;
                case (byte)'n':
                    chars.Append('\n');
                    break;
                case (byte)'r':
                    chars.Append('\r');
                    break;
                case (byte)'t':
                    chars.Append('\t');
                    break;
                default:
                    // \" \\ \/ stand for themselves (the reader has already validated the escapes).
                    chars.Append((char)kind);
                    break;
            }

            run = i;
        }

        chars.Append(Encoding.UTF8.GetString(raw[run..]));
        return ReplaceLoneSurrogates(chars);
    }

    private static string ReplaceLoneSurrogates(StringBuilder chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return chars.ToString();
    }

    private static bool TryHex(ReadOnlySpan<byte> hex, out char unit)
    {
        var ok = System.Buffers.Text.Utf8Parser.TryParse(hex, out ushort value, out var used, 'X') && used == 4;
        unit = (char)value;
        return ok;
    }
}
