using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simkl.Site.IO;

namespace Simkl.Site.Tests.IO;

/// <summary>The build's large files kept in chunks: the same bytes as one array, compared and written whole.</summary>
public sealed class ChunkedBytesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chunked-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Big enough for several chunks, with non-ASCII text and values of every kind.
    private static Dictionary<string, object?> Value(int entries) =>
        Enumerable.Range(0, entries).ToDictionary(
            i => $"key-{i:D6}",
            i => (object?)(i % 3 == 0 ? $"text «{i}» ✨ <b>" : i % 3 == 1 ? i * 1.5 : null));

    public static TheoryData<string> Options() => ["default", "indented", "relaxed"];

    private static JsonSerializerOptions For(string name) => name switch
    {
        "indented" => new() { WriteIndented = true, NewLine = "\n", IndentSize = 1 },
        "relaxed" => new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        _ => JsonSerializerOptions.Default,
    };

    [Theory]
    [MemberData(nameof(Options))]
    public void Json_is_byte_for_byte_what_the_serializer_writes_as_one_array(string options)
    {
        var value = Value(20_000);
        var bytes = ChunkedBytes.Json(value, For(options));

        var expected = JsonSerializer.SerializeToUtf8Bytes(value, For(options));
        Assert.True(expected.Length > 3 * ChunkedBytes.ChunkSize, "the value must span several chunks");
        Assert.Equal(expected.Length, bytes.Length);
        Assert.Equal(expected, bytes.ToArray());
        Assert.All(bytes.Segments, s => Assert.True(s.Length <= ChunkedBytes.ChunkSize));
    }

    [Fact]
    public void A_value_longer_than_a_chunk_gets_a_chunk_of_its_own()
    {
        var text = new string('x', 3 * ChunkedBytes.ChunkSize);
        var bytes = ChunkedBytes.Json(new[] { "a", text, "b" }, JsonSerializerOptions.Default);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(new[] { "a", text, "b" }), bytes.ToArray());
    }

    [Fact]
    public void Written_to_a_file_it_is_the_same_file_and_any_other_is_not()
    {
        var bytes = ChunkedBytes.Json(Value(10_000), JsonSerializerOptions.Default);
        var path = Path.Combine(_dir, "state.json");
        Assert.False(bytes.SameAsFile(path));

        AtomicFile.Write(path, bytes);
        Assert.Equal(bytes.ToArray(), File.ReadAllBytes(path));
        Assert.True(bytes.SameAsFile(path));

        // One byte changed in a later chunk, one byte more, one byte less: all different.
        var changed = bytes.ToArray();
        changed[2 * ChunkedBytes.ChunkSize + 10] ^= 1;
        File.WriteAllBytes(path, changed);
        Assert.False(bytes.SameAsFile(path));
        File.WriteAllBytes(path, [.. bytes.ToArray(), (byte)' ']);
        Assert.False(bytes.SameAsFile(path));
        File.WriteAllBytes(path, bytes.ToArray()[..^1]);
        Assert.False(bytes.SameAsFile(path));
    }

    [Fact]
    public void Advancing_past_what_was_handed_out_fails()
    {
        var bytes = new ChunkedBytes();
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.Advance(1));
        var span = bytes.GetSpan(4);
        "abcd"u8.CopyTo(span);
        bytes.Advance(4);
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.Advance(ChunkedBytes.ChunkSize));
        Assert.Equal("abcd", Encoding.UTF8.GetString(bytes.ToArray()));
    }
}
