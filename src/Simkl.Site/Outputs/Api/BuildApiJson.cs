using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Rendering;
using Simkl.Site.Urls;
using Simkl.Site.Index;

namespace Simkl.Site.Outputs.Api;

/// <summary>
/// Writes the versioned JSON API under <c>/api/v1/</c> (calendar, per-kind calendars, trending,
/// premieres, the capture time, the site-wide feeds) and the JSON Schemas that document it under <c>/api/v1/schema/</c>.
/// Every value is a function of the snapshot, settings and kept stamps: <c>generatedAt</c> is the
/// capture time of the snapshot since which the document's content is unchanged
/// (<see cref="BuildContext.StampOf"/>), so a file changes only with what it shows; only
/// <c>capture.json</c> changes with every capture. Items are in feed order, and property order is
/// fixed by the model records.
/// </summary>
public sealed class BuildApiJson : IOutputGenerator
{
    public const int Version = 1;

    /// <summary>The schema files, one per document type plus the shared definitions.</summary>
    public static readonly IReadOnlyList<string> SchemaNames = ["common", "calendar", "trending", "premieres", "capture", "feeds"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
    };

    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        var window = index.Window;
        var upcoming = AiringFacts.InFeedOrder(index.AiringsBetween(window.UpcomingFrom, window.UpcomingTo))
            .Select(a => Item(context, a))
            .OfType<ApiCalendarItem>()
            .ToList();

        yield return Stamped(context, SiteUrls.File(SiteUrls.ApiCalendar(null)), at => Calendar(context, window, "all", upcoming, at));
        foreach (var kind in MediaKindNames.All)
        {
            IReadOnlyList<ApiCalendarItem> items = [.. upcoming.Where(i => i.Kind == kind.Hook())];
            yield return Stamped(context, SiteUrls.File(SiteUrls.ApiCalendar(kind)), at => Calendar(context, window, kind.Hook(), items, at));
        }

        foreach (var kind in MediaKindNames.All)
        {
            yield return Stamped(context, SiteUrls.File(SiteUrls.ApiTrending(kind)), at => Trending(context, kind, at));
        }

        yield return Stamped(context, SiteUrls.File(SiteUrls.ApiPremieres), at => Premieres(context, index, at));
        yield return Write(SiteUrls.File(SiteUrls.ApiCapture),
            new ApiCapture(SchemaUrl(context, "capture"), Version, Instant(context.Catalogue.Snapshot.CapturedAt)));
        yield return Write(SiteUrls.File(SiteUrls.ApiFeeds), Feeds(context));

        foreach (var name in SchemaNames)
        {
            yield return new OutputFile(SiteUrls.File(SiteUrls.ApiSchema(name)), Schema(name));
        }
    }

    /// <summary>The text of a bundled schema file (<c>Api/Schema/{name}.json</c>).</summary>
    public static byte[] Schema(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Simkl.Site.Outputs.Api.Schema.{name}.json")
            ?? throw new SiteException($"Missing bundled schema {name}.json.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static OutputFile Write<T>(string path, T document) =>
        new(path, (byte[])[.. JsonSerializer.SerializeToUtf8Bytes(document, Json), (byte)'\n']);

    /// <summary>
    /// A document whose <c>generatedAt</c> is its content's stamp: made once without it to hash
    /// what it shows (<see cref="ModelHash"/>, as pages and Atom entries are), then with the stamp
    /// kept for that content (or this capture's time).
    /// </summary>
    private static OutputFile Stamped<T>(BuildContext context, string path, Func<string, T> document) =>
        Write(path, document(Instant(context.StampOf(path, ModelHash.Of(document(""))))));

    private static string SchemaUrl(BuildContext context, string name) =>
        SiteUrls.Absolute(context.Settings.BaseUrl, SiteUrls.ApiSchema(name));

    private static ApiSite Site(BuildContext context) =>
        new(context.Settings.Title, context.Settings.BaseUrl + "/", context.Settings.TimeZone, context.Settings.SpoilerSafe);

    private static ApiCalendar Calendar(BuildContext context, FeedWindow window, string kind, IReadOnlyList<ApiCalendarItem> items, string generatedAt) =>
        new(SchemaUrl(context, "calendar"), Version, generatedAt, Site(context), kind,
            Day(window.UpcomingFrom), Day(window.UpcomingTo), items);

    private static ApiCalendarItem? Item(BuildContext context, Airing airing)
    {
        if (context.Catalogue.FindTitle(airing.Kind, airing.SimklId) is not { } title)
        {
            return null;
        }

        var settings = context.Settings;
        var code = AiringFacts.EpisodeCode(airing);
        return new ApiCalendarItem(
            Key: airing.Key,
            Kind: airing.Kind.Hook(),
            SimklId: airing.SimklId,
            Title: title.Name,
            Season: airing.Kind == MediaKind.Tv ? airing.Season : null,
            Episode: airing.Episode,
            EpisodeCode: code.Length == 0 ? null : code,
            EpisodeTitle: AiringRules.ShownEpisodeTitle(airing, settings.SpoilerSafe),
            AirsAt: airing.When.Instant is { } i ? Instant(i) : null,
            Date: airing.When.Date is { } d ? Day(d) : null,
            SiteDay: Day(airing.When.DayIn(context.Zone)),
            Premiere: AiringRules.IsPremiere(airing),
            Finale: AiringRules.FinaleHook(airing.Finale),
            Special: AiringRules.IsSpecial(airing),
            RuntimeMinutes: title.RuntimeMinutes,
            Network: string.IsNullOrWhiteSpace(title.Network) ? null : title.Network.Trim(),
            Poster: SimklImages.Poster(title, SimklImages.PosterCard),
            Url: SimklLinks.EpisodeUrl(title, airing),
            TitleUrl: SimklLinks.TitleUrl(title),
            PageUrl: SiteUrls.Absolute(settings.BaseUrl, SiteUrls.Title(title)),
            IcsUrl: SiteUrls.Absolute(settings.BaseUrl, SiteUrls.IcsTitle(title.Kind, title.SimklId, false)),
            MarkWatchedUrl: SimklLinks.MarkWatched(title, airing, settings.ClientId, settings.MarkWatchedMovies));
    }

    private static ApiFeeds Feeds(BuildContext context) =>
        new(SchemaUrl(context, "feeds"), Version, [.. FeedLinks.SiteWide(context.Settings).Select(f => new ApiFeed(
            f.Label,
            new ApiFeedLinks(f.Href, f.Url, f.Webcal, f.Google, f.Outlook),
            new ApiFeedLinks(f.AllDayHref, f.AllDayUrl, f.AllDayWebcal, f.AllDayGoogle, f.AllDayOutlook)))]);

    private static ApiTrending Trending(BuildContext context, MediaKind kind, string generatedAt)
    {
        IReadOnlyList<ApiTrendingItem> Interval(string variant) =>
            context.Catalogue.FindList(new ListId(ListFamily.Trending, kind, variant)) is { } list
                ? [.. list.Entries.OrderBy(e => e.Position).Select(e => TrendingItem(context, e)).OfType<ApiTrendingItem>()]
                : [];

        return new ApiTrending(SchemaUrl(context, "trending"), Version, generatedAt, Site(context), kind.Hook(),
            SimklLinks.MostWatched(kind), new ApiTrendingIntervals(Interval("today"), Interval("week"), Interval("month")));
    }

    private static ApiTrendingItem? TrendingItem(BuildContext context, ListEntry entry)
    {
        if (context.Catalogue.FindTitle(entry.Kind, entry.SimklId) is not { } title)
        {
            return null;
        }

        return new ApiTrendingItem(entry.Position, title.Kind.Hook(), title.SimklId, title.Name, title.Year, title.Rank,
            title.RatingFrom("simkl")?.Value, entry.Watched, entry.PlanToWatch,
            string.IsNullOrWhiteSpace(title.Network) ? null : title.Network.Trim(),
            SimklImages.Poster(title, SimklImages.PosterCard), SimklLinks.TitleUrl(title),
            SiteUrls.Absolute(context.Settings.BaseUrl, SiteUrls.Title(title)));
    }

    private static ApiPremieres Premieres(BuildContext context, SiteIndex index, string generatedAt)
    {
        var items = AiringFacts.InFeedOrder(index.AiringsBetween(index.Window.UpcomingFrom)
                .Where(AiringRules.IsPremiere))
            .Select(a => Item(context, a))
            .OfType<ApiCalendarItem>()
            .ToList();

        ApiPremiereLists Lists(MediaKind kind)
        {
            IReadOnlyList<ApiPremiereListItem> One(string variant) =>
                context.Catalogue.FindList(new ListId(ListFamily.Premieres, kind, variant)) is { } list
                    ? [.. list.Entries.OrderBy(e => e.Position).Select(e => PremiereListItem(context, e)).OfType<ApiPremiereListItem>()]
                    : [];
            return new ApiPremiereLists(One("new"), One("soon"));
        }

        return new ApiPremieres(SchemaUrl(context, "premieres"), Version, generatedAt, Site(context),
            Day(index.Window.UpcomingFrom), items, new ApiPremiereListsByKind(Lists(MediaKind.Tv), Lists(MediaKind.Anime)));
    }

    private static ApiPremiereListItem? PremiereListItem(BuildContext context, ListEntry entry)
    {
        if (context.Catalogue.FindTitle(entry.Kind, entry.SimklId) is not { } title)
        {
            return null;
        }

        return new ApiPremiereListItem(entry.Position, title.Kind.Hook(), title.SimklId, title.Name, title.Year,
            entry.When?.Instant is { } i ? Instant(i) : null,
            entry.When?.Date is { } d ? Day(d) : null,
            entry.When is { } w ? Day(w.DayIn(context.Zone)) : null,
            SimklImages.Poster(title, SimklImages.PosterCard), SimklLinks.TitleUrl(title),
            SiteUrls.Absolute(context.Settings.BaseUrl, SiteUrls.Title(title)));
    }

    public static string Instant(DateTimeOffset value) =>
        UtcText.Format(value);

    public static string Day(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
