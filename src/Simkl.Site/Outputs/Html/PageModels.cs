using Simkl.Site.Rendering;

namespace Simkl.Site.Outputs.Html;

// One model per layout (theme/layouts/<name>.scriban-html sees it as `model`).

public sealed record ListSection
{
    public required string Id { get; init; }
    public required string Heading { get; init; }
    public required IReadOnlyList<TitleCard> Cards { get; init; }
    public string? Note { get; init; }
    public LinkView? More { get; init; }
    public string EmptyText { get; init; } = "Nothing in this list right now.";
}

public sealed record AiringSection
{
    public required string Id { get; init; }
    public required string Heading { get; init; }
    public required IReadOnlyList<AiringCard> Cards { get; init; }

    /// <summary>Says when the list is older than the build; null otherwise.</summary>
    public string? Note { get; init; }

    public string EmptyText { get; init; } = "Nothing in this list right now.";
}

/// <summary>A link in a row of alternatives (all / per kind / premieres / finales); <c>Current</c> marks this page.</summary>
public sealed record TabLink(string Href, string Text, bool Current);

public sealed record FactView(string Term, string Value);

public sealed record HomeModel
{
    public required CalendarView Calendar { get; init; }
    public required IReadOnlyList<AiringCard> Premieres { get; init; }
    public required IReadOnlyList<ListSection> Trending { get; init; }
    public required IReadOnlyList<TabLink> Tabs { get; init; }
}

public sealed record CalendarModel
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required CalendarView Calendar { get; init; }
    public required IReadOnlyList<TabLink> Tabs { get; init; }
    public required IReadOnlyList<LinkView> Months { get; init; }
    public string EmptyText { get; init; } = "Nothing scheduled.";
}

public sealed record MonthCell(int? Day, string? Date, string? Path, int Count, string CountText, bool IsToday);

public sealed record MonthWeek(IReadOnlyList<MonthCell> Cells);

public sealed record MonthDaySummary(string Date, string Label, string Path, string CountText);

public sealed record MonthModel
{
    public required string Heading { get; init; }
    public required string MonthLabel { get; init; }
    public required IReadOnlyList<string> Weekdays { get; init; }
    public required IReadOnlyList<MonthWeek> Weeks { get; init; }
    public required IReadOnlyList<MonthDaySummary> Days { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    public required IReadOnlyList<TabLink> Tabs { get; init; }
    public required CalendarView Highlights { get; init; }
    public required int Total { get; init; }
}

public sealed record DayModel
{
    public required string Heading { get; init; }
    public required CalendarView Calendar { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    public required LinkView Month { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<TabLink> Tabs { get; init; }
}

public sealed record HighlightsModel
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required CalendarView Upcoming { get; init; }
    public required CalendarView Recent { get; init; }

    /// <summary>How many days back <see cref="Recent"/> reaches, for the page's wording.</summary>
    public required int RecentDays { get; init; }
    public required IReadOnlyList<ListSection> Lists { get; init; }
    public required IReadOnlyList<TabLink> Tabs { get; init; }
}

public sealed record TrendingModel
{
    public required string Heading { get; init; }
    public required IReadOnlyList<ListSection> Sections { get; init; }
    public required IReadOnlyList<LinkView> MostWatched { get; init; }
    public required IReadOnlyList<TabLink> Tabs { get; init; }
}

public sealed record AiringModel
{
    public required IReadOnlyList<AiringSection> Sections { get; init; }
}

public sealed record BestModel
{
    public required IReadOnlyList<ListSection> Sections { get; init; }
}

public sealed record TitleModel
{
    public required string Name { get; init; }
    public string? AltName { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }

    /// <summary>The headings over the upcoming and recent dates, in the kind's words (<see cref="Model.MediaKindNames"/>).</summary>
    public required string UpcomingHeading { get; init; }
    public required string RecentHeading { get; init; }
    public required long SimklId { get; init; }
    public ImageView? Poster { get; init; }
    public ImageView? Fanart { get; init; }
    public required IReadOnlyList<FactView> Facts { get; init; }
    public required IReadOnlyList<FactView> Ratings { get; init; }
    public required IReadOnlyList<string> Genres { get; init; }
    public required RawHtml Overview { get; init; }
    public required string SimklUrl { get; init; }
    public string? TrailerUrl { get; init; }
    public required CalendarView Upcoming { get; init; }
    public required CalendarView Recent { get; init; }
}

public sealed record ContentModel(RawHtml Html);

public sealed record NotFoundModel(IReadOnlyList<LinkView> Links);
