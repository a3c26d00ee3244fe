using Simkl.Site.Model;
using Simkl.Site.Content;
using Simkl.Site.Index;
using Simkl.Site.Snapshots;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// Builds the site-wide <see cref="SiteView"/> (navigation, stale banner) and each page's "Updated"
/// stamp. The capture time is not site-wide: it would change every page on every capture.
/// </summary>
public static class SiteViewFactory
{
    public static SiteView Create(BuildContext context, IReadOnlyList<ContentPage> content)
    {
        var settings = context.Settings;
        var snapshot = context.Catalogue.Snapshot;
        return new SiteView
        {
            Title = settings.Title,
            Description = settings.Description,
            BaseUrl = settings.BaseUrl,
            Language = settings.Language,
            ZoneId = context.Zone.Id,
            Stale = Stale(snapshot, context.Zone),
            Synthetic = snapshot.Synthetic,
            Nav = new SiteNav(content).Items,
            FooterLinks = [.. content.Select(p => new LinkView(p.Path, p.Title))],
            SpoilerSafe = settings.SpoilerSafe,
            MarkWatchedEnabled = !string.IsNullOrWhiteSpace(settings.ClientId),
        };
    }

    /// <summary>A page's "Updated" time: when its content last changed (the capture that changed it), in the site's zone.</summary>
    public static TimeView Updated(DateTimeOffset at, TimeZoneInfo zone) =>
        new(Formats.UtcMachine(at), $"{Formats.Stamp(at, zone)} ({zone.Id})", false);

    /// <summary>
    /// One line per kind whose calendar could not be refreshed in the last fetch: only what a
    /// visitor needs ("the TV calendar could not be refreshed since …"). A kind counts as
    /// refreshed when its rolling file or its current month's archive, v2 or the v1 fallback, came
    /// back good; so a v2 failure served by v1 says nothing, and neither does an archive month
    /// that simply has no file (404) or a failed past month. The time is when the shown data was
    /// last confirmed good. The per-source detail is in the fetch report and <c>stats</c>.
    /// </summary>
    public static IReadOnlyList<StaleView> Stale(SnapshotManifest snapshot, TimeZoneInfo zone)
    {
        static bool Good(SourceRecord r) => r.Outcome is SourceOutcome.Fresh or SourceOutcome.NotModified;

        var currentMonth = snapshot.CapturedAt.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var lines = new List<StaleView>();
        foreach (var kind in MediaKindNames.All)
        {
            var current = snapshot.Sources
                .Where(s => s.Kind == kind && s.Type is SourceType.CalendarV2 or SourceType.CalendarV1 && (s.Month is null || s.Month == currentMonth))
                .ToList();
            if (current.Count == 0 || current.Any(Good))
            {
                continue;
            }

            var label = kind.SingularNoun();
            var since = current.Select(s => s.GoodAt).Where(t => t is not null).Max();
            lines.Add(since is { } good
                ? new StaleView($"The {label} calendar could not be refreshed", new TimeView(Formats.UtcMachine(good), $"{Formats.Stamp(good, zone)} ({zone.Id})", false))
                : new StaleView($"The {label} calendar could not be loaded", null));
        }

        return lines;
    }
}
