using Simkl.Site.Model;
using Simkl.Site.Urls;
using Simkl.Site.Outputs.Atom;

namespace Simkl.Site.Changes;

/// <summary>
/// <c>/changes.xml</c>: the change log as an Atom feed, written by the same
/// <see cref="AtomFeedWriter"/> as <c>/feed.xml</c>. Entry ids are stable (derived from what
/// changed); each entry carries the previous and the new time, in words and as machine values.
/// Deterministic: <c>updated</c> is the newest entry's detection time (or when tracking started).
/// </summary>
public static class ChangesFeed
{
    public static byte[] Write(ScheduleState state, string siteTitle, string baseUrl, TimeZoneInfo zone, Func<string, bool>? titlePageExists = null)
    {
        var head = new AtomHead
        {
            Id = SiteUrls.Absolute(baseUrl, SiteUrls.ChangesFeed),
            Title = $"{siteTitle}: schedule changes",
            Subtitle = "Airings added, moved or removed between builds, from Simkl's calendar data.",
            Updated = state.Log.Count > 0 ? state.Log.Max(c => c.DetectedAt) : state.TrackingSince,
            Links =
            [
                new AtomLink("self", "application/atom+xml", SiteUrls.Absolute(baseUrl, SiteUrls.ChangesFeed)),
                new AtomLink("alternate", "text/html", SiteUrls.Absolute(baseUrl, SiteUrls.Changes)),
            ],
            AuthorName = siteTitle,
            AuthorUri = baseUrl + "/",
            Rights = "Data from Simkl (https://simkl.com).",
        };
        return AtomFeedWriter.Write(head, state.Log.Select(c =>
        {
            // The title's page when the site has one (a removed title may not), else the change on /changes/.
            var hasPage = titlePageExists?.Invoke(c.TitlePath) ?? true;
            return new AtomItem(
                c.AtomId,
                ChangeText.Headline(c, zone),
                c.DetectedAt,
                [
                    new AtomLink("alternate", "text/html", hasPage ? $"{baseUrl}{c.TitlePath}" : $"{baseUrl}{SiteUrls.Changes}#c-{c.Id}"),
                    new AtomLink("related", "text/html", SimklLinks.TitleUrl(c.Kind, c.SimklId, c.Slug)),
                ],
                [new AtomCategory(Term(c.Type)), new AtomCategory(c.Kind.Hook())],
                Summary(c, zone));
        }));
    }

    /// <summary>"previous: … (2026-12-01T01:00:00Z); new: … (2026-12-03T01:00:00Z)".</summary>
    public static string Summary(ScheduleChange c, TimeZoneInfo zone)
    {
        var parts = new List<string>();
        if (c.PreviousWhen is { } p)
        {
            parts.Add($"Previous: {ChangeText.When(p, zone)} ({p.MachineValue})");
        }

        if (c.NewWhen is { } n)
        {
            parts.Add($"New: {ChangeText.When(n, zone)} ({n.MachineValue})");
        }

        if (c.Type == ChangeType.Removed)
        {
            parts.Add("No longer in Simkl's calendar.");
        }

        return string.Join(". ", parts);
    }

    public static string Term(ChangeType type) => type switch
    {
        ChangeType.Added => "added",
        ChangeType.MovedDate => "moved-date",
        ChangeType.MovedTime => "moved-time",
        ChangeType.Removed => "removed",
        _ => "finale",
    };
}
