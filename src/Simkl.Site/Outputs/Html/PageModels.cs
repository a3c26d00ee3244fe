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

    /// <summary>The dated entries by day (site zone), each day in time order.</summary>
    public required CalendarView Days { get; init; }

    /// <summary>Entries Simkl lists without a date, after the dated ones.</summary>
    public IReadOnlyList<AiringCard> Unannounced { get; init; } = [];

    public bool IsEmpty => Days.CardCount == 0 && Unannounced.Count == 0;

    /// <summary>Says when the list is older than the build; null otherwise.</summary>
    public string? Note { get; init; }

    public string EmptyText { get; init; } = "Nothing in this list right now.";
}

/// <summary>A link in a row of alternatives (all / per kind / premieres / finales); <c>Current</c> marks this page.</summary>
public sealed record TabLink(string Href, string Text, bool Current);

public sealed record FactView(string Term, string Value);

public sealed record CalendarModel
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required CalendarView Calendar { get; init; }

    /// <summary>The no-JS filter links (other kinds, premieres, finales, without specials).</summary>
    public required FilterLinksView Filters { get; init; }

    /// <summary>The filter form's choices a plain page shows too, for the script to link (hidden without it).</summary>
    public IReadOnlyList<FilterPageLink> FilterPages { get; init; } = [];
    public required IReadOnlyList<LinkView> Months { get; init; }
    public string EmptyText { get; init; } = "Nothing scheduled.";
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

    /// <summary>The no-JS filter links (other kinds, the calendar, finales or premieres, without specials).</summary>
    public required FilterLinksView Filters { get; init; }
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

public sealed record ContentModel(RawHtml Html);

public sealed record NotFoundModel(IReadOnlyList<LinkView> Links);
