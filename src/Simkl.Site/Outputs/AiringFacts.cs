using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Outputs.Html;

namespace Simkl.Site.Outputs;

/// <summary>
/// What feeds, JSON and widgets say about one airing beyond <see cref="AiringRules"/>: the episode
/// code, the one-line summary and the feed order.
/// </summary>
public static class AiringFacts
{

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

    /// <summary><c>Title S01E04</c>, <c>Title E14</c>, <c>Title</c>; <c>: Episode title</c> appended unless spoiler-safe.</summary>
    public static string Summary(Title title, Airing airing, bool spoilerSafe)
    {
        var code = EpisodeCode(airing);
        var s = code.Length == 0 ? title.Name : $"{title.Name} {code}";
        return AiringRules.ShownEpisodeTitle(airing, spoilerSafe) is { } episodeTitle ? $"{s}: {episodeTitle}" : s;
    }

    /// <summary>Airings in feed order: by time, then by key (ordinal), so equal times never swap between builds.</summary>
    public static IEnumerable<Airing> InFeedOrder(IEnumerable<Airing> airings) =>
        airings.OrderBy(a => a.When.SortKey).ThenBy(a => a.Key, StringComparer.Ordinal);
}
