namespace Simkl.Site.Model;

/// <summary>A rating from one source (simkl, imdb, mal); either part may be unknown.</summary>
public sealed record Rating(string Source, double? Value, int? Votes);

/// <summary>
/// One show, anime or movie, normalised from whichever Simkl files mention it.
/// Immutable; shared read-only across render threads.
/// </summary>
public sealed record Title
{
    public required long SimklId { get; init; }
    public required MediaKind Kind { get; init; }

    /// <summary>URL-safe slug (already sanitised: lowercase a-z, 0-9 and '-'; never empty).</summary>
    public required string Slug { get; init; }

    /// <summary>Display title (English where Simkl gives one).</summary>
    public required string Name { get; init; }

    public string? RomajiName { get; init; }
    public string? PosterPath { get; init; }
    public string? FanartPath { get; init; }

    /// <summary>External ids as strings, whatever JSON type arrived (keys: tmdb, imdb, tvdb, mal, anidb, anilist, ...).</summary>
    public IReadOnlyDictionary<string, string> Ids { get; init; } = EmptyIds;

    /// <summary>Simkl rank; null when unranked (0, negative or missing upstream).</summary>
    public int? Rank { get; init; }

    public IReadOnlyList<Rating> Ratings { get; init; } = [];

    /// <summary>Genres, de-duplicated, in first-seen order.</summary>
    public IReadOnlyList<string> Genres { get; init; } = [];

    public string? Network { get; init; }
    public string? Country { get; init; }

    /// <summary>Runtime in minutes when the text could be parsed.</summary>
    public int? RuntimeMinutes { get; init; }

    /// <summary>Runtime exactly as Simkl wrote it (e.g. "1h 40m", "soon").</summary>
    public string? RuntimeText { get; init; }

    public string? Status { get; init; }
    public int? Year { get; init; }
    public DateOnly? ReleaseDate { get; init; }
    public int? TotalEpisodes { get; init; }

    /// <summary>Anime sub-type (tv, movie, ova, ona, special, music video).</summary>
    public string? AnimeType { get; init; }

    /// <summary>Overview as Simkl sent it; may hold HTML and must be sanitised before rendering.</summary>
    public string? Overview { get; init; }

    /// <summary>YouTube id of a trailer when Simkl gave one.</summary>
    public string? Trailer { get; init; }

    /// <summary>Absolute https URL of the title on simkl.com.</summary>
    public required string SimklUrl { get; init; }

    public static readonly IReadOnlyDictionary<string, string> EmptyIds = new Dictionary<string, string>();

    public Rating? RatingFrom(string source) => Ratings.FirstOrDefault(r => r.Source == source);
}
