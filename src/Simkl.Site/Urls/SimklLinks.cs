using System.Globalization;
using System.Text;
using Simkl.Site.Model;

namespace Simkl.Site.Urls;

/// <summary>
/// Every link the site makes to Simkl (docs/data-rules.md, "Links and images"). Pure functions of the data; the generator
/// never requests any of these URLs itself.
/// </summary>
public static class SimklLinks
{
    public const string SiteOrigin = "https://simkl.com";
    public const string RedirectBase = "https://api.simkl.com/redirect";

    /// <summary>Ids the redirect understands, best first (seed: Redirect parameters).</summary>
    private static readonly string[] RedirectIds = ["tmdb", "tvdb", "imdb", "mal", "anidb", "anilist", "kitsu", "livechart", "anisearch", "animeplanet", "crunchyroll", "hulu", "netflix", "traktslug", "letterboxd"];

    /// <summary>Most-watched pages that trending sections must link to (attribution rule).</summary>
    public static string MostWatched(MediaKind kind) => kind switch
    {
        MediaKind.Tv => "https://simkl.com/tv/best-shows/most-watched/",
        MediaKind.Anime => "https://simkl.com/anime/best-anime/most-watched/",
        _ => "https://simkl.com/movies/best-movies/most-watched/",
    };

    /// <summary>
    /// Turns a URL from the data into an absolute https simkl.com URL, or null when it is not one
    /// we will link to (javascript:, data:, other hosts, garbage). Site-relative paths get the origin.
    /// </summary>
    public static string? NormaliseSimklUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            trimmed = "https:" + trimmed;
        }
        else if (trimmed.StartsWith('/'))
        {
            trimmed = SiteOrigin + trimmed;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !(uri.Host.Equals("simkl.com", StringComparison.OrdinalIgnoreCase)
                 || uri.Host.EndsWith(".simkl.com", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // Keep Simkl's path as given (slugs may be percent-encoded), but always https.
        return "https://" + uri.Host.ToLowerInvariant() + uri.PathAndQuery + uri.Fragment;
    }

    /// <summary>
    /// The canonical item link: https://simkl.com/{tv|anime|movies}/{id}/{slug}, the slug
    /// sanitised here (a loaded title's already is; a title from elsewhere, or a slug kept in the
    /// schedule state, must not put dot segments or escapes into the link either).
    /// </summary>
    public static string TitleUrl(MediaKind kind, long simklId, string slug) =>
        $"{SiteOrigin}/{kind.Section()}/{simklId.ToString(CultureInfo.InvariantCulture)}/{Slugs.Sanitise(slug)}";

    /// <summary>
    /// A title's Simkl link: the record's own <paramref name="given"/> URL when it agrees with the
    /// kind and id (it keeps Simkl's exact, possibly percent-encoded slug), else the canonical link
    /// built from kind, id and the sanitised <paramref name="slug"/>. Records have carried URLs with
    /// dot segments, another kind, another id or another host; following those sends visitors to
    /// the wrong page, so the data's URL is only trusted when it names the same item.
    /// </summary>
    public static string TitleUrl(MediaKind kind, long simklId, string slug, string? given) =>
        Agreeing(given, kind, simklId) ?? TitleUrl(kind, simklId, slug);

    /// <summary>
    /// A title's Simkl link by the rule above, for every output (pages, feeds, API, widgets): the
    /// loader already applied it; this keeps a title built elsewhere honest too.
    /// </summary>
    public static string TitleUrl(Title title) => TitleUrl(title.Kind, title.SimklId, title.Slug, title.SimklUrl);

    /// <summary>
    /// An episode's Simkl link, by the same rule: the data's episode URL when it agrees with the
    /// title's kind and id, else built from the title link (<c>…/season-3/episode-4/</c> for TV,
    /// <c>…/episode-14/</c> for anime, the shapes Simkl uses), else the title's page.
    /// </summary>
    public static string EpisodeUrl(Title title, Airing airing) => EpisodeUrl(title, TitleUrl(title), airing);

    /// <summary>The same, given the title's link (<see cref="TitleUrl(Title)"/>) made once for all its episodes.</summary>
    public static string EpisodeUrl(Title title, string titleUrl, Airing airing)
    {
        if (airing.Episode is not { } episode)
        {
            return titleUrl;
        }

        if (Agreeing(airing.EpisodeUrl, title.Kind, title.SimklId) is { } given)
        {
            return given;
        }

        var e = episode.ToString(CultureInfo.InvariantCulture);
        return title.Kind switch
        {
            MediaKind.Anime => $"{titleUrl.TrimEnd('/')}/episode-{e}/",
            MediaKind.Tv when airing.Season is { } season => $"{titleUrl.TrimEnd('/')}/season-{season.ToString(CultureInfo.InvariantCulture)}/episode-{e}/",
            _ => titleUrl,
        };
    }

    /// <summary>
    /// <paramref name="url"/> as an absolute https://simkl.com URL when it points at the item
    /// (<c>/{section}/{id}/…</c>) on simkl.com itself, with no dot segments (checked on the text as
    /// written, before any URL parser resolves them away), no backslashes and no query; else null.
    /// </summary>
    public static string? Agreeing(string? url, MediaKind kind, long simklId)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        // On spans: every airing's link passes here, and most are already the canonical form,
        // which is then returned as it is, without a copy.
        var trimmed = url.AsSpan().Trim();
        var path = trimmed;
        foreach (var origin in (ReadOnlySpan<string>)["https://simkl.com", "http://simkl.com", "https://www.simkl.com", "http://www.simkl.com", "//simkl.com", "//www.simkl.com"])
        {
            if (path.Length > origin.Length && path[origin.Length] == '/' && path.StartsWith(origin, StringComparison.OrdinalIgnoreCase))
            {
                path = path[origin.Length..];
                break;
            }
        }

        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal) || path.IndexOfAny('\\', '?', '#') >= 0)
        {
            return null;
        }

        // Segment by segment, without splitting into strings.
        var rest = path[1..];
        var count = 0;
        Span<char> id = stackalloc char[20];
        simklId.TryFormat(id, out var idLength, default, CultureInfo.InvariantCulture);
        foreach (var range in rest.Split('/'))
        {
            var segment = rest[range];
            if ((count == 0 && !segment.SequenceEqual(kind.Section()))
                || (count == 1 && !segment.SequenceEqual(id[..idLength]))
                || IsDotSegment(segment)
                || segment.ContainsAny(WhiteSpaceOrControl))
            {
                return null;
            }

            count++;
        }

        if (count < 2)
        {
            return null;
        }

        if (trimmed.Length == url.Length && trimmed.Length == SiteOrigin.Length + path.Length && trimmed.StartsWith(SiteOrigin, StringComparison.Ordinal))
        {
            return url;
        }

        return string.Concat(SiteOrigin, path);
    }

    // Characters no link segment may hold: what char.IsWhiteSpace or char.IsControl accept.
    private static readonly System.Buffers.SearchValues<char> WhiteSpaceOrControl = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || char.IsControl(c))]);

    /// <summary>"." or "..", also written with "%2e" (either case) for any of the dots.</summary>
    private static bool IsDotSegment(ReadOnlySpan<char> segment)
    {
        var dots = 0;
        while (segment.Length > 0)
        {
            if (segment[0] == '.')
            {
                segment = segment[1..];
            }
            else if (segment.StartsWith("%2e", StringComparison.OrdinalIgnoreCase))
            {
                segment = segment[3..];
            }
            else
            {
                return false;
            }

            dots++;
        }

        return dots is 1 or 2;
    }

    /// <summary>
    /// "Mark as watched" through Simkl's redirect, or null when it must not be shown: no client id,
    /// a movie while movies are off, or nothing to identify the item by.
    /// </summary>
    public static string? MarkWatched(Title title, Airing? airing, string? clientId, bool moviesEnabled)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            return null;
        }

        if (title.Kind == MediaKind.Movie && !moviesEnabled)
        {
            return null;
        }

        if (title.Kind != MediaKind.Movie && airing?.Episode is null)
        {
            return null;
        }

        return Redirect("watched", title, airing, clientId);
    }

    /// <summary>The redirect to a trailer (<c>to=trailer</c>); works without a client id.</summary>
    public static string Trailer(Title title, string? clientId) => Redirect("trailer", title, null, clientId);

    /// <summary>
    /// The secondary actions of an airing's menu: the trailer (<c>to=trailer</c>) and "Share"
    /// (<c>to=twitter</c>, Simkl's prefilled post of the episode's Simkl link). Null without a
    /// client id: the site offers redirect actions only as a registered app, like "Mark watched".
    /// </summary>
    public static AiringRedirects? Actions(Title title, Airing? airing, string? clientId) =>
        string.IsNullOrWhiteSpace(clientId)
            ? null
            : new AiringRedirects(Redirect("trailer", title, null, clientId), Redirect("twitter", title, airing, clientId));

    /// <summary>Builds a redirect URL; every value percent-encoded, parameters in a fixed order.</summary>
    public static string Redirect(string to, Title title, Airing? airing, string? clientId)
    {
        var q = new List<(string Key, string Value)> { ("to", to) };
        foreach (var key in RedirectIds)
        {
            if (title.Ids.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                q.Add((key, value.Trim()));
                if (key == "tmdb")
                {
                    // tmdb ids are shared between movies and shows: the redirect needs the type.
                    q.Add(("type", title.Kind == MediaKind.Movie ? "movie" : "show"));
                }
            }
        }

        q.Add(("title", title.Name));
        if (title.Year is { } year)
        {
            q.Add(("year", year.ToString(CultureInfo.InvariantCulture)));
        }

        if (airing is { Episode: { } episode })
        {
            if (title.Kind == MediaKind.Tv && airing.Season is { } season)
            {
                q.Add(("season", season.ToString(CultureInfo.InvariantCulture)));
            }

            q.Add(("episode", episode.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrWhiteSpace(clientId))
        {
            q.Add(("client_id", clientId.Trim()));
        }

        var sb = new StringBuilder(RedirectBase).Append('?');
        for (var i = 0; i < q.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('&');
            }

            sb.Append(q[i].Key).Append('=').Append(Uri.EscapeDataString(q[i].Value));
        }

        return sb.ToString();
    }
}

/// <summary>Redirect links of an airing's action menu (see <see cref="SimklLinks.Actions"/>).</summary>
public sealed record AiringRedirects(string Trailer, string Share);
