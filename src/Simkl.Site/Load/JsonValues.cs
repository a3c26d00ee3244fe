using System.Runtime.CompilerServices;
using System.Buffers.Text;
using System.Text.Json;

namespace Simkl.Site.Load;

/// <summary>
/// Lenient readers for one JSON value at the reader's position (just after its property name).
/// They accept the type drift Simkl's files show (numbers as strings, nulls anywhere) and, for a
/// value of the wrong type, skip it whole and count a <see cref="WarningCodes.FieldWrongType"/>.
/// </summary>
internal static class JsonValues
{
    /// <summary>
    /// Longest text kept for a field (titles, URLs, paths): far above any real value, far below
    /// what would swamp a page or a feed.
    /// </summary>
    public const int MaxTextLength = 2_000;

    /// <summary>Longest overview kept: real ones are a few paragraphs.</summary>
    public const int MaxOverviewLength = 20_000;

    /// <summary>Longest vocabulary word kept (network, genre, country, status, episode title).</summary>
    public const int MaxWordLength = 500;

    /// <summary>
    /// <paramref name="text"/> cut to <paramref name="maxLength"/> characters (never inside a
    /// surrogate pair), counted as <see cref="WarningCodes.TextTooLong"/> when cut.
    /// </summary>
    public static string Cap(string text, int maxLength, ParseContext c, string field)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        c.Repair(WarningCodes.TextTooLong, field);
        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut];
    }

    /// <summary>
    /// A text field: strings (empty → null) and null; anything else is skipped and counted.
    /// Not pooled: names, URLs and paths are unique within a file, so a pool lookup would only
    /// cost a hash and a miss.
    /// </summary>
    public static string? Text(ref Utf8JsonReader r, ParseContext c, string field, int maxLength = MaxTextLength)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                var s = r.ValueSpan.IsEmpty && !r.HasValueSequence ? null : String(in r, c, field);
                return string.IsNullOrEmpty(s) ? null : Cap(s, maxLength, c, field);
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(ref r, c, field);
                return null;
        }
    }

    /// <summary>
    /// A display title: real Simkl titles carry trailing (and sometimes leading) spaces, which
    /// would show in cards, feeds and slugs; trimmed. Blank means no title.
    /// </summary>
    public static string? TitleText(ref Utf8JsonReader r, ParseContext c, string field)
    {
        var s = Text(ref r, c, field);
        if (s is null || !(char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])))
        {
            return s;
        }

        var trimmed = s.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>
    /// A text field from a small vocabulary (genres, network, country, status, episode
    /// placeholders like "Episode 14"): read through the file's pool so repeats cost nothing.
    /// </summary>
    public static string? Word(ref Utf8JsonReader r, ParseContext c, string field)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                var s = PooledString(ref r, c, field);
                return s.Length == 0 ? null : Cap(s, MaxWordLength, c, field);
            case JsonTokenType.Null:
                return null;
            default:
                WrongType(ref r, c, field);
                return null;
        }
    }

    /// <summary>
    /// The current string token; one with a lone surrogate escape (which the reader refuses) is
    /// decoded with U+FFFD in its place and counted as <see cref="WarningCodes.TextBadEscape"/>.
    /// </summary>
    public static string String(in Utf8JsonReader r, ParseContext c, string field)
    {
        try
        {
            return r.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            c.Repair(WarningCodes.TextBadEscape, field);
            return JsonEscapes.Decode(in r);
        }
    }

    /// <summary>As <see cref="String"/>, read through the file's pool.</summary>
    public static string PooledString(ref Utf8JsonReader r, ParseContext c, string field)
    {
        try
        {
            return c.Pool.ReadString(ref r);
        }
        catch (InvalidOperationException)
        {
            c.Repair(WarningCodes.TextBadEscape, field);
            return JsonEscapes.Decode(in r);
        }
    }

    /// <summary>A whole number from a JSON number or a numeric string; false (nothing skipped yet) otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryInt64(ref Utf8JsonReader r, out long value)
    {
        value = 0;
        switch (r.TokenType)
        {
            case JsonTokenType.Number:
                if (r.TryGetInt64(out value))
                {
                    return true;
                }

                if (r.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15)
                {
                    value = (long)d;
                    return true;
                }

                return false;
            case JsonTokenType.String when !r.HasValueSequence && !r.ValueIsEscaped:
                var span = r.ValueSpan.Trim(" "u8);
                return Utf8Parser.TryParse(span, out value, out var consumed) && consumed == span.Length && span.Length > 0;
            default:
                return false;
        }
    }

    /// <summary>An optional int: number, numeric string or null; anything else is skipped and counted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int? Int(ref Utf8JsonReader r, ParseContext c, string field)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (TryInt64(ref r, out var v) && v is >= int.MinValue and <= int.MaxValue)
        {
            return (int)v;
        }

        WrongType(ref r, c, field);
        return null;
    }

    /// <summary>The value when within [min, max]; otherwise null, counted as <see cref="WarningCodes.ValueOutOfRange"/>.</summary>
    public static int? InRange(int? value, int min, int max, ParseContext c, string field)
    {
        if (value is { } v && (v < min || v > max))
        {
            c.Repair(WarningCodes.ValueOutOfRange, field);
            return null;
        }

        return value;
    }

    /// <summary>An optional double: number, numeric string or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double? Double(ref Utf8JsonReader r, ParseContext c, string field)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when r.TryGetDouble(out var d) && double.IsFinite(d):
                return d;
            case JsonTokenType.String when !r.HasValueSequence && !r.ValueIsEscaped
                && Utf8Parser.TryParse(r.ValueSpan, out double s, out var consumed) && consumed == r.ValueSpan.Length && double.IsFinite(s):
                return s;
            default:
                WrongType(ref r, c, field);
                return null;
        }
    }

    /// <summary>
    /// True when the value is a <paramref name="expected"/> token (an object's or array's start, a
    /// string); null means "no value" (false, nothing counted); any other type is skipped and
    /// counted by <see cref="WrongType"/>.
    /// </summary>
    public static bool IsOfType(JsonTokenType expected, ref Utf8JsonReader r, ParseContext c, string field)
    {
        if (r.TokenType == expected)
        {
            return true;
        }

        if (r.TokenType != JsonTokenType.Null)
        {
            WrongType(ref r, c, field);
        }

        return false;
    }

    /// <summary>Skips the current value (whole object/array) and counts it as a wrong-typed field.</summary>
    public static void WrongType(ref Utf8JsonReader r, ParseContext c, string field)
    {
        r.Skip();
        c.Repair(WarningCodes.FieldWrongType, field);
    }

    /// <summary>
    /// The current property name as chars in <paramref name="buffer"/>; empty when it does not fit
    /// (no name we know is that long). Unescapes, so <c>"ti\u0074le"</c> still reads as title.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Name(in Utf8JsonReader r, Span<char> buffer)
    {
        if (!r.HasValueSequence && !r.ValueIsEscaped)
        {
            // The usual case: a short ASCII name, widened without the general transcoder.
            var raw = r.ValueSpan;
            if (raw.Length > buffer.Length)
            {
                return default;
            }

            if (System.Text.Ascii.ToUtf16(raw, buffer, out var written) == System.Buffers.OperationStatus.Done)
            {
                return buffer[..written];
            }
        }

        var length = r.HasValueSequence ? r.ValueSequence.Length : r.ValueSpan.Length;
        if (length > buffer.Length)
        {
            return default;
        }

        try
        {
            return buffer[..r.CopyString(buffer)];
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape: no name we know, so the property is skipped as unknown.
            return default;
        }
    }
}
