using Simkl.Site.Model;
using Simkl.Site.Content;
using Simkl.Site.Index;
using Simkl.Site.Snapshots;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>Builds the site-wide <see cref="SiteView"/>: navigation, "data as of" stamp, stale banner.</summary>
public static class SiteViewFactory
{
    public static SiteView Create(BuildContext context, IReadOnlyList<ContentPage> content)
    {
        var settings = context.Settings;
        var snapshot = context.Catalogue.Snapshot;
        var nav = new List<NavItem>
        {
            new(SiteUrls.Home, "Home", "home"),
            new(SiteUrls.Calendar(), "Calendar", "calendar"),
            new(SiteUrls.Premieres, "Premieres", "premieres"),
            new(SiteUrls.Finales, "Finales", "finales"),
            new(SiteUrls.Trending(), "Trending", "trending"),
            new(SiteUrls.Airing, "Airing", "airing"),
            new(SiteUrls.Best, "Best", "best"),
            new(SiteUrls.Changes, "Changes", "changes"),
        };
        if (content.FirstOrDefault(p => p.Slug == "about") is { } about)
        {
            nav.Add(new(about.Path, about.Title, about.Slug));
        }

        return new SiteView
        {
            Title = settings.Title,
            Description = settings.Description,
            BaseUrl = settings.BaseUrl,
            Language = settings.Language,
            ZoneId = context.Zone.Id,
            DataAsOf = new TimeView(Formats.UtcMachine(snapshot.CapturedAt), $"{Formats.Stamp(snapshot.CapturedAt, context.Zone)} ({context.Zone.Id})", false),
            Stale = Stale(snapshot, context.Zone),
            Synthetic = snapshot.Synthetic,
            Nav = nav,
            FooterLinks = [.. content.Select(p => new LinkView(p.Path, p.Title))],
            SpoilerSafe = settings.SpoilerSafe,
            MarkWatchedEnabled = !string.IsNullOrWhiteSpace(settings.ClientId),
        };
    }

    /// <summary>
    /// Calendar sources whose last fetch failed (<c>stale</c>: last good copy kept, or <c>missing</c>).
    /// A v1 record is the legacy fallback: it is not reported when the v2 file for the same kind and
    /// month is good.
    /// </summary>
    public static IReadOnlyList<StaleView> Stale(SnapshotManifest snapshot, TimeZoneInfo zone)
    {
        static bool Good(SourceRecord r) => r.Outcome is SourceOutcome.Fresh or SourceOutcome.NotModified;

        var calendars = snapshot.Sources.Where(s => s.Type is SourceType.CalendarV2 or SourceType.CalendarV1).ToList();
        var goodV2 = calendars.Where(s => s.Type == SourceType.CalendarV2 && Good(s)).Select(s => (s.Kind, s.Month)).ToHashSet();
        return calendars
            .Where(s => s.Outcome is SourceOutcome.Stale or SourceOutcome.Missing)
            .Where(s => s.Type == SourceType.CalendarV2 || !goodV2.Contains((s.Kind, s.Month)))
            .OrderBy(s => s.Kind)
            .ThenBy(s => s.Month ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(s => s.Type)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new StaleView(
                Label(s),
                s.Outcome == SourceOutcome.Stale ? "stale" : "missing",
                s.GoodAt is { } good ? new TimeView(Formats.UtcMachine(good), $"{Formats.Stamp(good, zone)} ({zone.Id})", false) : null,
                s.Message))
            .ToList();
    }

    private static string Label(SourceRecord s)
    {
        var kind = s.Kind.SingularLabel();
        var version = s.Type == SourceType.CalendarV1 ? " (legacy v1)" : string.Empty;
        if (s.Month is { Length: 7 } month
            && int.TryParse(month[..4], System.Globalization.CultureInfo.InvariantCulture, out var y)
            && int.TryParse(month[5..], System.Globalization.CultureInfo.InvariantCulture, out var m)
            && m is >= 1 and <= 12)
        {
            return $"{kind} calendar for {Formats.MonthLabel(y, m)}{version}";
        }

        return $"{kind} calendar, next days{version}";
    }
}
