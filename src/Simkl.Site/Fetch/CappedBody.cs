using System.Globalization;

namespace Simkl.Site.Fetch;

/// <summary>
/// Reads a response body up to a limit, streaming, and stops as soon as it would pass it: memory
/// stays bounded by the limit whatever the server sends (or announces).
/// </summary>
internal static class CappedBody
{
    private const int ChunkSize = 81920;

    /// <summary>The body, or null when it is (or announces itself) larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long limit, CancellationToken ct)
    {
        var announced = content.Headers.ContentLength;
        if (announced > limit)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream((int)Math.Min(announced ?? ChunkSize, Math.Min(limit, int.MaxValue)));
        var chunk = new byte[ChunkSize];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>A limit in words: "64 MB", "1.5 MB", "512 bytes".</summary>
    public static string Describe(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.##} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
