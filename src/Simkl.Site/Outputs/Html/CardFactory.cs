using System.Collections.Concurrent;
using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Urls;
using Simkl.Site.Index;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// Turns catalogue airings and list entries into card models: links (docs/data-rules.md), hooks
/// (docs/markup.md), times in the site zone, spoiler-safe titles and binge collapsing. Pure; shared by all pages.
/// </summary>
public sealed class CardFactory
{
    private readonly BuildContext _context;

    // What every card of a title shares, made once per title (a title has ~7 cards at production
    // size): building the Simkl link checks the data's URL segment by segment. Keyed by kind and id,
    // which name one title of the catalogue.
    private readonly ConcurrentDictionary<(MediaKind, long), TitleParts> _titles = new();

    public CardFactory(BuildContext context)
    {
        _context = context;
    }

    private sealed record TitleParts(string Path, string SimklUrl, ImageView? Poster);

    public TimeZoneInfo Zone => _context.Zone;

    public static ImageView? Poster(Title title, ImageSize size) =>
        SimklImages.Poster(title, size) is { } url ? new ImageView(url, size.Width, size.Height, $"Poster of {title.Name}") : null;

    public static ImageView? Fanart(Title title, ImageSize size) =>
        SimklImages.Fanart(title, size) is { } url ? new ImageView(url, size.Width, size.Height, $"Background image of {title.Name}") : null;

    public TimeView Time(AiringTime when) => when.Instant is { } instant
        ? new TimeView(Formats.UtcMachine(instant), Formats.ClockTime(instant, _context.Zone), true)
        : new TimeView(Formats.IsoDate(when.Date!.Value), "All day", false);

    /// <summary>A date with the weekday, for lists that are not grouped by day.</summary>
    public TimeView DateAndTime(AiringTime when)
    {
        var day = when.DayIn(_context.Zone);
        return when.Instant is { } instant
            ? new TimeView(Formats.UtcMachine(instant), $"{Formats.ShortDate(day)} {day.Year.ToString(CultureInfo.InvariantCulture)}, {Formats.ClockTime(instant, _context.Zone)}", true)
            : new TimeView(Formats.IsoDate(day), $"{Formats.ShortDate(day)} {day.Year.ToString(CultureInfo.InvariantCulture)}", false);
    }

    public AiringCard Single(Airing airing, Title title)
    {
        var spoilerSafe = _context.Settings.SpoilerSafe;
        var episodeLabel = airing.Episode is { } e ? Formats.EpisodeLabel(airing.Kind, airing.Season, e) : null;
        var markWatched = SimklLinks.MarkWatched(title, airing, _context.Settings.ClientId, _context.Settings.MarkWatchedMovies);
        var parts = PartsOf(title);
        return new AiringCard
        {
            SimklId = title.SimklId,
            Kind = title.Kind.Hook(),
            KindLabel = KindLabel(title.Kind),
            Season = title.Kind == MediaKind.Tv ? airing.Season : null,
            Episode = airing.Episode,
            IsPremiere = AiringRules.IsPremiere(airing),
            Finale = AiringRules.FinaleHook(airing.Finale),
            FinaleLabel = AiringRules.FinaleLabel(airing.Finale),
            IsSpecial = AiringRules.IsSpecial(airing),
            Name = title.Name,
            TitlePath = parts.Path,
            SimklUrl = SimklLinks.EpisodeUrl(title, parts.SimklUrl, airing),
            MarkWatched = markWatched,
            MarkWatchedLabel = markWatched is null ? string.Empty : episodeLabel is null ? "Mark watched" : $"Mark {episodeLabel} watched",
            Aired = AiredView(airing),
            Redirects = SimklLinks.Actions(title, airing, _context.Settings.ClientId),
            Time = Time(airing.When),
            EpisodeLabel = episodeLabel,
            EpisodeTitle = AiringRules.ShownEpisodeTitle(airing, spoilerSafe),
            Poster = parts.Poster,
            Network = title.Network,
            Day = airing.When.DayIn(_context.Zone),
        };
    }

    /// <summary>Several episodes of one title and season on one day, collapsed into one card.</summary>
    public AiringCard Binge(IReadOnlyList<Airing> group, Title title)
    {
        var ordered = group.OrderBy(a => a.Episode).ThenBy(a => a.When.SortKey).ToList();
        var first = ordered[0];
        var last = ordered[^1];
        var card = Single(first, title);
        var finale = ordered.Select(a => a.Finale).Max();
        var spoilerSafe = _context.Settings.SpoilerSafe;
        var episodes = ordered.Select(a =>
        {
            var label = Formats.EpisodeLabel(a.Kind, a.Season, a.Episode!.Value);
            var mark = SimklLinks.MarkWatched(title, a, _context.Settings.ClientId, _context.Settings.MarkWatchedMovies);
            return new EpisodeView(
                a.Episode.Value,
                label,
                AiringRules.ShownEpisodeTitle(a, spoilerSafe),
                SimklLinks.EpisodeUrl(title, PartsOf(title).SimklUrl, a),
                mark,
                mark is null ? string.Empty : $"Mark {label} watched")
            {
                Aired = AiredView(a),
            };
        }).ToList();

        return card with
        {
            EpisodeLast = last.Episode,
            IsPremiere = ordered.Any(AiringRules.IsPremiere),
            Finale = AiringRules.FinaleHook(finale),
            FinaleLabel = AiringRules.FinaleLabel(finale),
            SimklUrl = PartsOf(title).SimklUrl,
            MarkWatched = null,
            MarkWatchedLabel = string.Empty,
            Redirects = SimklLinks.Actions(title, null, _context.Settings.ClientId),
            EpisodeLabel = Formats.EpisodeRange(title.Kind, first.Season, first.Episode!.Value, last.Episode!.Value),
            EpisodeTitle = null,
            Episodes = episodes,
        };
    }

    /// <summary>
    /// Cards for one day's airings (already in display order): more than BingeThreshold episodes of
    /// one title and season collapse into one card placed where the first of them was.
    /// </summary>
    public IReadOnlyList<AiringCard> ForDay(IReadOnlyList<Airing> airings, Func<Airing, Title?> titleOf)
    {
        var threshold = _context.Settings.BingeThreshold;
        var groups = airings
            .Where(a => a.Episode is not null)
            .GroupBy(a => (a.Kind, a.SimklId, Season: a.Kind == MediaKind.Tv ? a.Season : null))
            .Where(g => g.Count() > threshold)
            .ToDictionary(g => g.Key, g => g.ToList());

        var cards = new List<AiringCard>(airings.Count);
        var emitted = new HashSet<(MediaKind, long, int?)>();
        foreach (var airing in airings)
        {
            if (titleOf(airing) is not { } title)
            {
                continue;
            }

            var key = (airing.Kind, airing.SimklId, airing.Kind == MediaKind.Tv ? airing.Season : null);
            if (airing.Episode is not null && groups.TryGetValue(key, out var group))
            {
                if (emitted.Add(key))
                {
                    cards.Add(Binge(group, title));
                }

                continue;
            }

            cards.Add(Single(airing, title));
        }

        return cards;
    }

    /// <summary>Whether the airing has aired at build time, and the instant or date the script re-checks against the visitor's clock.</summary>
    public AiredState AiredView(Airing airing) => new(
        Model.Aired.By(airing.When, _context.Now, _context.Zone),
        airing.When.Instant is { } instant ? Formats.UtcMachine(instant) : null,
        airing.When.Date is { } date ? Formats.IsoDate(date) : null);

    /// <summary>A title in a list, with the list's own facts (watchers, rank, ratings...).</summary>
    public TitleCard ForListEntry(ListEntry entry, Title title, IReadOnlyList<string> facts)
    {
        var parts = PartsOf(title);
        return new()
        {
            SimklId = title.SimklId,
            Kind = title.Kind.Hook(),
            KindLabel = KindLabel(title.Kind),
            Name = title.Name,
            TitlePath = parts.Path,
            SimklUrl = parts.SimklUrl,
            Position = entry.Position,
            Time = entry.When is { } when ? DateAndTime(when) : null,
            Poster = parts.Poster,
            Facts = facts,
        };
    }

    private TitleParts PartsOf(Title title) => _titles.GetOrAdd(
        (title.Kind, title.SimklId),
        static (_, t) => new TitleParts(SiteUrls.Title(t), SimklLinks.TitleUrl(t), Poster(t, SimklImages.PosterSmall)),
        title);

    public static string KindLabel(MediaKind kind) => kind.SingularLabel();
}
