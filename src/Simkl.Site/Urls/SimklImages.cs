using Simkl.Site.Model;

namespace Simkl.Site.Urls;

/// <summary>One image size from the seed's Images table.</summary>
public sealed record ImageSize(string Prefix, string Suffix, int Width, int Height);

/// <summary>Image URLs through wsrv.nl, as the Simkl docs prefer (docs/data-rules.md).</summary>
public static class SimklImages
{
    public const string Proxy = "https://wsrv.nl/?url=https://simkl.in";

    public static readonly ImageSize PosterSmall = new("/posters/", "_cm", 84, 124);
    public static readonly ImageSize PosterCard = new("/posters/", "_c", 170, 250);
    public static readonly ImageSize PosterLarge = new("/posters/", "_ca", 190, 279);
    public static readonly ImageSize PosterMedium = new("/posters/", "_m", 340, 500);
    public static readonly ImageSize FanartWide = new("/fanart/", "_w", 600, 338);
    public static readonly ImageSize FanartMobile = new("/fanart/", "_mobile", 960, 540);

    /// <summary>
    /// The wsrv URL for an image path from the data (e.g. "37/3791c0de4a55e1f2b"), or null when the
    /// path is absent or not a plain shard/id path (so no data can smuggle a URL in).
    /// </summary>
    public static string? Url(string? path, ImageSize size)
    {
        if (!IsSafePath(path))
        {
            return null;
        }

        var (before, after) = Around(size);
        return before + path + after;
    }

    /// <summary>What goes before and after an image path in its URL (the search index sends paths alone).</summary>
    public static (string Before, string After) Around(ImageSize size) => ($"{Proxy}{size.Prefix}", $"{size.Suffix}.webp");

    public static string? Poster(Title title, ImageSize size) => Url(title.PosterPath, size);

    public static string? Fanart(Title title, ImageSize size) => Url(title.FanartPath, size);

    /// <summary>Simkl image paths are "xx/id": letters, digits, '/', '_' and '-' only, no "..".</summary>
    public static bool IsSafePath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > 200 || path.Contains("..", StringComparison.Ordinal) || path.StartsWith('/'))
        {
            return false;
        }

        foreach (var c in path)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
