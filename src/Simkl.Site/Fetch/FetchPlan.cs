using Simkl.Site.Model;
using Simkl.Site.Settings;

namespace Simkl.Site.Fetch;

/// <summary>A v2 calendar file with the v1 counterpart fetched only when v2 is missing or unusable.</summary>
public sealed record CalendarJob(SourceSpec V2, SourceSpec V1);

/// <summary>A CDN trending file with the API endpoint fetched only when the file fails.</summary>
public sealed record TrendingJob(SourceSpec File, SourceSpec Api);

/// <summary>A paginated API list: pages 1..min(page count, <see cref="PageLimit"/>).</summary>
public sealed record PagedJob(MediaKind Kind, string Variant, int PageLimit, int PageSize)
{
    public string IdPrefix => $"premieres/{Kind.Section()}/{Variant}/";

    public SourceSpec Page(int page) => SourceSpec.Premieres(Kind, Variant, page, PageSize);
}

/// <summary>Everything one fetch asks for, in the order it is reported and stored.</summary>
public sealed record FetchPlan(
    IReadOnlyList<CalendarJob> Calendars,
    IReadOnlyList<TrendingJob> Trending,
    IReadOnlyList<PagedJob> Premieres,
    IReadOnlyList<SourceSpec> ApiLists)
{
    private static readonly string[] Intervals = ["today", "week", "month"];
    private static readonly string[] PremiereVariants = ["new", "soon"];
    private static readonly string[] AiringDays = ["today", "tomorrow"];
    private static readonly string[] BestFilters = ["year", "month", "all", "voted", "watched"];
    private static readonly MediaKind[] ListKinds = [MediaKind.Tv, MediaKind.Anime];

    /// <summary>Rolling calendars, the archive window around <paramref name="now"/>, and the lists the settings ask for.</summary>
    public static FetchPlan For(SiteSettings settings, DateTimeOffset now, int pageSize)
    {
        var lists = settings.Lists;
        Check("lists.trendingIntervals", lists.TrendingIntervals, Intervals);
        Check("lists.premieres", lists.Premieres, PremiereVariants);
        Check("lists.airing", lists.Airing, AiringDays);
        Check("lists.best", lists.Best, BestFilters);
        if (lists.PremierePageLimit < 1)
        {
            throw new SiteException("lists.premierePageLimit must be at least 1.");
        }

        var months = CalendarMonth.Window(now, settings.MonthsBack, settings.MonthsAhead);
        var calendars = MediaKindNames.All.Select(k => new CalendarJob(SourceSpec.CalendarV2(k, null), SourceSpec.CalendarV1(k, null)))
            .Concat(months.SelectMany(m => MediaKindNames.All.Select(k => new CalendarJob(SourceSpec.CalendarV2(k, m), SourceSpec.CalendarV1(k, m)))));
        var trending = MediaKindNames.All.SelectMany(k => lists.TrendingIntervals.Distinct().Select(i =>
            new TrendingJob(SourceSpec.TrendingFile(k, i, lists.TrendingSize), SourceSpec.TrendingApi(k, i))));
        var premieres = ListKinds.SelectMany(k => lists.Premieres.Distinct().Select(v => new PagedJob(k, v, lists.PremierePageLimit, pageSize)));
        var apiLists = ListKinds.SelectMany(k => lists.Airing.Distinct().Select(d => SourceSpec.Airing(k, d)))
            .Concat(ListKinds.SelectMany(k => lists.Best.Distinct().Select(f => SourceSpec.Best(k, f))));
        return new FetchPlan([.. calendars], [.. trending], [.. premieres], [.. apiLists]);
    }

    private static void Check(string key, IReadOnlyList<string> values, string[] allowed)
    {
        foreach (var value in values)
        {
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                throw new SiteException($"{key}: unknown value '{value}' (use {string.Join(", ", allowed)}).");
            }
        }
    }
}
