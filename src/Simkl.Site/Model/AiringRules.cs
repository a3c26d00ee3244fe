using System.Globalization;

namespace Simkl.Site.Model;

/// <summary>
/// What an airing is: premiere, finale, special, and whether its episode title says anything. The
/// one definition pages, feeds, the API, widgets and the changes log all use (docs/data-rules.md).
/// </summary>
public static partial class AiringRules
{
    /// <summary>
    /// Episode 1 of a season of a TV show (season 1 or later; a missing season counts as 1, specials
    /// and impossible seasons below 1 do not), or episode 1 of an anime. Movies are releases, not premieres.
    /// </summary>
    public static bool IsPremiere(Airing airing) => airing.Episode == 1 && airing.Kind switch
    {
        MediaKind.Tv => (airing.Season ?? 1) >= 1,
        MediaKind.Anime => true,
        _ => false,
    };

    /// <summary>A series premiere: S01E01 (or E01 with no season) of a TV show, or episode 1 of an anime.</summary>
    public static bool IsSeriesPremiere(Airing airing) =>
        IsPremiere(airing) && (airing.Kind == MediaKind.Anime || (airing.Season ?? 1) == 1);

    /// <summary>Season 0 of a TV show.</summary>
    public static bool IsSpecial(Airing airing) => airing.Kind == MediaKind.Tv && airing.Season == 0;

    public static bool IsFinale(Airing airing) => airing.Finale != FinaleKind.None;

    // What a kind can have at all, for the pages per kind: a page that could only ever be empty is
    // not built (and so never linked).

    /// <summary>TV and anime have premieres; movies are releases, never premieres (<see cref="IsPremiere"/>).</summary>
    public static bool KindHasPremieres(MediaKind kind) => kind != MediaKind.Movie;

    /// <summary>Simkl marks finales on episodes (a season's or series' last); a movie release has no episodes.</summary>
    public static bool KindHasFinales(MediaKind kind) => kind != MediaKind.Movie;

    /// <summary>Only TV has specials (season 0, <see cref="IsSpecial"/>).</summary>
    public static bool KindHasSpecials(MediaKind kind) => kind == MediaKind.Tv;

    /// <summary>The <c>data-finale</c> value: <c>mid-season</c>, <c>season</c>, <c>series</c>; null when not a finale.</summary>
    public static string? FinaleHook(FinaleKind finale) => finale switch
    {
        FinaleKind.MidSeason => "mid-season",
        FinaleKind.Season => "season",
        FinaleKind.Series => "series",
        _ => null,
    };

    /// <summary>"Mid-season finale", "Season finale", "Series finale"; null when not a finale.</summary>
    public static string? FinaleLabel(FinaleKind finale) => finale switch
    {
        FinaleKind.MidSeason => "Mid-season finale",
        FinaleKind.Season => "Season finale",
        FinaleKind.Series => "Series finale",
        _ => null,
    };

    /// <summary>"Series premiere" (S1E1, anime E1), "Season premiere" (a later season's E1), or null.</summary>
    public static string? PremiereLabel(Airing airing) => !IsPremiere(airing)
        ? null
        : IsSeriesPremiere(airing) ? "Series premiere" : "Season premiere";

    /// <summary>
    /// The episode title when it may be shown: never in spoiler-safe mode, and not when it is a
    /// placeholder that says nothing ("Episode 4" for episode 4, "TBA", "TBD").
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

        // The number the card already shows, however written: "Episode 9", "Episode 09", "Ep. 9",
        // "Episode #9". Another number says something (an absolute number on S02E04) and stays.
        if (airing.Episode is { } n && GenericEpisodeTitle().Match(t) is { Success: true } m
            && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number == n)
        {
            return null;
        }

        return t;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(episode|ep\.?)\s*#?\s*(?<n>\d{1,5})$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GenericEpisodeTitle();
}
