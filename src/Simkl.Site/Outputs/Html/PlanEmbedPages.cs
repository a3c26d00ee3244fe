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

        EmbedExample Frame(string id, MediaKind? kind, string theme, string heading, string description)
        {
            var src = SiteUrls.EmbedCalendar(kind, theme);
            var title = $"{settings.Title}: {heading}";
            return new EmbedExample
            {
                Id = id,
                Heading = heading,
                Description = description,
                FrameSrc = src,
                FrameTitle = title,
                Snippet = $"<iframe src=\"{Abs(src)}\" title=\"{AttributeText(title)}\" width=\"300\" height=\"480\" loading=\"lazy\"></iframe>",
            };
        }

        var frames = new List<EmbedExample>
        {
            Frame("frame-all", null, "auto", "Everything, next 7 days",
                "TV, anime and movies. Light or dark follows the visitor's setting; add ?theme=light or ?theme=dark to the address to fix it."),
            Frame("frame-tv-dark", MediaKind.Tv, "dark", "TV only, dark",
                "A static variant: /embed/calendar/tv/dark/ is always dark, with no script needed for the theme."),
        };

        var component = new EmbedExample
        {
            Id = "component",
            Heading = "Web component",
            Description = "A script and a custom element. It reads this site's JSON, shows times in the visitor's own time zone, and adapts to light and dark.",
            Snippet = $"<script src=\"{script}\" defer></script>\n<simkl-calendar kind=\"all\" days=\"7\" limit=\"20\"></simkl-calendar>",
            WidgetAttributes = [new("kind", "all"), new("days", "7"), new("limit", "20")],
        };

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
            Frames = frames,
            Component = component,
            Options =
            [
                new("kind", "all, tv, anime, movie", "Which calendar to show (default all)."),
                new("days", "1–60", "How many days from today (default 7)."),
                new("limit", "1–200", "At most this many entries (default 20)."),
                new("theme", "auto, light, dark", "Colours; auto follows the visitor's light or dark setting (default)."),
                new("heading-level", "2–6", "Heading level of the day headings, to fit your page's outline (default 3)."),
                new("src", "a URL", $"The calendar JSON to read (default {Abs(SiteUrls.ApiCalendar(null))}). Any document in the same format works."),
            ],
            Variants = variants,
            Data = data,
            WidgetScriptUrl = script,
        });
    }

    /// <summary>Text safe inside a double-quoted attribute of a snippet.</summary>
    private static string AttributeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);
}
