using System.Text.Json;
using Simkl.Site.Text;

namespace Simkl.Site.Fetch;

/// <summary>The top-level shape a source's body must have before it may replace the stored copy.</summary>
public enum BodyShape
{
    /// <summary>Calendar v2: an object with a <c>calendar</c> array and a <c>metadata</c> object.</summary>
    CalendarV2,

    /// <summary>Calendar v1 and every list: a JSON array.</summary>
    Array,
}

/// <summary>
/// Decides whether a 200 body is data: complete JSON of the expected shape. HTML interstitials,
/// error objects, empty and truncated bodies are failed fetches (docs/data-rules.md).
/// </summary>
public static class BodyCheck
{
    /// <summary>Null when the body is usable, else what is wrong with it, in words.</summary>
    public static string? Problem(BodyShape shape, ReadOnlyMemory<byte> body)
    {
        var span = body.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
            span = body.Span;
        }

        var first = span.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            return "empty body";
        }

        if (span[first] == (byte)'<')
        {
            return "an HTML page, not JSON";
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            return ShapeProblem(shape, doc.RootElement);
        }
        catch (JsonException e)
        {
            return $"incomplete or invalid JSON ({PlainText.Clean(e.Message)})";
        }
    }

    private static string? ShapeProblem(BodyShape shape, JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
        {
            var code = error.ValueKind == JsonValueKind.String ? error.GetString() : error.GetRawText();
            return $"an error object (error: {Clip(code)})";
        }

        return shape switch
        {
            BodyShape.CalendarV2 when root.ValueKind != JsonValueKind.Object => $"JSON {Describe(root)} where a calendar object was expected",
            BodyShape.CalendarV2 when !root.TryGetProperty("calendar", out var c) || c.ValueKind != JsonValueKind.Array =>
                "an object without a 'calendar' array",
            BodyShape.CalendarV2 when !root.TryGetProperty("metadata", out var m) || m.ValueKind != JsonValueKind.Object =>
                "an object without a 'metadata' object",
            BodyShape.Array when root.ValueKind != JsonValueKind.Array => $"JSON {Describe(root)} where an array was expected",
            _ => null,
        };
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.Null => "null",
        _ => "boolean",
    };

    private static string Clip(string? text) => PlainText.Clean(text) switch
    {
        null => "null",
        { Length: <= 80 } clean => clean,
        var clean => clean[..80] + "…",
    };
}
