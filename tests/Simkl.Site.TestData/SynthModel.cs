using Simkl.Site.Model;

namespace Simkl.Site.TestData;

/// <summary>Marks a JSON key that is left out entirely (as opposed to written as null).</summary>
public sealed class Absent
{
    public static readonly Absent Value = new();
    private Absent() { }
}

/// <summary>One rating source as the files write it; rating/votes may be int, double or null.</summary>
public sealed record SynthRating(string Source, object? Rating, object? Votes);

/// <summary>
/// One invented title with every field any Simkl file might carry. Each file writer picks the
/// fields its real counterpart has, so one title appears consistently across files.
/// </summary>
public sealed record SynthTitle
{
    public required MediaKind Kind { get; init; }
    public required long SimklId { get; init; }
    public required string Title { get; init; }
    public string? Romaji { get; init; }
    public required string Slug { get; init; }
    public string? Poster { get; init; }
    public string? Fanart { get; init; }

    /// <summary>External ids after simkl_id and slug, in file order; values string, number or null.</summary>
    public IReadOnlyList<(string Key, object? Value)> Ids { get; init; } = [];

    /// <summary>First release of the title (movies: the release day).</summary>
    public DateOnly Released { get; init; }

    public int? Rank { get; init; }
    public IReadOnlyList<SynthRating> Ratings { get; init; } = [];

    /// <summary>Display runtime ("45m", "1h 40m", "soon"); null is written as null.</summary>
    public string? Runtime { get; init; }

    /// <summary>Network; <see cref="Absent"/> leaves the key out, null writes null.</summary>
    public object? Network { get; init; } = Absent.Value;
    public string? Country { get; init; }
    public string? Status { get; init; }
    public int? TotalEpisodes { get; init; }
    public IReadOnlyList<string> Genres { get; init; } = [];
    public string? AnimeType { get; init; }
    public string? Overview { get; init; }
    public string? Trailer { get; init; }
    public DateOnly? Theater { get; init; }
    public DateOnly? DvdDate { get; init; }
    public string? MetadataLine { get; init; }

    /// <summary>Simkl's site-relative URL; defaults to /{section}/{id}/{slug}.</summary>
    public string? UrlOverride { get; init; }

    /// <summary>The v2 calendar files have no metadata record for this title (a real defensive case).</summary>
    public bool MissingFromV2Metadata { get; init; }

    /// <summary>Fields real clients never read; loaders must ignore them.</summary>
    public IReadOnlyList<(string Key, object? Value)> Extra { get; init; } = [];

    public string SiteUrl => UrlOverride ?? $"/{Kind.Section()}/{SimklId}/{Slug}";

    public string AbsoluteUrl => SiteUrl.StartsWith('/') ? "https://simkl.com" + SiteUrl : SiteUrl;

    public int Year => Released.Year;
}

/// <summary>One calendar row: an episode of a show/anime, or a movie release (no episode).</summary>
public sealed record SynthAiring
{
    public required SynthTitle Title { get; init; }

    /// <summary>The UTC instant the rolling v2 file gives.</summary>
    public required DateTime DateUtc { get; init; }

    /// <summary>The monthly archive still has the old date (rescheduled since); the rolling file wins.</summary>
    public DateTime? ArchiveDateUtc { get; init; }

    public bool HasEpisode { get; init; }
    public int? Season { get; init; }
    public int Episode { get; init; }
    public string? EpisodeTitle { get; init; }

    /// <summary>Episode URL override ("" or a hostile value); defaults to Simkl's absolute episode page.</summary>
    public string? EpisodeUrlOverride { get; init; }

    /// <summary>finale_type: null, 0..3, or <see cref="Absent"/> for a row without the key.</summary>
    public object? FinaleType { get; init; }

    public IReadOnlyList<(string Key, object? Value)> Extra { get; init; } = [];

    public string EpisodeUrl => EpisodeUrlOverride ?? (Season is { } s
        ? $"{Title.AbsoluteUrl}/season-{s}/episode-{Episode}/"
        : $"{Title.AbsoluteUrl}/episode-{Episode}/");

    public string SiteEpisodeUrl => Season is { } s
        ? $"{Title.SiteUrl}/season-{s}/episode-{Episode}"
        : $"{Title.SiteUrl}/episode-{Episode}";
}
