using System.Runtime.CompilerServices;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Load;

/// <summary>
/// Title data from one record of one file, before merging. Mutable and private to the loader;
/// <see cref="FillFrom"/> merges field by field (a set field is never overwritten, so the caller's
/// order of sources is the precedence) and <see cref="ToTitle"/> makes the immutable model.
/// </summary>
internal sealed class TitleDraft
{
    public long SimklId;
    public MediaKind Kind;

    /// <summary>Where this draft came from (for debugging).</summary>
    public string Source = "";

    /// <summary>True once the draft is in the <see cref="MetadataCache"/>: other files reference it, so it must not change.</summary>
    public bool Shared;

    public string? Name;
    public string? RomajiName;
    public string? RawSlug;

    /// <summary>Already normalised to an absolute simkl.com URL (or null).</summary>
    public string? Url;
    public string? PosterPath;
    public string? FanartPath;
    public int? Rank;
    public string? Network;
    public string? Country;
    public int? RuntimeMinutes;
    public string? RuntimeText;
    public string? Status;
    public int? Year;
    public DateOnly? ReleaseDate;
    public int? TotalEpisodes;
    public string? AnimeType;
    public string? Overview;
    public string? Trailer;

    public readonly List<KeyValuePair<string, string>> Ids = [];
    public readonly List<Rating> Ratings = [];
    public readonly List<string> Genres = [];

    public void Reset(MediaKind kind, string source)
    {
        SimklId = 0;
        Kind = kind;
        Source = source;
        Name = RomajiName = RawSlug = Url = PosterPath = FanartPath = null;
        Network = Country = RuntimeText = Status = AnimeType = Overview = Trailer = null;
        Rank = RuntimeMinutes = Year = TotalEpisodes = null;
        ReleaseDate = null;
        Ids.Clear();
        Ratings.Clear();
        Genres.Clear();
    }

    /// <summary>A copy with its own lists (the scratch draft of a parser is reused per row).</summary>
    public TitleDraft Clone()
    {
        var copy = new TitleDraft { SimklId = SimklId, Kind = Kind, Source = Source };
        copy.FillFrom(this);
        return copy;
    }

    /// <summary>Fills every field that is still unset from <paramref name="other"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FillFrom(TitleDraft other)
    {
        if (Shared)
        {
            throw new InvalidOperationException("a shared title draft must not be changed; clone it first");
        }

        Name ??= other.Name;
        RomajiName ??= other.RomajiName;
        RawSlug ??= other.RawSlug;
        Url ??= other.Url;
        PosterPath ??= other.PosterPath;
        FanartPath ??= other.FanartPath;
        Rank ??= other.Rank;
        Network ??= other.Network;
        Country ??= other.Country;
        if (RuntimeMinutes is null && RuntimeText is null)
        {
            RuntimeMinutes = other.RuntimeMinutes;
            RuntimeText = other.RuntimeText;
        }

        Status ??= other.Status;
        Year ??= other.Year;
        ReleaseDate ??= other.ReleaseDate;
        TotalEpisodes ??= other.TotalEpisodes;
        AnimeType ??= other.AnimeType;
        Overview ??= other.Overview;
        Trailer ??= other.Trailer;

        foreach (var id in other.Ids)
        {
            if (!HasId(id.Key))
            {
                Ids.Add(id);
            }
        }

        foreach (var r in other.Ratings)
        {
            if (!HasRating(r.Source))
            {
                Ratings.Add(r);
            }
        }

        if (Genres.Count == 0)
        {
            Genres.AddRange(other.Genres);
        }
    }

    public bool HasId(string key)
    {
        foreach (var id in Ids)
        {
            if (id.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    public bool HasRating(string source)
    {
        foreach (var r in Ratings)
        {
            if (r.Source == source)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Genres are compared without case ("Action" and "action" are one genre).</summary>
    public bool HasGenre(string genre)
    {
        foreach (var g in Genres)
        {
            if (string.Equals(g, genre, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public Title ToTitle()
    {
        var slug = Slugs.ForTitle(SimklId, RawSlug, Name, RomajiName);
        IReadOnlyDictionary<string, string> ids = Title.EmptyIds;
        if (Ids.Count > 0)
        {
            var d = new Dictionary<string, string>(Ids.Count, StringComparer.Ordinal);
            foreach (var (k, v) in Ids)
            {
                d[k] = v;
            }

            ids = d;
        }

        return new Title
        {
            SimklId = SimklId,
            Kind = Kind,
            Slug = slug,
            Name = Name ?? slug,
            RomajiName = RomajiName,
            PosterPath = PosterPath,
            FanartPath = FanartPath,
            Ids = ids,
            Rank = Rank,
            Ratings = Ratings.Count == 0 ? [] : [.. Ratings],
            Genres = Genres.Count == 0 ? [] : [.. Genres],
            Network = Network,
            Country = Country,
            RuntimeMinutes = RuntimeMinutes,
            RuntimeText = RuntimeText,
            Status = Status,
            Year = Year ?? ReleaseDate?.Year,
            ReleaseDate = ReleaseDate,
            TotalEpisodes = TotalEpisodes,
            AnimeType = AnimeType,
            Overview = Overview,
            Trailer = Trailer,
            SimklUrl = SimklLinks.TitleUrl(Kind, SimklId, slug, Url),
        };
    }
}
