using System.Buffers;
using System.Text;
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

    // The same escaping for what pages write through their own writer (Write, WriteTo).
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
    };

    // One buffer and writer per thread: pages write their JSON-LD straight to it (thousands of
    // pages, each with a list or a title's episodes), not through a tree of JSON nodes.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static RawHtml Serialize(object value)
    {
        var json = value is JsonNode node ? node.ToJsonString(Options) : JsonSerializer.Serialize(value, value.GetType(), Options);
        return new RawHtml(json);
    }

    /// <summary>The JSON <paramref name="write"/> writes (one value), escaped as <see cref="Serialize"/> escapes.</summary>
    public static RawHtml Write<TState>(TState state, Action<Utf8JsonWriter, TState> write) =>
        new(Encoding.UTF8.GetString(Utf8(state, write)));

    /// <summary>The same JSON written straight into <paramref name="output"/> (for <see cref="IHtmlWriter"/> blocks).</summary>
    public static void WriteTo<TState>(TextBuffer output, TState state, Action<Utf8JsonWriter, TState> write) =>
        output.AppendUtf8(Utf8(state, write));

    // Valid until this thread writes its next JSON-LD.
    private static ReadOnlySpan<byte> Utf8<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        write(writer, state);
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
