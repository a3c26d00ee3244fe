using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>Premieres, finales, trending, airing and best pages.</summary>
internal sealed class ListPlanner(BuildContext context, PageIndex index, PageViews views)
{
    /// <summary>How far back "recent" premieres and finales go.</summary>
    public const int RecentDays = 30;

    private readonly DateOnly _today = context.Today;
    private readonly CalendarPlanner _calendar = new(context, index, views);

    /// <summary>
    /// <c>/premieres/</c>, or one kind's (<c>/premieres/anime/</c>): the same sections with only
    /// that kind's calendar premieres and Simkl lists.
    /// </summary>
    public PagePlan Premieres(MediaKind? only = null)
    {
        var zone = context.Zone;
        var kinds = only is { } o ? [o] : PlanSite.Kinds;
        var premieres = index.Premieres.Where(a => only is not { } k || a.Kind == k).ToList();
        var inCalendar = premieres.Select(a => (a.Kind, a.SimklId)).ToHashSet();

        // Simkl's "new" premiere lists count towards "in the last 30 days" alongside the calendar.
        var recentFromLists = new List<AiringCard>();
        var merged = new HashSet<(MediaKind, long)>();
        foreach (var kind in kinds)
        {
            if (context.Catalogue.FindList(new ListId(ListFamily.Premieres, kind, "new")) is not { } newList)
            {
                continue;
            }

            foreach (var entry in newList.Entries)
            {
                if (entry.When is { } when && InRecentWindow(when.DayIn(zone))
                    && !inCalendar.Contains((entry.Kind, entry.SimklId))
                    && context.Catalogue.FindTitle(entry.Kind, entry.SimklId) is { } listed
                    && merged.Add((entry.Kind, entry.SimklId)))
                {
                    recentFromLists.Add(index.Cards.Single(ListAiring(entry, when, newList), listed) with { IsPremiere = true });
                }
            }
        }

        var upcoming = Group(premieres.Where(a => a.When.DayIn(zone) >= _today), premieres: true, []);
        var recent = Group(premieres.Where(a => InRecentWindow(a.When.DayIn(zone))), premieres: true, recentFromLists);

        // Simkl's premiere lists add titles the calendar files do not (yet) carry. Each is read
        // against the build's today: "soon" keeps what has not started, "new" what the recent
        // view above does not already show.
        var lists = new List<ListSection>();
        foreach (var (variant, heading) in new[] { ("soon", "Premiering soon on Simkl"), ("new", "New premieres on Simkl") })
        {
            foreach (var kind in kinds)
            {
                if (context.Catalogue.FindList(new ListId(ListFamily.Premieres, kind, variant)) is not { } list)
                {
                    continue;
                }

                var current = IsCurrent(list);
                var entries = list.Entries
                    .Where(e => !inCalendar.Contains((e.Kind, e.SimklId)) && !merged.Contains((e.Kind, e.SimklId)))
                    .Where(e => e.When is { } w
                        ? variant == "soon" ? w.DayIn(zone) >= _today : InRecentWindow(w.DayIn(zone))
                        : current)
                    .ToList();
                lists.Add(new ListSection
                {
                    Id = $"premieres-{variant}-{kind.Section()}",
                    Heading = $"{heading}: {kind.Label()}",
                    Cards = PremiereCards(entries),
                    Note = Joined(variant == "soon"
                        ? "Titles already in the calendar above are not repeated; premieres before today are left out."
                        : "Titles already shown above are not repeated.", AgeNote(list)),
                });
            }
        }

        var path = only is { } ok ? SiteUrls.KindPremieres(ok) : SiteUrls.Premieres;
        var title = PlainFilters.Title(only, CalendarFilter.Premieres);
        var description = only is { } k2
            ? $"New {k2.SingularNoun()} series and season premieres: what starts today and soon, and what just started."
            : "New series and season premieres: what starts today and soon, and what just started.";
        var page = views.Make(path, title, description, "premieres") with
        {
            HasTimes = true,
            HasToday = upcoming.HasToday,
            HasFilters = false,
            JsonLd = StructuredData.ItemList($"Upcoming {title.ToLowerInvariant()}", [.. upcoming.Days.SelectMany(d => d.Cards)]),
            Feeds = only is { } k3 ? [FeedLinks.Premieres(context.Settings), FeedLinks.Kind(context.Settings, k3)] : [FeedLinks.Premieres(context.Settings)],
        };
        return new PagePlan(SiteUrls.File(path), "highlights", page, new HighlightsModel
        {
            Heading = title,
            Intro = only is { } k4
                ? $"Episode 1 of each new {k4.SingularNoun()} series or season, from the calendar; plus Simkl's own {k4.SingularNoun()} premiere lists."
                : "Episode 1 of a new series or season (TV) and episode 1 of an anime, from the calendar; plus Simkl's own premiere lists.",
            Upcoming = upcoming,
            Recent = recent,
            RecentDays = RecentDays,
            Lists = lists,
            Filters = PlainFilters.Links(only, CalendarFilter.Premieres),
        });
    }

    /// <summary><c>/finales/</c>, or one kind's (<c>/finales/tv/</c>).</summary>
    public PagePlan Finales(MediaKind? only = null)
    {
        var zone = context.Zone;
        var finales = index.Finales.Where(a => only is not { } k || a.Kind == k).ToList();
        var upcoming = Group(finales.Where(a => a.When.DayIn(zone) >= _today), premieres: false, []);
        var recent = Group(finales.Where(a => InRecentWindow(a.When.DayIn(zone))), premieres: false, []);
        var path = only is { } ok ? SiteUrls.KindFinales(ok) : SiteUrls.Finales;
        var title = PlainFilters.Title(only, CalendarFilter.Finales);
        var what = only is { } k2 ? $"{k2.Label()} mid-season, season and series finales" : "Mid-season, season and series finales";
        var page = views.Make(path, title, $"{what}: what ends soon and what just ended.", "finales") with
        {
            HasTimes = true,
            HasToday = upcoming.HasToday,
            JsonLd = StructuredData.ItemList($"Upcoming {title.ToLowerInvariant()}", [.. upcoming.Days.SelectMany(d => d.Cards)]),
            Feeds = only is { } k3 ? [FeedLinks.Finales(context.Settings), FeedLinks.Kind(context.Settings, k3)] : [FeedLinks.Finales(context.Settings)],
        };
        return new PagePlan(SiteUrls.File(path), "highlights", page, new HighlightsModel
        {
            Heading = title,
            Intro = $"{what} as Simkl marks them in its calendar.",
            Upcoming = upcoming,
            Recent = recent,
            RecentDays = RecentDays,
            Lists = [],
            Filters = PlainFilters.Links(only, CalendarFilter.Finales),
        });
    }

    public IEnumerable<PagePlan> Trending()
    {
        var allSections = new List<ListSection>();
        foreach (var kind in PlanSite.Kinds)
        {
            if (FirstTrending(context, kind) is { } list)
            {
                allSections.Add(new ListSection
                {
                    Id = "trending-" + kind.Section(),
                    Heading = $"Trending on Simkl: {kind.Label()} ({IntervalLabel(list.Id.Variant)})",
                    Cards = TitleCards(context, index, list, 10),
                    Note = AgeNote(list),
                    More = new LinkView(SiteUrls.Trending(kind), $"All trending {PlanSite.KindNoun(kind)}: today, this week, this month"),
                });
            }
        }

        var mostWatched = PlanSite.Kinds.Select(MostWatched).ToList();
        const string indexTitle = "Trending on Simkl";
        var indexPage = views.Make(SiteUrls.Trending(), indexTitle, "What people are watching on Simkl today, this week and this month: TV, anime and movies.", "trending") with
        {
            JsonLd = StructuredData.ItemList(indexTitle, allSections.SelectMany(s => s.Cards).Select(Item)),
        };
        yield return new PagePlan(SiteUrls.File(SiteUrls.Trending()), "trending", indexPage, new TrendingModel
        {
            Heading = indexTitle,
            Sections = allSections,
            MostWatched = mostWatched,
            Tabs = TrendingTabs(null),
        });

        foreach (var kind in PlanSite.Kinds)
        {
            var sections = new List<ListSection>();
            foreach (var interval in Intervals())
            {
                if (context.Catalogue.FindList(new ListId(ListFamily.Trending, kind, interval)) is { } list)
                {
                    sections.Add(new ListSection
                    {
                        Id = "trending-" + interval,
                        Heading = $"Trending on Simkl {IntervalLabel(interval)}",
                        Cards = TitleCards(context, index, list, int.MaxValue),
                        Note = AgeNote(list),
                    });
                }
            }

            var title = $"Trending on Simkl: {kind.Label()}";
            var page = views.Make(SiteUrls.Trending(kind), title, $"The {PlanSite.KindNoun(kind)} people watch most on Simkl today, this week and this month.", "trending") with
            {
                JsonLd = StructuredData.ItemList(title, sections.SelectMany(s => s.Cards).Select(Item)),
            };
            yield return new PagePlan(SiteUrls.File(SiteUrls.Trending(kind)), "trending", page, new TrendingModel
            {
                Heading = title,
                Sections = sections,
                MostWatched = [MostWatched(kind)],
                Tabs = TrendingTabs(kind),
            });
        }
    }

    public PagePlan Airing()
    {
        var zone = context.Zone;
        var sections = new List<AiringSection>();
        foreach (var variant in context.Settings.Lists.Airing.Concat(["today", "tomorrow"]).Distinct(StringComparer.Ordinal))
        {
            // The day the variant means on this build; entries more than a day away from it (a list
            // fetched long ago, zone differences aside) are not "today" and are left out.
            DateOnly? target = variant switch
            {
                "today" => _today,
                "tomorrow" => _today.AddDays(1),
                _ => null,
            };
            foreach (var kind in new[] { MediaKind.Tv, MediaKind.Anime })
            {
                if (context.Catalogue.FindList(new ListId(ListFamily.Airing, kind, variant)) is not { } list)
                {
                    continue;
                }

                var current = IsCurrent(list);
                var dated = new List<(AiringTime When, AiringCard Card)>();
                var unannounced = new List<AiringCard>();
                foreach (var entry in list.Entries)
                {
                    if (context.Catalogue.FindTitle(entry.Kind, entry.SimklId) is not { } title)
                    {
                        continue;
                    }

                    if (entry.When is not { } when)
                    {
                        if (current)
                        {
                            // Simkl lists it without a date: shown, never dropped, at the end.
                            var card = index.Cards.Single(ListAiring(entry, AiringTime.On(_today), list), title);
                            unannounced.Add(card with { Time = new TimeView(string.Empty, "Date to be announced", false) });
                        }

                        continue;
                    }

                    var day = when.DayIn(zone);
                    if (target is { } t && Math.Abs(day.DayNumber - t.DayNumber) > 1)
                    {
                        continue;
                    }

                    dated.Add((when, index.Cards.Single(ListAiring(entry, when, list), title)));
                }

                // By day (a "today" list reaches into tomorrow in some zones), each day's date-only
                // entries first, then in time order: the dates are in the day headings.
                var days = dated
                    .OrderBy(x => x.When.SortKey)
                    .ThenBy(x => x.When.IsDateOnly ? 0 : 1)
                    .ThenBy(x => x.Card.Name, StringComparer.Ordinal)
                    .ThenBy(x => x.Card.SimklId)
                    .GroupBy(x => x.Card.Day)
                    .OrderBy(g => g.Key)
                    .Select(g => _calendar.Day(g.Key, [.. g.Where(x => x.When.IsDateOnly).Concat(g.Where(x => !x.When.IsDateOnly)).Select(x => x.Card)], link: true))
                    .ToList();
                sections.Add(new AiringSection
                {
                    Id = $"airing-{variant}-{kind.Section()}",
                    Heading = $"{kind.Label()} airing {variant}",
                    Days = new CalendarView(days),
                    Unannounced = [.. unannounced.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.SimklId)],
                    Note = AgeNote(list),
                });
            }
        }

        var page = views.Make(SiteUrls.Airing, "Airing today and tomorrow", "TV shows and anime airing today and tomorrow, from Simkl.", "airing") with
        {
            HasTimes = true,
        };
        return new PagePlan(SiteUrls.File(SiteUrls.Airing), "airing", page, new AiringModel { Sections = sections });
    }

    public PagePlan Best()
    {
        var sections = new List<ListSection>();
        var variants = context.Settings.Lists.Best;
        var lists = context.Catalogue.Lists
            .Where(l => l.Id.Family == ListFamily.Best)
            .OrderBy(l => l.Id.Kind)
            .ThenBy(l => Order(variants, l.Id.Variant))
            .ThenBy(l => l.Id.Variant, StringComparer.Ordinal);
        foreach (var list in lists)
        {
            sections.Add(new ListSection
            {
                Id = $"best-{list.Id.Kind.Section()}-{Slugs.Sanitise(list.Id.Variant)}",
                Heading = $"Best {PlanSite.KindNoun(list.Id.Kind)} on Simkl: {BestLabel(list.Id.Variant)}",
                Cards = TitleCards(context, index, list, int.MaxValue),
                Note = AgeNote(list),
            });
        }

        var page = views.Make(SiteUrls.Best, "Best on Simkl", "The best rated and most watched TV shows and anime on Simkl.", "best") with
        {
            JsonLd = StructuredData.ItemList("Best on Simkl", sections.SelectMany(s => s.Cards).Select(Item)),
        };
        return new PagePlan(SiteUrls.File(SiteUrls.Best), "best", page, new BestModel { Sections = sections });
    }

    internal static TitleList? FirstTrending(BuildContext context, MediaKind kind) =>
        Intervals().Select(i => context.Catalogue.FindList(new ListId(ListFamily.Trending, kind, i))).FirstOrDefault(l => l is not null);

    internal static IReadOnlyList<TitleCard> TitleCards(BuildContext context, PageIndex index, TitleList list, int max)
    {
        var cards = new List<TitleCard>();
        foreach (var entry in list.Entries.OrderBy(e => e.Position))
        {
            if (cards.Count >= max)
            {
                break;
            }

            if (context.Catalogue.FindTitle(entry.Kind, entry.SimklId) is { } title)
            {
                cards.Add(index.Cards.ForListEntry(entry, title, Facts(entry, title)));
            }
        }

        return cards;
    }

    internal static string IntervalLabel(string interval) => interval switch
    {
        "today" => "today",
        "week" => "this week",
        "month" => "this month",
        _ => interval,
    };

    private static IEnumerable<string> Intervals() => ["today", "week", "month"];

    /// <summary>Premiere list cards; an item Simkl lists without a date says so instead of showing none.</summary>
    private IReadOnlyList<TitleCard> PremiereCards(IReadOnlyList<ListEntry> entries)
    {
        var cards = TitleCards(context, index, new TitleList(default, [.. entries]), int.MaxValue);
        var undated = entries.Where(e => e.When is null).Select(e => (e.Kind.Hook(), e.SimklId)).ToHashSet();
        return [.. cards.Select(c => undated.Contains((c.Kind, c.SimklId)) ? c with { Facts = ["Date to be announced", .. c.Facts] } : c)];
    }

    private CalendarView Group(IEnumerable<Airing> airings, bool premieres, IReadOnlyList<AiringCard> extra)
    {
        var zone = context.Zone;
        var byDay = new SortedDictionary<DateOnly, List<AiringCard>>();
        foreach (var group in airings.GroupBy(a => a.When.DayIn(zone)))
        {
            var wanted = group.Select(a => (a.Kind.Hook(), a.SimklId)).ToHashSet();
            var cards = index.DayMap[group.Key].Cards
                .Where(c => wanted.Contains((c.Kind, c.SimklId)) && (premieres ? c.IsPremiere : c.Finale is not null))
                .ToList();
            if (cards.Count > 0)
            {
                byDay[group.Key] = cards;
            }
        }

        foreach (var card in extra)
        {
            if (!byDay.TryGetValue(card.Day, out var cards))
            {
                cards = [];
                byDay[card.Day] = cards;
            }

            cards.Add(card);
        }

        return new CalendarView([.. byDay.Select(d => _calendar.Day(d.Key, d.Value, link: true))]);
    }

    private bool InRecentWindow(DateOnly day) => day < _today && day >= _today.AddDays(-RecentDays);

    /// <summary>A list's data is current when it was confirmed good on the build's day or the day before.</summary>
    private bool IsCurrent(TitleList list) =>
        list.AsOf is not { } asOf || DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(asOf, context.Zone).DateTime) >= _today.AddDays(-1);

    /// <summary>"Simkl's list is from Wed 14 Sep 2022." when the list is older than the build.</summary>
    private string? AgeNote(TitleList list)
    {
        if (IsCurrent(list) || list.AsOf is not { } asOf)
        {
            return null;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(asOf, context.Zone).DateTime);
        return $"Simkl's list is from {Formats.ShortDate(day)} {Formats.Int(day.Year)}, older than this page.";
    }

    private static string? Joined(string? a, string? b) => a is null ? b : b is null ? a : $"{a} {b}";

    /// <summary>A list entry as an airing, for the airing-card layout.</summary>
    private static Airing ListAiring(ListEntry entry, AiringTime when, TitleList list) => new()
    {
        SimklId = entry.SimklId,
        Kind = entry.Kind,
        When = when,
        Season = entry.Kind == MediaKind.Tv ? entry.Season : null,
        Episode = entry.Episode,
        EpisodeUrl = entry.EpisodeUrl,
        SourceFile = list.Id.ToString(),
    };

    private static IReadOnlyList<string> Facts(ListEntry entry, Title title)
    {
        var facts = new List<string>();
        if (entry.Watched is { } watched)
        {
            facts.Add($"{Formats.Number(watched)} watched");
        }

        if (entry.PlanToWatch is { } plan)
        {
            facts.Add($"{Formats.Number(plan)} plan to watch");
        }

        if (title.Rank is { } rank)
        {
            facts.Add($"Rank #{Formats.Number(rank)}");
        }

        if (title.RatingFrom("simkl") is { Value: { } rating })
        {
            facts.Add($"Simkl rating {Formats.Rating(rating)}");
        }

        if (entry.DropRate is { } drop)
        {
            facts.Add($"Drop rate {(drop * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%");
        }

        if (title.Year is { } year)
        {
            facts.Add(Formats.Int(year));
        }

        return facts;
    }

    private static (string Type, string Name, string Url) Item(TitleCard card) =>
        (card.Kind == "movie" ? "Movie" : "TVSeries", card.Name, card.SimklUrl);

    private static LinkView MostWatched(MediaKind kind) =>
        new(SimklLinks.MostWatched(kind), $"Most watched {PlanSite.KindNoun(kind)} on Simkl");

    private static IReadOnlyList<TabLink> TrendingTabs(MediaKind? current) =>
    [
        new(SiteUrls.Trending(), "All", current is null),
        .. PlanSite.Kinds.Select(k => new TabLink(SiteUrls.Trending(k), k.Label(), current == k)),
    ];

    private static int Order(IReadOnlyList<string> configured, string variant)
    {
        for (var i = 0; i < configured.Count; i++)
        {
            if (configured[i] == variant)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string BestLabel(string variant) => variant switch
    {
        "all" => "all time",
        "year" => "this year",
        "month" => "this month",
        "voted" => "most voted",
        "watched" => "most watched",
        _ => variant,
    };
}
