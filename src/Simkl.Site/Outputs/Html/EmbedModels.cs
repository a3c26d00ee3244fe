namespace Simkl.Site.Outputs.Html;

// Models of the widget pages (theme/layouts/embed-*.scriban-html see them as `model`). Plain text
// everywhere: the template context escapes it.

/// <summary>A compact calendar for an iframe: the next days, one theme, all kinds or one.</summary>
public sealed record EmbedCalendarModel
{
    public required string Heading { get; init; }

    /// <summary><c>all</c>, <c>tv</c>, <c>anime</c> or <c>movie</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>auto</c> (follows the visitor's prefers-color-scheme), <c>light</c> or <c>dark</c>.</summary>
    public required string Theme { get; init; }

    public required CalendarView Calendar { get; init; }

    /// <summary>The full calendar on the site (absolute: it opens in a new tab, outside the frame).</summary>
    public required string FullCalendarUrl { get; init; }

    public required string EmptyText { get; init; }
}

/// <summary>An attribute of &lt;simkl-calendar&gt; as documented on the /embed/ page.</summary>
public sealed record WidgetOption(string Name, string Values, string Description);

public sealed record EmbedIndexModel
{
    public required IReadOnlyList<WidgetOption> Options { get; init; }

    /// <summary>Every static iframe page: per kind and theme.</summary>
    public required IReadOnlyList<LinkView> Variants { get; init; }

    /// <summary>The JSON documents and their schemas, for people building their own widget.</summary>
    public required IReadOnlyList<LinkView> Data { get; init; }

    public required string WidgetScriptUrl { get; init; }

    public required WidgetBuilderView Builder { get; init; }
}

/// <summary>
/// The widget builder on /embed/: the choices, with each kind's iframe page per theme from the URL
/// map (the script only appends the query: days, zone, clock, spoilers), and the snippets for the
/// default choice, which the page shows as they are without JavaScript.
/// </summary>
public sealed record WidgetBuilderView
{
    /// <summary>The site's absolute base, which every snippet URL starts with.</summary>
    public required string BaseUrl { get; init; }

    public required string ScriptUrl { get; init; }
    public required IReadOnlyList<BuilderKind> Kinds { get; init; }
    public required IReadOnlyList<int> Days { get; init; }
    public required int DefaultDays { get; init; }
    public required string DefaultFrameSrc { get; init; }
    public required string IframeSnippet { get; init; }
    public required string ComponentSnippet { get; init; }
}

/// <summary>A kind the builder offers: the widget's <c>kind</c> value and the iframe page per theme.</summary>
public sealed record BuilderKind(string Value, string Label, string Auto, string Light, string Dark);
