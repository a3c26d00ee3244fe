using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// The home page and the per-kind landing pages (/tv/, /anime/, /movies/): short pages that lead
/// with what airs next. At Simkl's volume a day holds ~370 airings, so these pages show a bounded
/// selection, the most popular first (<see cref="Popularity"/>), and link to the complete day pages.
/// </summary>
internal sealed class HomePlanner(BuildContext context, PageIndex index, PageViews views)
{
    /// <summary>What a visitor sees: aired items of the last 3 hours (at most 3), and the next 24 hours.</summary>
    public const int ShowAired = 3;
    private static readonly TimeSpan AiredWindow = TimeSpan.FromHours(3);
    private static readonly TimeSpan NextWindow = TimeSpan.FromHours(24);

    // The page is rebuilt every 6 hours but may be read later: it carries airings 6 hours either
    // side of what it shows at build time, for the script to show against the visitor's clock.
    private static readonly TimeSpan CarryBack = TimeSpan.FromHours(6);
    private static readonly TimeSpan CarryAhead = TimeSpan.FromHours(30);

    private readonly Popularity _popularity = new(context);
    private readonly DateOnly _today = context.Today;

    public PagePlan Home()
    {
        var settings = context.Settings;
        var upNext = UpNext([(MediaKind.Tv, 20), (MediaKind.Anime, 8)], showNext: 16);

        var premieres = index.Premieres
            .Where(a => AiringRules.IsSeriesPremiere(a) && a.When.DayIn(context.Zone) >= _today)
            .Take(6)
            .Select(a => index.Cards.Single(a, index.TitleOf(a)!))
            .ToList();

        var trending = new List<ListSection>();
        foreach (var kind in PlanSite.Kinds)
        {
            if (ListPlanner.FirstTrending(context, kind) is { } list)
            {
                trending.Add(new ListSection
                {
                    Id = "trending-" + kind.Section(),
                    Heading = $"Trending on Simkl: {kind.Label()} ({ListPlanner.IntervalLabel(list.Id.Variant)})",
                    Cards = ListPlanner.TitleCards(context, index, list, 5),
                    More = new LinkView(SiteUrls.Trending(kind), $"More trending {PlanSite.KindNoun(kind)}"),
                });
            }
        }

        var browse = new List<LinkView>();
        for (var i = 0; i < settings.HomeDays; i++)
        {
            var date = _today.AddDays(i);
            if (index.DayMap.ContainsKey(date))
            {
                browse.Add(new LinkView(SiteUrls.Day(date), i switch { 0 => "Today", 1 => "Tomorrow", _ => Formats.ShortDate(date) }));
            }
        }

        browse.Add(new LinkView(SiteUrls.Calendar(), "Upcoming calendar"));
        if (index.Months.Any(m => m.Year == _today.Year && m.Month == _today.Month))
        {
            browse.Add(new LinkView(SiteUrls.Month(_today.Year, _today.Month), Formats.MonthLabel(_today.Year, _today.Month)));
        }

        browse.AddRange(PlanSite.Kinds.Select(k => new LinkView(SiteUrls.KindHome(k), k.Label())));

        var description = $"{settings.Description} What airs next, premieres and what is trending on Simkl.";
        var page = views.Make(SiteUrls.Home, settings.Title, description, "home") with
        {
            HasTimes = true,
            Feeds = [FeedLinks.All(settings)],
        };
        return new PagePlan(SiteUrls.File(SiteUrls.Home), "home", page, new HomeModel
        {
            Heading = "Airing next",
            UpNext = upNext,
            DayLinks = DayLinks(null),
            OutToday = MostPopular(_today, MediaKind.Movie, 6),
            OutTodayMore = KindCount(_today, MediaKind.Movie) is { } more ? new LinkView(more.Href, $"All {more.Text} today") : null,
            Premieres = premieres,
            Trending = trending,
            Browse = browse,
        });
    }

    public IEnumerable<PagePlan> KindHomes()
    {
        foreach (var kind in PlanSite.Kinds)
        {
            yield return KindHome(kind);
        }
    }

    private PagePlan KindHome(MediaKind kind)
    {
        var timed = kind != MediaKind.Movie;
        var week = new List<DayView>();
        for (var i = 1; i < 7; i++)
        {
            var date = _today.AddDays(i);
            var cards = MostPopular(date, kind, 6);
            if (cards.Count > 0)
            {
                week.Add(new DayView
                {
                    Date = Formats.IsoDate(date),
                    Label = Formats.LongDate(date),
                    IsToday = false,
                    Cards = cards,
                    DayPath = SiteUrls.Day(date),
                });
            }
        }

        var premieres = index.Premieres
            .Where(a => a.Kind == kind && AiringRules.IsSeriesPremiere(a) && a.When.DayIn(context.Zone) >= _today)
            .Take(8)
            .Select(a => index.Cards.Single(a, index.TitleOf(a)!))
            .ToList();

        ListSection? trending = ListPlanner.FirstTrending(context, kind) is { } list
            ? new ListSection
            {
                Id = "trending",
                Heading = $"Trending on Simkl ({ListPlanner.IntervalLabel(list.Id.Variant)})",
                Cards = ListPlanner.TitleCards(context, index, list, 10),
                More = new LinkView(SiteUrls.Trending(kind), $"All trending {kind.Noun()}"),
            }
            : null;

        ListSection? best = context.Catalogue.Lists.FirstOrDefault(l => l.Id.Family == ListFamily.Best && l.Id.Kind == kind) is { } bestList
            ? new ListSection
            {
                Id = "best",
                Heading = "Best on Simkl",
                Cards = ListPlanner.TitleCards(context, index, bestList, 10),
                More = new LinkView(SiteUrls.Best, "All best lists"),
            }
            : null;

        var browse = new List<LinkView> { new(SiteUrls.Calendar(kind), $"Upcoming {kind.Noun()} calendar") };
        if (index.Months.Any(m => m.Year == _today.Year && m.Month == _today.Month && m.Has(kind)))
        {
            browse.Add(new LinkView(SiteUrls.Month(_today.Year, _today.Month, kind), $"{kind.Label()}: {Formats.MonthLabel(_today.Year, _today.Month)}"));
        }

        browse.Add(new LinkView(SiteUrls.Trending(kind), $"Trending {kind.Noun()}"));

        var path = SiteUrls.KindHome(kind);
        var heading = kind.Label();
        var intro = timed
            ? $"{kind.ItemsLabel()} airing next, this week's most popular, premieres, trending and the best on Simkl."
            : "Movie releases today and this week, trending and the best on Simkl.";
        var page = views.Make(path, heading, intro, kind.Section()) with
        {
            HasTimes = true,
            Feeds = FeedLinks.ForCalendar(context.Settings, kind),
        };
        return new PagePlan(SiteUrls.File(path), "kind-home", page, new KindHomeModel
        {
            Kind = kind.Hook(),
            Heading = heading,
            Intro = intro,
            UpNext = timed ? UpNext([(kind, 24)], showNext: 16) : null,
            DayLinks = DayLinks(kind),
            OutToday = timed ? [] : MostPopular(_today, kind, 12),
            Week = new CalendarView(week),
            Premieres = premieres,
            Trending = trending,
            Best = best,
            Browse = browse,
        });
    }

    /// <summary>
    /// The most popular timed airings around the build instant, per kind up to its quota, as one
    /// list in time order (ties: the more popular first). One card per title and instant; several
    /// episodes at once collapse as on day pages.
    /// </summary>
    internal UpNextView UpNext(IReadOnlyList<(MediaKind Kind, int Quota)> quotas, int showNext)
    {
        var now = context.Now;
        var from = now - CarryBack;
        var to = now + CarryAhead;
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, context.Zone).DateTime);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, context.Zone).DateTime);
        var groups = index.Site.AiringsBetween(firstDay, lastDay)
            .Where(a => a.When.Instant is { } t && t >= from && t < to)
            .GroupBy(a => (a.Kind, a.SimklId, Instant: a.When.Instant!.Value))
            .ToList();

        var picked = new List<(DateTimeOffset Instant, (int, int, long) Popularity, IReadOnlyList<Airing> Airings)>();
        foreach (var (kind, quota) in quotas)
        {
            var ofKind = groups.Where(g => g.Key.Kind == kind)
                .Select(g => (g.Key.Instant, Popularity: _popularity.Key(kind, g.Key.SimklId), Airings: (IReadOnlyList<Airing>)[.. g]))
                .OrderBy(x => x.Popularity).ThenBy(x => x.Instant)
                .ToList();

            // Most of the quota for what is still to come; a few aired ones for the dimmed part.
            picked.AddRange(ofKind.Where(x => x.Instant >= now).Take(quota));
            picked.AddRange(ofKind.Where(x => x.Instant < now).Take(Math.Max(1, quota / 4)));
        }

        var ordered = picked.OrderBy(x => x.Instant).ThenBy(x => x.Popularity).ToList();
        var aired = ordered.Where(x => x.Instant < now).ToList();
        var upcoming = ordered.Where(x => x.Instant >= now).ToList();
        var items = new List<UpNextItem>(ordered.Count);
        for (var i = 0; i < aired.Count; i++)
        {
            var x = aired[i];
            var visible = i >= aired.Count - ShowAired && now - x.Instant <= AiredWindow;
            items.Add(new UpNextItem(Card(x.Airings), true, Countdown(x.Instant - now), !visible));
        }

        for (var i = 0; i < upcoming.Count; i++)
        {
            var x = upcoming[i];
            var visible = i < showNext && x.Instant - now < NextWindow;
            items.Add(new UpNextItem(Card(x.Airings), false, Countdown(x.Instant - now), !visible));
        }

        return new UpNextView
        {
            Items = items,
            Now = new TimeView(Formats.UtcMachine(now), Formats.ClockTime(now, context.Zone), true),
            ShowAired = ShowAired,
            ShowNext = showNext,
            EmptyText = "Nothing more airs in the next 24 hours.",
        };
    }

    /// <summary>
    /// One row per title and instant. Several episodes at once say so ("S02 · Episodes 1–8"); the
    /// row's own actions are the first episode's, named as such ("Mark S02E01 watched").
    /// </summary>
    private AiringCard Card(IReadOnlyList<Airing> airings)
    {
        var ordered = airings.OrderBy(a => a.Episode).ToList();
        var first = ordered[0];
        var last = ordered[^1];
        var card = index.Cards.Single(first, index.TitleOf(first)!);
        return ordered.Count > 1 && first.Episode is { } from && last.Episode is { } to && to > from
            ? card with { EpisodeLast = to, EpisodeLabel = Formats.EpisodeRange(first.Kind, first.Season, from, to), EpisodeTitle = null }
            : card;
    }

    /// <summary>"in 45 min", "in 2 h 30 min", "in 5 h", "now", "2 h ago" (the same words as site.js).</summary>
    internal static string Countdown(TimeSpan until)
    {
        var minutes = (int)Math.Round(Math.Abs(until.TotalMinutes));
        if (minutes == 0)
        {
            return "now";
        }

        var span = minutes < 60 ? $"{minutes} min"
            : minutes < 180 && minutes % 60 != 0 ? $"{minutes / 60} h {minutes % 60} min"
            : $"{(int)Math.Round(minutes / 60.0)} h";
        return until < TimeSpan.Zero ? $"{span} ago" : $"in {span}";
    }

    /// <summary>A day's most popular cards of one kind, back in the day's display order.</summary>
    private IReadOnlyList<AiringCard> MostPopular(DateOnly date, MediaKind kind, int max)
    {
        if (!index.DayMap.TryGetValue(date, out var day))
        {
            return [];
        }

        var hook = kind.Hook();
        return [.. day.Cards
            .Select((card, order) => (card, order))
            .Where(x => x.card.Kind == hook)
            .OrderBy(x => _popularity.Key(kind, x.card.SimklId))
            .Take(max)
            .OrderBy(x => x.order)
            .Select(x => x.card)];
    }

    /// <summary>
    /// "All today: 290 TV episodes, 30 anime episodes, 50 movies" for today and tomorrow (site zone); the script shows the set of
    /// the visitor's today. Tomorrow's set is hidden without it.
    /// </summary>
    private IReadOnlyList<DayKindLinks> DayLinks(MediaKind? only)
    {
        var result = new List<DayKindLinks>();
        foreach (var date in new[] { _today, _today.AddDays(1) })
        {
            var links = PlanSite.Kinds.Where(k => only is null || only == k)
                .Select(k => KindCount(date, k))
                .OfType<KindCountLink>()
                .ToList();
            if (links.Count > 0)
            {
                result.Add(new DayKindLinks(Formats.IsoDate(date), date != _today, links));
            }
        }

        return result;
    }

    private KindCountLink? KindCount(DateOnly date, MediaKind kind)
    {
        if (!index.DayMap.TryGetValue(date, out var day) || day.Count(kind) is not (> 0 and var count))
        {
            return null;
        }

        var (one, many) = kind.CountNouns();
        return new KindCountLink(SiteUrls.Day(date), kind.Hook(), count == 1 ? $"1 {one}" : $"{Formats.Number(count)} {many}");
    }
}
