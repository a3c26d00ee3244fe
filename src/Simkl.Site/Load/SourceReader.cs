using System.Runtime.CompilerServices;
using System.Text.Json;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>Reader settings and small row helpers shared by the format parsers.</summary>
internal static class SourceReader
{
    /// <summary>Strict JSON (no comments, no trailing commas): what Simkl serves.</summary>
    public static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    /// <summary>After the top-level value: anything but the end of input is an error (truncated or concatenated bodies).</summary>
    public static void ExpectEnd(ref Utf8JsonReader r)
    {
        if (r.Read())
        {
            throw new JsonException($"unexpected {r.TokenType} after the top-level value");
        }
    }

    /// <summary>
    /// A timestamp field: the written date, or null with the offending text in
    /// <paramref name="bad"/> (skipping an object/array value whole). A valid date outside
    /// <see cref="DateBounds"/> is null too, with <paramref name="outOfRange"/> set: it is checked
    /// here, before anything converts it, because year 1 or 9999 overflows any zone conversion.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WrittenDate? ReadTimestamp(ref Utf8JsonReader r, scoped Span<byte> buffer, out string? bad, out bool outOfRange)
    {
        bad = null;
        outOfRange = false;
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                var text = TitleFields.Utf8(in r, buffer);
                if (DateText.TryParseIso(text, out var d))
                {
                    if (DateBounds.Contains(d.Date))
                    {
                        return d;
                    }

                    outOfRange = true;
                }

                bad = JsonEscapes.Decode(in r);
                return null;
            case JsonTokenType.Null:
                return null;
            default:
                bad = Describe(r.TokenType);
                r.Skip();
                return null;
        }
    }

    /// <summary>A JSON token type in words, for messages.</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    /// <summary><c>finale_type</c>: 1 mid-season, 2 season, 3 series; null/0 none; anything else none with a repair.</summary>
    public static FinaleKind Finale(int? value, ParseContext c)
    {
        switch (value)
        {
            case null or 0:
                return FinaleKind.None;
            case 1 or 2 or 3:
                return (FinaleKind)value.Value;
            default:
                c.Repair(WarningCodes.FinaleInvalid, "finale_type");
                return FinaleKind.None;
        }
    }
}
