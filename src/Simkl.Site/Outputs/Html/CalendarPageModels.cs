using Simkl.Site.Rendering;

namespace Simkl.Site.Outputs.Html;

// Models of the day, week, month and title pages (theme/layouts/{day,week,month,title}.scriban-html).

/// <summary>The airings of one kind on a day page that start in the same hour (site zone), or the date-only ones.</summary>
public sealed record SlotView(string Id, string Label, TimeView? Time, IReadOnlyList<AiringCard> Cards);

/// <summary>One kind's part of a day page: its count, heading and time slots.</summary>
public sealed record KindGroupView(string Id, string Kind, string Heading, IReadOnlyList<SlotView> Slots);

public sealed record DayModel
{
    public required string Heading { get; init; }

    /// <summary>"290 TV episodes, 30 anime episodes, 50 movies".</summary>
    public required string Summary { get; init; }

    /// <summary>"12 premieres, 3 finales", or null when there are none.</summary>
    public string? Highlights { get; init; }

    /// <summary>The day (its hooks: <c>data-day</c>, <c>data-airings</c>, today).</summary>
    public required DayView Day { get; init; }

    public required IReadOnlyList<KindGroupView> Groups { get; init; }

    /// <summary>Per-kind counts linking to the kind's part of the page.</summary>
    public required IReadOnlyList<LinkView> Jumps { get; init; }

    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }

    /// <summary>The month page; null when the day has none (a day the site zone moved out of the data's months).</summary>
    public LinkView? Month { get; init; }

    public required LinkView Week { get; init; }
}

/// <summary>A title in a month cell or week column: name, kind colour, premiere / finale marks.</summary>
public sealed record ChipView(string Name, string TitlePath, string Kind, string KindLabel, string? Badge);

public sealed record MonthCell
{
    public int? Day { get; init; }
    public string? Date { get; init; }

    /// <summary>"Mon" (shown where the grid becomes a list).</summary>
    public string Weekday { get; init; } = string.Empty;

    public string? Path { get; init; }
    public int Count { get; init; }
    public string CountText { get; init; } = string.Empty;
    public bool IsToday { get; init; }
    public IReadOnlyList<ChipView> Top { get; init; } = [];

    /// <summary>"+287 more" to the day page; empty when the cell shows everything.</summary>
    public string MoreText { get; init; } = string.Empty;
}

/// <summary>A row of the month grid and its week page ("W48", and the full label for screen readers).</summary>
public sealed record MonthWeek(IReadOnlyList<MonthCell> Cells, string? WeekPath, string WeekShort, string WeekLabel);

public sealed record MonthModel
{
    public required string Heading { get; init; }
    public required string MonthLabel { get; init; }
    public required IReadOnlyList<string> Weekdays { get; init; }
    public required IReadOnlyList<MonthWeek> Weeks { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    public required IReadOnlyList<TabLink> Tabs { get; init; }
    public required int Total { get; init; }
}

/// <summary>One day column of a week page: its most popular airings and how many more the day page has.</summary>
public sealed record WeekDayView
{
    public required DayView Day { get; init; }

    /// <summary>"Mon 23 Nov".</summary>
    public required string ShortLabel { get; init; }

    public required string CountText { get; init; }
    public string MoreText { get; init; } = string.Empty;
}

public sealed record WeekModel
{
    public required string Heading { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<WeekDayView> Days { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    public required IReadOnlyList<LinkView> Months { get; init; }
}

/// <summary>One row of a title page's episode table.</summary>
public sealed record EpisodeRow(AiringCard Card, TimeView When, bool IsPast);

/// <summary>The next airing of a title: when, and how long until it from the build's day.</summary>
public sealed record NextAiring(AiringCard Card, TimeView When, string Countdown);

public sealed record TitleModel
{
    public required string Name { get; init; }
    public string? AltName { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }

    /// <summary>The headings over the upcoming and recent dates, in the kind's words (<see cref="Model.MediaKindNames"/>).</summary>
    public required string UpcomingHeading { get; init; }
    public required string RecentHeading { get; init; }

    /// <summary>The episode table's first column: "Episode", or "Release" for a movie.</summary>
    public required string ItemColumn { get; init; }
    public required long SimklId { get; init; }
    public ImageView? Poster { get; init; }
    public ImageView? Fanart { get; init; }
    public required IReadOnlyList<FactView> Facts { get; init; }
    public required IReadOnlyList<FactView> Ratings { get; init; }
    public required IReadOnlyList<string> Genres { get; init; }
    public required RawHtml Overview { get; init; }
    public required string SimklUrl { get; init; }
    public string? TrailerUrl { get; init; }
    public NextAiring? Next { get; init; }

    /// <summary>Today and later, soonest first.</summary>
    public required IReadOnlyList<EpisodeRow> Upcoming { get; init; }

    /// <summary>Before today, newest first.</summary>
    public required IReadOnlyList<EpisodeRow> Recent { get; init; }
}
