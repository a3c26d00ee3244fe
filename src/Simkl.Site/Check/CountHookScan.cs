using System.Globalization;
using System.Net;

namespace Simkl.Site.Check;

/// <summary>
/// The count checks of <see cref="PageCompleteness"/> in one forward pass over the page's tags,
/// without building a DOM: the build verifies every page it renders, and a full HTML parse per
/// page cost as much as rendering it. Elements are matched the way an HTML parser does where it
/// matters for counting (void elements, raw-text elements, comments, an <c>li</c> start tag
/// closing the open <c>li</c>, an end tag closing what is open inside it), so the result equals
/// the parsed version's (<c>check</c> keeps the parser; a test compares both on every page).
/// </summary>
internal static class CountHookScan
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title" };

    // Elements an end tag or an li start tag does not look past (the parser's "special" category).
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "section", "select", "source",
        "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track",
        "ul", "wbr", "xmp",
    };

    private sealed class CountedList(int? stated, int line)
    {
        public int? Stated { get; } = stated;
        public int Line { get; } = line;
        public int Shown { get; set; }
    }

    private sealed class Section(string date, bool hasStated, int? stated, int line)
    {
        public string Date { get; } = date;
        public bool HasStated { get; } = hasStated;
        public int? Stated { get; } = stated;
        public int Line { get; } = line;

        /// <summary>Cards in document order (a card may still be filling in its episodes).</summary>
        public List<Card> Cards { get; } = [];

        /// <summary>The airings the cards show: a card's episodes, or the card itself when it lists none.</summary>
        public List<ShownAiring> Shown() => [.. Cards.SelectMany(c => c.Episodes.Count > 0
            ? c.Episodes.Select(e => new ShownAiring(c.Kind, c.Id, c.Season, e))
            : [new ShownAiring(c.Kind, c.Id, c.Season, c.Episode)])];
    }

    private sealed class Card(string kind, long id, int? season, int? episode)
    {
        public string Kind { get; } = kind;
        public long Id { get; } = id;
        public int? Season { get; } = season;
        public int? Episode { get; } = episode;
        public List<int?> Episodes { get; } = [];
    }

    private sealed record Frame(string Name, CountedList? List = null, Section? Section = null, Card? Card = null, bool Episodes = false);

    public static IReadOnlyList<CheckProblem> Check(string path, string html, out IReadOnlyList<DaySection> sections)
    {
        var stack = new List<Frame>();
        var lists = new List<CountedList>();
        var found = new List<Section>();
        var lines = new LineCounter(html);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                var end = html.IndexOf('>', i);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var tagStart = i;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var attributes = ReadAttributes(html, nameEnd, out i);
            if (closing)
            {
                Close(stack, name);
                continue;
            }

            Open(stack, name, attributes, lines.LineAt(tagStart), lists, found);
            if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
        }

        var problems = new List<CheckProblem>();
        foreach (var list in lists.Where(l => l.Stated != l.Shown))
        {
            problems.Add(new CheckProblem(path, list.Line, $"a list states {Text(list.Stated)} entries but shows {list.Shown}"));
        }

        var result = new List<DaySection>(found.Count);
        foreach (var section in found)
        {
            var shown = section.Shown();
            result.Add(new DaySection(section.Date, section.Stated, shown));
            if (section.HasStated && section.Stated != shown.Count)
            {
                problems.Add(new CheckProblem(path, section.Line, $"day {section.Date} states {Text(section.Stated)} airings (data-airings) but its cards show {shown.Count}"));
            }
        }

        sections = result;
        return problems;
    }

    private static void Open(List<Frame> stack, string name, Dictionary<string, string> attributes, int line, List<CountedList> lists, List<Section> found)
    {
        if (name == "li")
        {
            // An li start tag closes the open li, unless a list or other block boundary lies between.
            for (var k = stack.Count - 1; k >= 0; k--)
            {
                if (stack[k].Name == "li")
                {
                    stack.RemoveRange(k, stack.Count - k);
                    break;
                }

                if (Special.Contains(stack[k].Name) && stack[k].Name is not ("address" or "div" or "p"))
                {
                    break;
                }
            }

            if (stack.Count > 0 && stack[^1].List is { } parent)
            {
                parent.Shown++;
            }
        }

        if (Void.Contains(name))
        {
            return;
        }

        var classes = attributes.TryGetValue("class", out var c) ? c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) : [];
        CountedList? list = null;
        Section? section = null;
        Card? card = null;
        if (name == "ol" && attributes.TryGetValue("data-count", out var count))
        {
            list = new CountedList(int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null, line);
            lists.Add(list);
        }
        else if (name == "section" && classes.Contains("day"))
        {
            section = new Section(attributes.GetValueOrDefault("data-day") ?? string.Empty, attributes.ContainsKey("data-airings"), Number(attributes, "data-airings"), line);
            found.Add(section);
        }
        else if (name == "li" && classes.Contains("card"))
        {
            card = new Card(
                attributes.GetValueOrDefault("data-kind") ?? string.Empty,
                long.TryParse(attributes.GetValueOrDefault("data-simkl-id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : -1,
                Number(attributes, "data-season"),
                Number(attributes, "data-episode"));
            foreach (var open in stack.Select(f => f.Section).OfType<Section>())
            {
                open.Cards.Add(card);
            }
        }
        else if (name == "li" && attributes.ContainsKey("data-episode"))
        {
            // An episode of the innermost card, when inside that card's details.episodes.
            for (var k = stack.Count - 1; k >= 0; k--)
            {
                if (stack[k].Card is { } owner)
                {
                    if (stack.Skip(k + 1).Any(f => f.Episodes))
                    {
                        owner.Episodes.Add(Number(attributes, "data-episode"));
                    }

                    break;
                }
            }
        }

        stack.Add(new Frame(name, list, section, card, name == "details" && classes.Contains("episodes")));
    }

    private static void Close(List<Frame> stack, string name)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Name == name)
            {
                stack.RemoveRange(k, stack.Count - k);
                return;
            }

            if (Special.Contains(stack[k].Name))
            {
                return;
            }
        }
    }

    /// <summary>The attributes of a start tag from <paramref name="i"/> (after its name) to its '&gt;'; <paramref name="next"/> is just past it.</summary>
    private static Dictionary<string, string> ReadAttributes(string html, int i, out int next)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                break;
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '=' or '/'))
            {
                i++;
            }

            var name = html[nameStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var value = string.Empty;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    end = end < 0 ? html.Length : end;
                    value = html[(i + 1)..end];
                    i = Math.Min(html.Length, end + 1);
                }
                else
                {
                    var start = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html[start..i];
                }
            }

            // The first of two same-named attributes wins, as in the parser.
            attributes.TryAdd(name, value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
        }

        next = Math.Min(html.Length, i + 1);
        return attributes;
    }

    private static int? Number(Dictionary<string, string> attributes, string name) =>
        int.TryParse(attributes.GetValueOrDefault(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Text(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "an unreadable number of";

    /// <summary>1-based line of a position, counted forward only (tags come in order).</summary>
    private sealed class LineCounter(string text)
    {
        private int _position;
        private int _line = 1;

        public int LineAt(int position)
        {
            _line += text.AsSpan(_position, position - _position).Count('\n');
            _position = position;
            return _line;
        }
    }
}
