using System.Globalization;
using AngleSharp.Dom;

namespace Simkl.Site.Check;

/// <summary>One airing as a card shows it: kind, Simkl id, season and episode (null for movies).</summary>
public readonly record struct ShownAiring(string Kind, long SimklId, int? Season, int? Episode)
{
    public override string ToString() => Kind + " " + SimklId.ToString(CultureInfo.InvariantCulture)
        + (Season is { } s ? " S" + s.ToString(CultureInfo.InvariantCulture) : string.Empty)
        + (Episode is { } e ? " E" + e.ToString(CultureInfo.InvariantCulture) : string.Empty);
}

/// <summary>One day section of a page: its date, the airings it states (<c>data-airings</c>) and those its cards show.</summary>
public sealed record DaySection(string Date, int? Stated, IReadOnlyList<ShownAiring> Shown);

/// <summary>
/// What can be verified from one HTML page alone that it is complete: it ends with
/// <c>&lt;/html&gt;</c> (a cut page does not), every day section shows as many airings as its
/// <c>data-airings</c> states (binge cards count their episodes), and every binge card's episode
/// list (<c>data-count</c>) holds that many entries. Used by the build on each rendered page and by
/// <c>check</c> on a built folder.
/// </summary>
public static class PageCompleteness
{
    /// <summary>Checks the raw text of a page; <paramref name="sections"/> gets its day sections.</summary>
    public static IReadOnlyList<CheckProblem> Check(string path, ReadOnlySpan<char> html, out IReadOnlyList<DaySection> sections)
    {
        var problems = new List<CheckProblem>();
        if (CutShort(path, html) is { } cut)
        {
            problems.Add(cut);
        }

        // Only pages with count hooks need a scan; the others are done.
        if (!html.Contains("data-airings=", StringComparison.Ordinal) && !html.Contains("data-count=", StringComparison.Ordinal))
        {
            sections = [];
            return problems;
        }

        // The build checks every page it renders, so this is a scan of the tags, not a parse: same
        // counts and lines as the parsed version below, which check uses on a written folder.
        problems.AddRange(CountHookScan.Check(path, html, out sections));
        return problems;
    }

    /// <summary>The count checks on a parsed page (<c>check</c> parses once for links and these).</summary>
    public static IReadOnlyList<CheckProblem> Check(string path, IDocument document, out IReadOnlyList<DaySection> sections)
    {
        var problems = new List<CheckProblem>();
        foreach (var list in document.QuerySelectorAll("ol[data-count]"))
        {
            var stated = Number(list, "data-count");
            var shown = list.Children.Count(c => c.LocalName == "li");
            if (stated != shown)
            {
                problems.Add(new CheckProblem(path, LineOf(list), $"a list states {Text(stated)} entries but shows {shown}"));
            }
        }

        var found = new List<DaySection>();
        foreach (var section in document.QuerySelectorAll("section.day"))
        {
            var date = section.GetAttribute("data-day") ?? string.Empty;
            var stated = section.HasAttribute("data-airings") ? Number(section, "data-airings") : null;
            var shown = Shown(section);
            found.Add(new DaySection(date, stated, shown));
            if (section.HasAttribute("data-airings") && stated != shown.Count)
            {
                problems.Add(new CheckProblem(path, LineOf(section), $"day {date} states {Text(stated)} airings (data-airings) but its cards show {shown.Count}"));
            }
        }

        sections = found;
        return problems;
    }

    /// <summary>The airings the cards of one day section show; a binge card shows each of its episodes.</summary>
    private static List<ShownAiring> Shown(IElement section)
    {
        var shown = new List<ShownAiring>();
        foreach (var card in section.QuerySelectorAll("li.card"))
        {
            var kind = card.GetAttribute("data-kind") ?? string.Empty;
            var id = long.TryParse(card.GetAttribute("data-simkl-id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : -1;
            var season = Number(card, "data-season");
            var episodes = card.QuerySelectorAll("details.episodes li[data-episode]");
            if (episodes.Length > 0)
            {
                shown.AddRange(episodes.Select(e => new ShownAiring(kind, id, season, Number(e, "data-episode"))));
            }
            else
            {
                shown.Add(new ShownAiring(kind, id, season, Number(card, "data-episode")));
            }
        }

        return shown;
    }

    /// <summary>A problem when the page does not end with <c>&lt;/html&gt;</c> (trailing white space aside).</summary>
    public static CheckProblem? CutShort(string path, ReadOnlySpan<char> html) =>
        html.TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase)
            ? null
            : new CheckProblem(path, LineCount(html), "page does not end with </html>: it was cut short");

    private static int? Number(IElement element, string attribute) =>
        int.TryParse(element.GetAttribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Text(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "an unreadable number of";

    private static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 1;

    // The last line with text: where the page stops.
    private static int LineCount(ReadOnlySpan<char> text) => text.TrimEnd().Count('\n') + 1;
}
