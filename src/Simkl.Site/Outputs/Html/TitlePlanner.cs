using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Content;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>One page per title: <c>/{tv|anime|movies}/{simkl_id}/{slug}/</c>.</summary>
internal sealed class TitlePlanner(BuildContext context, PageIndex index, PageViews views)
{
    /// <summary>How many past airing days a title page shows.</summary>
    public const int RecentDays = 10;

    private readonly DateOnly _today = context.Today;

    /// <summary>Every title's page, by kind and id; each model is made when the page is rendered.</summary>
    public IEnumerable<PlannedPage> Titles()
    {
        var titles = context.Catalogue.Titles.Values
            .OrderBy(t => t.Kind)
            .ThenBy(t => t.SimklId);
        foreach (var title in titles)
        {
            yield return PlannedPage.Later(SiteUrls.Title(title), () => Title(title));
        }
    }

    private PagePlan Title(Title title)
    {
        var path = SiteUrls.Title(title);
        var cards = index.CardsByTitle.TryGetValue((title.Kind.Hook(), title.SimklId), out var list) ? list : [];
        var upcoming = cards.Where(c => c.Day >= _today).Select(c => Row(c.Card, past: false)).ToList();
        var recent = cards.Where(c => c.Day < _today).GroupBy(c => c.Day).TakeLast(RecentDays)
            .Reverse()
            .SelectMany(g => g.Reverse())
            .Select(c => Row(c.Card, past: true))
            .ToList();

        var simklUrl = SimklLinks.TitleUrl(title);
        var poster = CardFactory.Poster(title, SimklImages.PosterMedium);
        var plain = OverviewSanitiser.PlainText(title.Overview, 160);
        var kindText = title.Kind.TitleNoun();
        var description = plain.Length > 0 ? plain : $"{title.Name}: {title.Kind.TitlePageContents()}, from Simkl.";

        var page = views.Make(path, title.Name, description, title.Kind.Section()) with
        {
            OgType = title.Kind == MediaKind.Movie ? "video.movie" : "video.tv_show",
            OgImage = poster?.Url,
            HasTimes = upcoming.Count + recent.Count > 0,
            JsonLd = StructuredData.ForTitle(
                title,
                context.Settings.BaseUrl + path,
                simklUrl,
                poster,
                [.. upcoming.Select(r => r.Card)],
                plain),
            Feeds = [FeedLinks.Title(context.Settings, title)],
            FeedsShownInContent = true,
        };

        return new PagePlan(SiteUrls.File(path), "title", page, new TitleModel
        {
            Name = title.Name,
            AltName = string.IsNullOrWhiteSpace(title.RomajiName) || title.RomajiName == title.Name ? null : title.RomajiName,
            Kind = title.Kind.Hook(),
            KindLabel = kindText,
            UpcomingHeading = title.Kind.UpcomingHeading(),
            RecentHeading = title.Kind.RecentHeading(),
            ItemColumn = title.Kind.ItemColumn(),
            SimklId = title.SimklId,
            Poster = poster,
            Fanart = CardFactory.Fanart(title, SimklImages.FanartWide),
            Facts = Facts(title),
            Ratings = Ratings(title),
            Genres = title.Genres,
            Overview = OverviewSanitiser.Sanitise(title.Overview),
            SimklUrl = simklUrl,
            TrailerUrl = string.IsNullOrWhiteSpace(title.Trailer) ? null : SimklLinks.Trailer(title, context.Settings.ClientId),
            Next = upcoming.Count > 0 ? new NextAiring(upcoming[0].Card, upcoming[0].When, Countdown(upcoming[0].Card)) : null,
            Upcoming = upcoming,
            Recent = recent,
        });
    }

    private EpisodeRow Row(AiringCard card, bool past) => new(card, DateAndTime(card), past);

    /// <summary>"Fri 4 Dec 2026, 21:00" (timed) or "Fri 4 Dec 2026" (date-only), in the site zone.</summary>
    private static TimeView DateAndTime(AiringCard card)
    {
        var date = $"{Formats.ShortDate(card.Day)} {card.Day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return card.Time.IsTimed
            ? card.Time with { Text = $"{date}, {card.Time.Text}" }
            : card.Time with { Text = date };
    }

    /// <summary>"today", "tomorrow", "in 6 days": whole days from the build's day, so the page does not change with the hour of the build.</summary>
    private string Countdown(AiringCard card)
    {
        var days = card.Day.DayNumber - _today.DayNumber;
        return days switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => $"in {days} days",
        };
    }

    private static IReadOnlyList<FactView> Facts(Title title)
    {
        var facts = new List<FactView>();
        if (title.Rank is { } rank)
        {
            facts.Add(new("Simkl rank", "#" + Formats.Number(rank)));
        }

        if (title.Kind == MediaKind.Movie && title.ReleaseDate is { } release)
        {
            facts.Add(new("Release date", Formats.LongDate(release)));
        }
        else if (title.Year is { } year)
        {
            facts.Add(new("Year", Formats.Int(year)));
        }

        if (!string.IsNullOrWhiteSpace(title.Network))
        {
            facts.Add(new("Network", title.Network));
        }

        if (!string.IsNullOrWhiteSpace(title.Country))
        {
            facts.Add(new("Country", title.Country.ToUpperInvariant()));
        }

        if (title.RuntimeMinutes is { } minutes)
        {
            facts.Add(new("Runtime", minutes >= 60 ? $"{minutes / 60} h {minutes % 60} min" : $"{minutes} min"));
        }
        else if (!string.IsNullOrWhiteSpace(title.RuntimeText))
        {
            facts.Add(new("Runtime", title.RuntimeText));
        }

        if (!string.IsNullOrWhiteSpace(title.Status))
        {
            facts.Add(new("Status", title.Status));
        }

        if (!string.IsNullOrWhiteSpace(title.AnimeType))
        {
            facts.Add(new("Type", title.AnimeType.ToUpperInvariant() is "TV" or "OVA" or "ONA" ? title.AnimeType.ToUpperInvariant() : title.AnimeType));
        }

        if (title.TotalEpisodes is { } total)
        {
            facts.Add(new("Episodes", Formats.Int(total)));
        }

        return facts;
    }

    private static IReadOnlyList<FactView> Ratings(Title title)
    {
        var ratings = new List<FactView>();
        foreach (var r in title.Ratings.OrderBy(r => SourceOrder(r.Source)).ThenBy(r => r.Source, StringComparer.Ordinal))
        {
            if (r.Value is not { } value)
            {
                continue;
            }

            var name = r.Source switch
            {
                "simkl" => "Simkl",
                "imdb" => "IMDb",
                "mal" => "MyAnimeList",
                _ => r.Source,
            };
            var votes = r.Votes is { } v ? $" ({PlanSite.Plural(v, "vote", "votes")})" : string.Empty;
            ratings.Add(new(name, $"{Formats.Rating(value)} / 10{votes}"));
        }

        return ratings;
    }

    private static int SourceOrder(string source) => source switch
    {
        "simkl" => 0,
        "imdb" => 1,
        "mal" => 2,
        _ => 3,
    };
}
