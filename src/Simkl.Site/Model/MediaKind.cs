namespace Simkl.Site.Model;

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

    // Every word the site uses for a kind, in one place; pages, feeds and widgets pick the form they need.

    /// <summary>Tab and heading label: "TV", "Anime", "Movies".</summary>
    public static string Label(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV",
        MediaKind.Anime => "Anime",
        _ => "Movies",
    };

    /// <summary>The kind of one item (a card's tag, a source): "TV", "Anime", "Movie".</summary>
    public static string SingularLabel(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV",
        MediaKind.Anime => "Anime",
        _ => "Movie",
    };

    /// <summary>Inside a sentence: "TV", "anime", "movies" ("Upcoming anime", "All trending movies").</summary>
    public static string Noun(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV",
        MediaKind.Anime => "anime",
        _ => "movies",
    };

    /// <summary>One of the kind as a modifier inside a sentence: "TV", "anime", "movie" ("the anime calendar").</summary>
    public static string SingularNoun(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV",
        MediaKind.Anime => "anime",
        _ => "movie",
    };

    /// <summary>What a calendar of the kind lists, inside a sentence: "TV episodes", "anime episodes", "movie releases".</summary>
    public static string Items(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV episodes",
        MediaKind.Anime => "anime episodes",
        _ => "movie releases",
    };

    /// <summary><see cref="Items"/> starting a sentence or a label: "TV episodes", "Anime episodes", "Movie releases".</summary>
    public static string ItemsLabel(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV episodes",
        MediaKind.Anime => "Anime episodes",
        _ => "Movie releases",
    };

    /// <summary>Counting airings of the kind: ("TV episode", "TV episodes"), ("anime episode", …), ("movie", "movies").</summary>
    public static (string One, string Many) CountNouns(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => ("TV episode", "TV episodes"),
        MediaKind.Anime => ("anime episode", "anime episodes"),
        _ => ("movie", "movies"),
    };

    /// <summary>What a title of the kind is: "TV show", "Anime", "Movie".</summary>
    public static string TitleNoun(this MediaKind kind) => kind switch
    {
        MediaKind.Tv => "TV show",
        MediaKind.Anime => "Anime",
        _ => "Movie",
    };

    /// <summary>One dated item of a title of the kind, inside a sentence: "episode", "release" ("Every release of …").</summary>
    public static string Occurrence(this MediaKind kind) => kind switch
    {
        MediaKind.Movie => "release",
        _ => "episode",
    };

    /// <summary>The column naming each dated item in a title page's table: "Episode", "Release".</summary>
    public static string ItemColumn(this MediaKind kind) => kind switch
    {
        MediaKind.Movie => "Release",
        _ => "Episode",
    };

    /// <summary>A title page's heading over what is coming: "Upcoming episodes", "Upcoming release dates".</summary>
    public static string UpcomingHeading(this MediaKind kind) => kind switch
    {
        MediaKind.Movie => "Upcoming release dates",
        _ => "Upcoming episodes",
    };

    /// <summary>A title page's heading over what has passed: "Recently aired", "Recent release dates".</summary>
    public static string RecentHeading(this MediaKind kind) => kind switch
    {
        MediaKind.Movie => "Recent release dates",
        _ => "Recently aired",
    };

    /// <summary>What one title's feed holds, after its name: "every episode", "release dates".</summary>
    public static string TitleFeedContents(this MediaKind kind) => kind switch
    {
        MediaKind.Movie => "release dates",
        _ => "every episode",
    };

    /// <summary>What a title page offers, for its description when the title has no overview.</summary>
    public static string TitlePageContents(this MediaKind kind) => kind switch
    {
        MediaKind.Movie => "release dates and details",
        _ => "upcoming episodes and air times",
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
