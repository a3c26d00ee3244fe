using Simkl.Site.Model;
using Simkl.Site.Urls;
using System.Globalization;

namespace Simkl.Site.Changes;

/// <summary>
/// The model of <c>/changes/</c>, ready for a Scriban layout: the log grouped by the build that
/// detected each change, newest build first, with words and machine values for every time.
/// </summary>
public sealed record ChangesPage
{
    /// <summary>True when this build had nothing to compare with: the page says tracking starts now.</summary>
    public required bool FirstBuild { get; init; }

    /// <summary>Why an existing previous state was not used (another source, unreadable file); null otherwise.</summary>
    public string? RestartReason { get; init; }

    /// <summary>Machine value (UTC) of when change tracking started.</summary>
    public required string TrackingSince { get; init; }

    public required string TrackingSinceText { get; init; }

    public required int RetentionDays { get; init; }

    public required IReadOnlyList<ChangesPageGroup> Groups { get; init; }

    public int Count => Groups.Sum(g => g.Entries.Count);

    public static ChangesPage From(ScheduleChangeResult result, TimeZoneInfo zone, Func<string, bool>? titlePageExists = null)
    {
        var state = result.State;
        var groups = state.Log
            .GroupBy(c => c.DetectedAt)
            .OrderByDescending(g => g.Key)
            .Select(g => new ChangesPageGroup(Stamp(g.Key), WhenText(g.Key, zone), [.. g.Select(c => Entry(c, zone, titlePageExists?.Invoke(c.TitlePath) ?? true))]))
            .ToList();
        return new ChangesPage
        {
            FirstBuild = result.FirstBuild,
            RestartReason = result.RestartReason,
            TrackingSince = Stamp(state.TrackingSince),
            TrackingSinceText = WhenText(state.TrackingSince, zone),
            RetentionDays = DetectScheduleChanges.RetentionDays,
            Groups = groups,
        };
    }

    private static ChangesPageEntry Entry(ScheduleChange c, TimeZoneInfo zone, bool hasPage) => new()
    {
        Anchor = $"c-{c.Id}",
        Type = ChangesFeed.Term(c.Type),
        Label = ChangeText.Label(c.Type, c.Finale),
        Kind = c.Kind.Hook(),
        SimklId = c.SimklId,
        Title = c.Title,
        TitlePath = hasPage ? c.TitlePath : null,
        SimklUrl = SimklLinks.TitleUrl(c.Kind, c.SimklId, c.Slug),
        Season = c.Season,
        Episode = c.Episode,
        EpisodeLabel = c.EpisodeLabel,
        PreviousWhen = c.PreviousWhen?.MachineValue,
        PreviousText = c.PreviousWhen is { } p ? ChangeText.When(p, zone) : null,
        NewWhen = c.NewWhen?.MachineValue,
        NewText = c.NewWhen is { } n ? ChangeText.When(n, zone) : null,
        Headline = ChangeText.Headline(c, zone),
    };

    private static string Stamp(DateTimeOffset t) =>
        UtcText.Format(t);

    private static string WhenText(DateTimeOffset t, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(t, zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " " + zone.Id;
}

/// <summary>The changes one build detected.</summary>
public sealed record ChangesPageGroup(string DetectedAt, string DetectedAtText, IReadOnlyList<ChangesPageEntry> Entries);

/// <summary>One change as the page shows it (all text still to be HTML-escaped by the renderer).</summary>
public sealed record ChangesPageEntry
{
    public required string Anchor { get; init; }

    /// <summary>added | moved-date | moved-time | removed | finale (a data-change hook for tests and scripts).</summary>
    public required string Type { get; init; }

    public required string Label { get; init; }

    /// <summary>tv | anime | movie (the data-kind hook).</summary>
    public required string Kind { get; init; }

    public required long SimklId { get; init; }
    public required string Title { get; init; }
    /// <summary>Our title page, or null when the site has none for this title (then only Simkl is linked).</summary>
    public string? TitlePath { get; init; }

    public required string SimklUrl { get; init; }
    public int? Season { get; init; }
    public int? Episode { get; init; }
    public required string EpisodeLabel { get; init; }
    public string? PreviousWhen { get; init; }
    public string? PreviousText { get; init; }
    public string? NewWhen { get; init; }
    public string? NewText { get; init; }
    public required string Headline { get; init; }
}
