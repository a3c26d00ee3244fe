namespace Simkl.Site.Catalogue;

/// <summary>The three kinds of title Simkl publishes calendars for.</summary>
public enum MediaKind
{
    Tv,
    Anime,
    Movie,
}

public static class MediaKindNames
{
    public static readonly IReadOnlyList<MediaKind> All = [MediaKind.Tv, MediaKind.Anime, MediaKind.Movie];

    /// <summary>The value of the <c>data-kind</c> markup hook: <c>tv</c>, <c>anime</c>, <c>movie</c>.</summary>
    public static string Hook(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "tv",
        MediaKind.Anime => "anime",
        _ => "movie",
    };

    /// <summary>The URL section, ours and Simkl's: <c>tv</c>, <c>anime</c>, <c>movies</c>.</summary>
    public static string Section(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "tv",
        MediaKind.Anime => "anime",
        _ => "movies",
    };

    /// <summary>Simkl's calendar file name for the kind: <c>tv</c>, <c>anime</c>, <c>movie_release</c>.</summary>
    public static string CalendarFile(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "tv",
        MediaKind.Anime => "anime",
        _ => "movie_release",
    };

    public static string Label(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV",
        MediaKind.Anime => "Anime",
        _ => "Movies",
    };

    public static bool TryParseSection(string? text, out MediaKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "tv" or "show" or "shows":
                kind = MediaKind.Tv;
                return true;
            case "anime":
                kind = MediaKind.Anime;
                return true;
            case "movie" or "movies" or "movie_release":
                kind = MediaKind.Movie;
                return true;
            default:
                kind = MediaKind.Tv;
                return false;
        }
    }
}
