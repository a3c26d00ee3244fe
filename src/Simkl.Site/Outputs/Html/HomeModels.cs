namespace Simkl.Site.Outputs.Html;

// Models of the home page and the per-kind landing pages (/tv/, /anime/, /movies/).

/// <summary>
/// One airing of an "up next" list. <c>Aired</c>, <c>Countdown</c> and <c>Hidden</c> are as of the
/// build; site.js works them out again against the visitor's clock (docs/markup.md).
/// </summary>
public sealed record UpNextItem(AiringCard Card, bool Aired, string Countdown, bool Hidden);

/// <summary>
/// A short list of what airs next, in time order, with a "now" line between what has aired and
/// what has not. It carries a few more items than it shows (hidden), so a visitor whose clock is
/// hours past the build still sees a full list once the script has moved the line.
/// </summary>
public sealed record UpNextView
{
    public required IReadOnlyList<UpNextItem> Items { get; init; }

    /// <summary>The build instant: where the static "now" line sits.</summary>
    public required TimeView Now { get; init; }

    /// <summary>How many aired items stay visible (the most recent) and how many upcoming ones.</summary>
    public required int ShowAired { get; init; }

    public required int ShowNext { get; init; }
    public required string EmptyText { get; init; }
    public bool HasUpcoming => Items.Any(i => !i.Hidden && !i.Aired);
}

/// <summary>"All today: 290 TV episodes, …" links to one day's page (site zone); <c>Hidden</c> unless that day is today.</summary>
public sealed record DayKindLinks(string Date, bool Hidden, IReadOnlyList<KindCountLink> Links);

public sealed record KindCountLink(string Href, string Kind, string Text);

public sealed record HomeModel
{
    public required string Heading { get; init; }
    public required UpNextView UpNext { get; init; }
    public required IReadOnlyList<DayKindLinks> DayLinks { get; init; }

    /// <summary>The most popular movie releases of today (date-only: no time, no countdown).</summary>
    public required IReadOnlyList<AiringCard> OutToday { get; init; }

    public LinkView? OutTodayMore { get; init; }
    public required IReadOnlyList<AiringCard> Premieres { get; init; }
    public required IReadOnlyList<ListSection> Trending { get; init; }

    /// <summary>Where to go from here: day pages of the next days, the calendars, the kinds.</summary>
    public required IReadOnlyList<LinkView> Browse { get; init; }
}

public sealed record KindHomeModel
{
    public required string Kind { get; init; }
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public UpNextView? UpNext { get; init; }
    public required IReadOnlyList<DayKindLinks> DayLinks { get; init; }
    public required IReadOnlyList<AiringCard> OutToday { get; init; }

    /// <summary>The next seven days, each with its most popular airings and a link to the whole day.</summary>
    public required CalendarView Week { get; init; }

    public required IReadOnlyList<AiringCard> Premieres { get; init; }
    public ListSection? Trending { get; init; }
    public ListSection? Best { get; init; }
    public required IReadOnlyList<LinkView> Browse { get; init; }
}
