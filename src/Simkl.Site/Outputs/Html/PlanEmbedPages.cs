using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// The widget pages: <c>/embed/calendar/</c> and <c>/embed/calendar/{tv,anime,movies}/</c> for
/// iframes (each also as <c>…/light/</c> and <c>…/dark/</c> static variants, for hosts that want a
/// fixed theme without relying on the <c>?theme=</c> script), and the <c>/embed/</c> index that
/// shows every widget live with its snippet.
/// </summary>
public static class PlanEmbedPages
{
    public const string BaseLayout = "embed-base";

    /// <summary>Days a compact widget shows, starting today (fewer when the site's window is shorter).</summary>
    public const int Days = 7;

    public static readonly IReadOnlyList<string> Themes = ["auto", "light", "dark"];

    public static IEnumerable<PagePlan> Run(BuildContext context, PageIndex index, PageViews views)
    {
        var settings = context.Settings;
        var today = context.Today;
        var days = Math.Min(Days, settings.UpcomingDays);
        foreach (var kind in new MediaKind?[] { null, MediaKind.Tv, MediaKind.Anime, MediaKind.Movie })
        {
            var calendar = Window(index, today, days, kind);
            var what = kind?.ItemsLabel() ?? "TV, anime and movies";
            foreach (var theme in Themes)
            {
                var path = SiteUrls.EmbedCalendar(kind, theme);
                var heading = $"{what}: next {days} days";
                var page = views.Make(path, heading, $"{what} for the next {days} days, from {settings.Title}. A widget for other sites.", "embed") with
                {
                    NoIndex = true,
                    HasTimes = true,
                    HasToday = calendar.HasToday,
                };
                yield return new PagePlan(SiteUrls.File(path), "embed-calendar", page, new EmbedCalendarModel
                {
                    Heading = heading,
                    Kind = kind?.Hook() ?? "all",
                    Theme = theme,
                    Calendar = calendar,
                    FullCalendarUrl = SiteUrls.Absolute(settings.BaseUrl, SiteUrls.Calendar(kind)),
                    EmptyText = $"Nothing scheduled in the next {days} days.",
                }, BaseLayout);
            }
        }

        yield return Index(context, index, views);
    }

    /// <summary>The next <paramref name="count"/> days that have airings (of a kind), plus today even when empty.</summary>
    internal static CalendarView Window(PageIndex index, DateOnly today, int count, MediaKind? kind)
    {
        var list = new List<DayView>();
        for (var i = 0; i < count; i++)
        {
            var date = today.AddDays(i);
            IReadOnlyList<AiringCard> cards = index.DayMap.TryGetValue(date, out var entry)
                ? [.. entry.Cards.Where(c => kind is not { } k || c.Kind == k.Hook()).Select(c => c with { Embed = true })]
                : [];
            if (cards.Count > 0 || date == today)
            {
                list.Add(new DayView
                {
                    Date = Formats.IsoDate(date),
                    Label = Formats.ShortDate(date),
                    IsToday = date == today,
                    Cards = cards,
                });
            }
        }

        return new CalendarView(list);
    }

    private static PagePlan Index(BuildContext context, PageIndex index, PageViews views)
    {
        var settings = context.Settings;
        string Abs(string path) => SiteUrls.Absolute(settings.BaseUrl, path);
        var script = Abs(SiteUrls.WidgetScript);

        var variants = new List<LinkView>();
        foreach (var kind in new MediaKind?[] { null, MediaKind.Tv, MediaKind.Anime, MediaKind.Movie })
        {
            foreach (var theme in Themes)
            {
                variants.Add(new LinkView(SiteUrls.EmbedCalendar(kind, theme),
                    $"{(kind is { } k ? k.Label() : "All kinds")}, {(theme == "auto" ? "theme follows the visitor" : theme)}"));
            }
        }

        var data = new List<LinkView>
        {
            new(SiteUrls.ApiCalendar(null), "Upcoming calendar (JSON)"),
            new(SiteUrls.ApiPremieres, "Premieres (JSON)"),
            new(SiteUrls.ApiTrending(MediaKind.Tv), "Trending TV (JSON)"),
            new(SiteUrls.ApiSchema("calendar"), "JSON Schema of the calendar"),
            new(SiteUrls.IcsAll(false), "Everything as an iCalendar feed"),
            new(SiteUrls.AtomFeed, "Premieres and finales (Atom)"),
        };

        var page = views.Make(SiteUrls.Embed, "Widgets for your site", $"Embed the {settings.Title} calendar on your own site: an iframe or a web component, with copy-paste snippets.", "embed") with
        {
            HasTimes = false,
        };
        return new PagePlan(SiteUrls.File(SiteUrls.Embed), "embed-index", page, new EmbedIndexModel
        {
            Options =
            [
                new("kind", "all, tv, anime, movie", "Which calendar to show (default all)."),
                new("days", "1–60", "How many days from today (default 7)."),
                new("limit", "1–200", "At most this many entries (default 20)."),
                new("theme", "auto, light, dark", "Colours; auto follows the visitor's light or dark setting (default)."),
                new("heading-level", "2–6", "Heading level of the day headings, to fit your page's outline (default 3)."),
                new("time-zone", "an IANA zone, e.g. Europe/Berlin", "Show times and days in this zone (default: each visitor's own). In an iframe: ?tz= in its address."),
                new("hour-cycle", "12, 24", "12-hour (9:00 PM) or 24-hour (21:00) times (default 24). In an iframe: ?hours=12."),
                new("spoiler-safe", "(no value)", "Leave out episode titles. In an iframe: ?spoilers=hide."),
                new("src", "a URL", $"The calendar JSON to read (default {Abs(SiteUrls.ApiCalendar(null))}). Any document in the same format works."),
            ],
            Variants = variants,
            Data = data,
            WidgetScriptUrl = script,
            Builder = Builder(settings, script, days: Math.Min(Days, settings.UpcomingDays)),
        });
    }

    /// <summary>Frame size the snippets use: a narrow column that fits beside text and on phones.</summary>
    public const int FrameWidth = 300;
    public const int FrameHeight = 480;

    private static WidgetBuilderView Builder(Settings.SiteSettings settings, string script, int days)
    {
        var kinds = new List<BuilderKind>();
        foreach (var kind in new MediaKind?[] { null, MediaKind.Tv, MediaKind.Anime, MediaKind.Movie })
        {
            kinds.Add(new BuilderKind(kind?.Hook() ?? "all", kind?.Label() ?? "Everything",
                SiteUrls.EmbedCalendar(kind, "auto"), SiteUrls.EmbedCalendar(kind, "light"), SiteUrls.EmbedCalendar(kind, "dark")));
        }

        var src = SiteUrls.EmbedCalendar(null, "auto");
        return new WidgetBuilderView
        {
            BaseUrl = settings.BaseUrl.TrimEnd('/'),
            ScriptUrl = script,
            Kinds = kinds,
            Days = [.. Enumerable.Range(1, days)],
            DefaultDays = days,
            DefaultFrameSrc = src,
            IframeSnippet = $"<iframe src=\"{SiteUrls.Absolute(settings.BaseUrl, src)}\" title=\"{AttributeText(settings.Title)}: upcoming releases\" width=\"{FrameWidth}\" height=\"{FrameHeight}\" loading=\"lazy\"></iframe>",
            ComponentSnippet = $"<script src=\"{script}\" defer></script>\n<simkl-calendar kind=\"all\" days=\"{days}\"></simkl-calendar>",
        };
    }

    /// <summary>Text safe inside a double-quoted attribute of a snippet.</summary>
    private static string AttributeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);
}
