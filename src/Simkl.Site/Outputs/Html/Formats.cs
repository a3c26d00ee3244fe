using System.Globalization;
using Simkl.Site.Model;

namespace Simkl.Site.Outputs.Html;

/// <summary>Text formats for dates, times, numbers and paths; invariant culture everywhere.</summary>
public static class Formats
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string IsoDate(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    /// <summary>"Saturday, 28 November 2026".</summary>
    public static string LongDate(DateOnly d) => d.ToString("dddd, d MMMM yyyy", Inv);

    /// <summary>"Sat 28 Nov".</summary>
    public static string ShortDate(DateOnly d) => d.ToString("ddd d MMM", Inv);

    /// <summary>"November 2026".</summary>
    public static string MonthLabel(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", Inv);

    /// <summary>The site-zone wall-clock time of an instant, 24 h: "21:00".</summary>
    public static string ClockTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("HH:mm", Inv);

    /// <summary>"27 Nov 2026, 12:00" in the zone, for stamps.</summary>
    public static string Stamp(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM yyyy, HH:mm", Inv);

    public static string UtcMachine(DateTimeOffset instant) =>
        UtcText.Format(instant);

    public static string Number(long n) => n.ToString("#,0", Inv);

    public static string Rating(double value) => value.ToString("0.0", Inv);

    public static string Int(int n) => n.ToString(Inv);

    /// <summary>"S03E04", "Episode 12" (anime / no season), "Special 2" (season 0).</summary>
    public static string EpisodeLabel(MediaKind kind, int? season, int episode)
    {
        if (kind == MediaKind.Tv && season is { } s)
        {
            return s == 0 ? $"Special {Int(episode)}" : SeasonEpisode(s, episode);
        }

        return $"Episode {Int(episode)}";
    }

    // "S01E02" for every TV card of a build (about 170,000 at production size): two-digit numbers
    // are written directly, the rest through the "00" number format, which is what both produce.
    private static string SeasonEpisode(int season, int episode) =>
        season is >= 0 and < 100 && episode is >= 0 and < 100
            ? string.Create(6, (season, episode), static (chars, n) =>
            {
                chars[0] = 'S';
                chars[1] = (char)('0' + (n.season / 10));
                chars[2] = (char)('0' + (n.season % 10));
                chars[3] = 'E';
                chars[4] = (char)('0' + (n.episode / 10));
                chars[5] = (char)('0' + (n.episode % 10));
            })
            : string.Create(Inv, $"S{season:00}E{episode:00}");

    /// <summary>"Episodes 1–8", with the season for TV: "S02 · Episodes 1–8".</summary>
    public static string EpisodeRange(MediaKind kind, int? season, int first, int last)
    {
        var range = $"Episodes {Int(first)}\u2013{Int(last)}";
        return kind == MediaKind.Tv && season is { } s and > 0 ? string.Create(Inv, $"S{s:00} · {range}") : range;
    }

}
