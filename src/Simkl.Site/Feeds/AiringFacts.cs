using System.Globalization;
using Simkl.Site.Catalogue;

namespace Simkl.Site.Feeds;

/// <summary>
/// What feeds, JSON and widgets say about one airing: premiere / finale / special flags (the same
/// rules as the page markup hooks), the episode code and the one-line summary.
/// </summary>
public static class AiringFacts
{
    /// <summary>Episode 1 of a season (TV, not specials) or episode 1 (anime). Movies are releases, not premieres.</summary>
    public static bool IsPremiere(Airing airing) => airing.Episode == 1 && airing.Kind switch
    {
        MediaKind.Tv => airing.Season is not 0,
        MediaKind.Anime => true,
        _ => false,
    };

    /// <summary>Season 0 of a TV show.</summary>
    public static bool IsSpecial(Airing airing) => airing.Kind == MediaKind.Tv && airing.Season == 0;

    public static bool IsFinale(Airing airing) => airing.Finale != FinaleKind.None;

    /// <summary>The <c>data-finale</c> value: <c>mid-season</c>, <c>season</c>, <c>series</c>, or null.</summary>
    public static string? FinaleHook(FinaleKind finale) => finale switch
    {
        FinaleKind.MidSeason => "mid-season",
        FinaleKind.Season => "season",
        FinaleKind.Series => "series",
        _ => null,
    };

    public static string? FinaleLabel(FinaleKind finale) => finale switch
    {
        FinaleKind.MidSeason => "Mid-season finale",
        FinaleKind.Season => "Season finale",
        FinaleKind.Series => "Series finale",
        _ => null,
    };

    /// <summary>"Season premiere", "Series premiere" (S1E1 / anime E1) or null.</summary>
    public static string? PremiereLabel(Airing airing) => !IsPremiere(airing)
        ? null
        : airing.Kind == MediaKind.Anime || airing.Season is null or 1 ? "Series premiere" : "Season premiere";

    /// <summary><c>S01E04</c> for TV, <c>E14</c> for anime, empty for movies and episode-less rows.</summary>
    public static string EpisodeCode(Airing airing)
    {
        if (airing.Episode is not { } episode)
        {
            return "";
        }

        var e = episode.ToString("00", CultureInfo.InvariantCulture);
        return airing.Kind == MediaKind.Tv
            ? $"S{(airing.Season ?? 0).ToString("00", CultureInfo.InvariantCulture)}E{e}"
            : $"E{e}";
    }

    /// <summary>
    /// The episode title when it may be shown: never in spoiler-safe mode, and not when it is a
    /// placeholder that says nothing ("Episode 4", "TBA").
    /// </summary>
    public static string? ShownEpisodeTitle(Airing airing, bool spoilerSafe)
    {
        if (spoilerSafe || string.IsNullOrWhiteSpace(airing.EpisodeTitle))
        {
            return null;
        }

        var t = airing.EpisodeTitle.Trim();
        if (t.Equals("TBA", StringComparison.OrdinalIgnoreCase) || t.Equals("TBD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (airing.Episode is { } n && t.Equals($"Episode {n.ToString(CultureInfo.InvariantCulture)}", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return t;
    }

    /// <summary><c>Title S01E04</c>, <c>Title E14</c>, <c>Title</c>; <c>: Episode title</c> appended unless spoiler-safe.</summary>
    public static string Summary(Title title, Airing airing, bool spoilerSafe)
    {
        var code = EpisodeCode(airing);
        var s = code.Length == 0 ? title.Name : $"{title.Name} {code}";
        return ShownEpisodeTitle(airing, spoilerSafe) is { } episodeTitle ? $"{s}: {episodeTitle}" : s;
    }

    /// <summary>Airings in feed order: by time, then by key (ordinal), so equal times never swap between builds.</summary>
    public static IEnumerable<Airing> InFeedOrder(IEnumerable<Airing> airings) =>
        airings.OrderBy(a => a.When.SortKey).ThenBy(a => a.Key, StringComparer.Ordinal);
}
