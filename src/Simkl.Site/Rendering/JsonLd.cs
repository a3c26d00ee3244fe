using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Simkl.Site.Rendering;

/// <summary>
/// JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c> block: valid JSON that is also
/// inert inside HTML — <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and non-ASCII are written as
/// <c>\uXXXX</c>, so no data can close the script element or open a comment.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static RawHtml Serialize(object value)
    {
        var json = value is JsonNode node ? node.ToJsonString(Options) : JsonSerializer.Serialize(value, value.GetType(), Options);
        return new RawHtml(json);
    }
}
