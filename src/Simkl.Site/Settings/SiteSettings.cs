namespace Simkl.Site.Settings;

/// <summary>
/// Settings from <c>input/site.json</c>, overridable by command-line options. Secrets never live
/// here: the Simkl client id comes only from the environment (<c>SIMKL_CLIENT_ID</c>).
/// </summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Simkl.Site";
    public string Description { get; init; } = "TV, anime and movie calendar built from Simkl's public data.";

    /// <summary>Absolute base URL the site is published at, no trailing slash.</summary>
    public string BaseUrl { get; init; } = "https://example.netlify.app";

    /// <summary>IANA zone the static pages group days in.</summary>
    public string TimeZone { get; init; } = "UTC";

    public string Language { get; init; } = "en";

    /// <summary>Days the upcoming calendar shows, starting today.</summary>
    public int UpcomingDays { get; init; } = 14;

    /// <summary>Days the home page shows, starting today.</summary>
    public int HomeDays { get; init; } = 3;

    /// <summary>More than this many episodes of one title on one day collapse into one card.</summary>
    public int BingeThreshold { get; init; } = 3;

    /// <summary>Hide episode titles and stills everywhere (pages, feeds, widgets).</summary>
    public bool SpoilerSafe { get; init; }

    /// <summary>Render "mark as watched" for movies too (Simkl's redirect documents episodes only).</summary>
    public bool MarkWatchedMovies { get; init; }

    /// <summary>Which lists to fetch and render.</summary>
    public ListSettings Lists { get; init; } = new();

    /// <summary>Calendar archive window for fetch: months back from the current month, and ahead.</summary>
    public int MonthsBack { get; init; } = 12;
    public int MonthsAhead { get; init; } = 2;

    /// <summary>
    /// User-Agent for fetch; null sends <c>Simkl.Site/&lt;version&gt;</c>. Operators may name their
    /// site or a contact here so Simkl can reach them.
    /// </summary>
    public string? UserAgent { get; init; }

    /// <summary>Public Simkl client id, from SIMKL_CLIENT_ID only; null disables watched buttons and API lists.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ClientId { get; init; }
}

public sealed record ListSettings
{
    public IReadOnlyList<string> TrendingIntervals { get; init; } = ["today", "week", "month"];

    /// <summary>100 or 500, the sizes Simkl publishes.</summary>
    public int TrendingSize { get; init; } = 100;

    public IReadOnlyList<string> Premieres { get; init; } = ["new", "soon"];
    public int PremierePageLimit { get; init; } = 3;
    public IReadOnlyList<string> Airing { get; init; } = ["today", "tomorrow"];
    public IReadOnlyList<string> Best { get; init; } = ["all"];
}
