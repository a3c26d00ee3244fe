using System.Runtime.CompilerServices;
using Simkl.Site.Links;

namespace Simkl.Site.Loading;

/// <summary>
/// <see cref="SimklLinks.NormaliseSimklUrl"/> with a fast path for the common, plainly safe
/// forms (<c>https://simkl.com/tv/1/x/season-1/episode-2/</c>, <c>/tv/1/x</c>), which would come
/// out unchanged anyway; everything else goes through the full check. Rows carry one URL each,
/// so this keeps a Uri parse out of the hot loop.
/// </summary>
internal static class SimklUrls
{
    private const string Origin = "https://simkl.com";

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

    /// <summary>Only letters, digits, '-', '_' and single '/' (no dots, escapes, query or doubled slashes).</summary>
    private static bool IsPlainPath(ReadOnlySpan<char> path)
    {
        var previousSlash = false;
        foreach (var c in path)
        {
            if (c == '/')
            {
                if (previousSlash)
                {
                    return false;
                }

                previousSlash = true;
            }
            else if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                previousSlash = false;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
