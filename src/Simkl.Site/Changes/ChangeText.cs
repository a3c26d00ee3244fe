using System.Globalization;
using Simkl.Site.Model;

namespace Simkl.Site.Changes;

/// <summary>Words for a change, shared by the page and the feed so both say the same thing.</summary>
public static class ChangeText
{
    public static string Label(ChangeType type, FinaleKind finale) => type switch
    {
        ChangeType.Added => "Added",
        ChangeType.MovedDate => "Moved",
        ChangeType.MovedTime => "New time",
        ChangeType.Removed => "Removed",
        _ => finale switch
        {
            FinaleKind.MidSeason => "Mid-season finale",
            FinaleKind.Series => "Series finale",
            _ => "Season finale",
        },
    };

    /// <summary>"Show Name S01E05" or "Show Name".</summary>
    public static string Subject(ScheduleChange c) =>
        c.EpisodeLabel.Length == 0 ? c.Title : $"{c.Title} {c.EpisodeLabel}";

    /// <summary>A time in words, in the site zone: "Tue 1 Dec 2026, 01:00 UTC" or "Thu 10 Dec 2026".</summary>
    public static string When(AiringTime t, TimeZoneInfo zone)
    {
        if (t.Instant is { } i)
        {
            var local = TimeZoneInfo.ConvertTime(i, zone);
            return local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " " + zone.Id;
        }

        return t.Date!.Value.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>One line: "Moved: Show S01E05 from Tue 1 Dec 2026 to Thu 3 Dec 2026".</summary>
    public static string Headline(ScheduleChange c, TimeZoneInfo zone)
    {
        var label = Label(c.Type, c.Finale);
        return c.Type switch
        {
            ChangeType.Added => $"{label}: {Subject(c)} on {When(c.NewWhen!.Value, zone)}",
            ChangeType.Removed => $"{label}: {Subject(c)} (was {When(c.PreviousWhen!.Value, zone)})",
            ChangeType.Finale => $"{label}: {Subject(c)} on {When(c.NewWhen!.Value, zone)}",
            _ => $"{label}: {Subject(c)} from {When(c.PreviousWhen!.Value, zone)} to {When(c.NewWhen!.Value, zone)}",
        };
    }
}
