using System.Runtime.CompilerServices;
using System.Text.Json;
using Simkl.Site.Urls;

namespace Simkl.Site.Load;

/// <summary>
/// <see cref="SimklLinks.NormaliseSimklUrl"/> with a fast path for the common, plainly safe
/// forms (<c>https://simkl.com/tv/1/x/season-1/episode-2/</c>, <c>/tv/1/x</c>), which would come
/// out unchanged anyway; everything else goes through the full check. Rows carry one URL each,
/// so this keeps a Uri parse out of the hot loop.
/// </summary>
internal static class SimklUrls
{
    private const string Origin = "https://simkl.com";

    /// <summary>A URL field (title or episode): normalised, or null with a repair counted when it is not a simkl.com URL.</summary>
    public static string? Read(ref Utf8JsonReader r, ParseContext c, string field)
    {
        var raw = JsonValues.Text(ref r, c, field);
        var url = Normalise(raw);
        if (raw is not null && url is null)
        {
            c.Repair(WarningCodes.UrlRejected, field);
        }

        return url;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Normalise(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        if (raw.StartsWith(Origin + "/", StringComparison.Ordinal) && IsPlainPath(raw.AsSpan(Origin.Length)))
        {
            return raw;
        }

        if (raw.Length > 1 && raw[0] == '/' && raw[1] != '/' && IsPlainPath(raw))
        {
            return string.Concat(Origin, raw);
        }

        return SimklLinks.NormaliseSimklUrl(raw);
    }

    private static readonly System.Buffers.SearchValues<char> PlainChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_/");

    /// <summary>Only letters, digits, '-', '_' and single '/' (no dots, escapes, query or doubled slashes).</summary>
    private static bool IsPlainPath(ReadOnlySpan<char> path) =>
        !path.ContainsAnyExcept(PlainChars) && !path.Contains("//", StringComparison.Ordinal);
}
