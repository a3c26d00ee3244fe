using System.Runtime.CompilerServices;
using System.Text.Json;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>The <c>episode</c> object of a calendar row or airing-list item, with the kind rules applied.</summary>
internal struct EpisodeFields
{
    /// <summary>Highest episode number kept: long-running anime and daily shows stay in the low thousands.</summary>
    public const int MaxEpisode = 100_000;

    /// <summary>Highest season number kept (some shows number seasons by year).</summary>
    public const int MaxSeason = 10_000;

    public bool Present;
    public int? Season;
    public int? Number;
    public string? Title;

    /// <summary>Normalised absolute simkl.com URL, or null.</summary>
    public string? Url;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static EpisodeFields Read(ref Utf8JsonReader r, ParseContext c)
    {
        var e = default(EpisodeFields);
        if (!JsonValues.IsOfType(JsonTokenType.StartObject, ref r, c, "episode"))
        {
            return e;
        }

        e.Present = true;
        Span<char> nameBuffer = stackalloc char[16];
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonValues.Name(in r, nameBuffer);
            r.Read();
            switch (name)
            {
                case "season":
                    e.Season = JsonValues.Int(ref r, c, "episode.season");
                    break;
                case "episode":
                    e.Number = JsonValues.Int(ref r, c, "episode.episode");
                    break;
                case "title":
                    e.Title = JsonValues.Word(ref r, c, "episode.title");
                    break;
                case "url":
                    e.Url = SimklUrls.Read(ref r, c, "episode.url");
                    break;
                default:
                    r.Skip();
                    break;
            }
        }

        return e;
    }

    /// <summary>
    /// Kind rules: movies have no episodes; anime have no seasons (absolute numbering); an episode
    /// object without a usable number becomes an episode-less row. Each repair is counted.
    /// </summary>
    public void Normalise(ParseContext c)
    {
        if (!Present)
        {
            return;
        }

        if (c.Kind == MediaKind.Movie)
        {
            c.Repair(WarningCodes.MovieEpisodeDropped, "episode");
            this = default;
            return;
        }

        if (Number is not (>= 0 and <= MaxEpisode))
        {
            c.Repair(WarningCodes.EpisodeInvalid, "episode.episode");
            this = default;
            return;
        }

        if (c.Kind == MediaKind.Anime && Season is not null)
        {
            c.Repair(WarningCodes.AnimeSeasonDropped, "episode.season");
            Season = null;
        }

        if (Season is < 0 or > MaxSeason)
        {
            c.Repair(WarningCodes.EpisodeInvalid, "episode.season");
            Season = null;
        }
    }
}
