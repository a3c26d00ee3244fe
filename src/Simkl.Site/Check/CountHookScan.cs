using System.Globalization;

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
    [Flags]
    private enum Tag
    {
        Other = 0,
        Void = 1,
        RawText = 2,

        // Elements an end tag or an li start tag does not look past (the parser's "special" category).
        Special = 4,
    }

    private static readonly string[] VoidNames = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    private static readonly string[] RawTextNames = ["script", "style", "textarea", "title"];

    private static readonly string[] SpecialNames =
    [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
        "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "section", "select", "source",
        "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track",
        "ul", "wbr", "xmp",
    ];

    // The names of the elements a page is made of, with what the scan must know of each: a tag's
    // name is looked up once, not copied and lower-cased, for each of the thousands of tags of a page.
    private static readonly Dictionary<string, Tag> KnownNames = Known();

    private static readonly Dictionary<string, Tag>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, Tag> Known()
    {
        var known = new Dictionary<string, Tag>(StringComparer.Ordinal);
        foreach (var name in (string[])["a", "abbr", "b", "code", "em", "i", "label", "legend", "option", "small", "span", "strong", "sup", "sub", "svg", "path", "time", "mark", "q", "s", "u"])
        {
            known[name] = Tag.Other;
        }

        foreach (var (names, tag) in new[] { (VoidNames, Tag.Void), (RawTextNames, Tag.RawText), (SpecialNames, Tag.Special) })
        {
            foreach (var name in names)
            {
                known[name] = known.GetValueOrDefault(name) | tag;
            }
        }

        return known;
    }

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

    private readonly record struct Frame(string Name, Tag Tag, CountedList? List = null, Section? Section = null, Card? Card = null, bool Episodes = false);

    public static IReadOnlyList<CheckProblem> Check(string path, ReadOnlySpan<char> html, out IReadOnlyList<DaySection> sections)
    {
        var stack = new List<Frame>();
        var lists = new List<CountedList>();
        var found = new List<Section>();
        var lines = new LineCounter(html);
        var attributes = new HookAttributes(html);
        var i = 0;
        while ((i = IndexOf(html, '<', i)) >= 0)
        {
            if (html[i..].StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = IndexOf(html, "-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                var end = IndexOf(html, '>', i);
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

            var (name, tag) = TagName(html.Slice(nameStart, nameEnd - nameStart));
            attributes.Read(nameEnd, out i);
            if (closing)
            {
                Close(stack, name);
                continue;
            }

            Open(stack, name, tag, attributes, ref lines, tagStart, lists, found);
            if ((tag & Tag.RawText) != 0)
            {
                i = EndTagOf(html, name, i);
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

    private static void Open(List<Frame> stack, string name, Tag tag, HookAttributes attributes, ref LineCounter lines, int tagStart, List<CountedList> lists, List<Section> found)
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

                if ((stack[k].Tag & Tag.Special) != 0 && stack[k].Name is not ("address" or "div" or "p"))
                {
                    break;
                }
            }

            if (stack.Count > 0 && stack[^1].List is { } parent)
            {
                parent.Shown++;
            }
        }

        if ((tag & Tag.Void) != 0)
        {
            return;
        }

        CountedList? list = null;
        Section? section = null;
        Card? card = null;
        if (name == "ol" && attributes.Get("data-count") is { } count)
        {
            list = new CountedList(int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null, lines.LineAt(tagStart));
            lists.Add(list);
        }
        else if (name == "section" && attributes.HasClass("day"))
        {
            section = new Section(attributes.Get("data-day") ?? string.Empty, attributes.Get("data-airings") is not null, Number(attributes, "data-airings"), lines.LineAt(tagStart));
            found.Add(section);
        }
        else if (name == "li" && attributes.HasClass("card"))
        {
            card = new Card(
                attributes.Get("data-kind") ?? string.Empty,
                long.TryParse(attributes.Get("data-simkl-id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : -1,
                Number(attributes, "data-season"),
                Number(attributes, "data-episode"));
            foreach (var open in stack.Select(f => f.Section).OfType<Section>())
            {
                open.Cards.Add(card);
            }
        }
        else if (name == "li" && attributes.Get("data-episode") is not null)
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

        stack.Add(new Frame(name, tag, list, section, card, name == "details" && attributes.HasClass("episodes")));
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

            if ((stack[k].Tag & Tag.Special) != 0)
            {
                return;
            }
        }
    }

    private static int? Number(HookAttributes attributes, string name) =>
        int.TryParse(attributes.Get(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static (string Name, Tag Tag) TagName(ReadOnlySpan<char> name)
    {
        if (KnownNameLookup.TryGetValue(name, out var known, out var tag))
        {
            return (known, tag);
        }

        Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        name.ToLowerInvariant(lower);
        return KnownNameLookup.TryGetValue(lower, out known, out tag) ? (known, tag) : (lower.ToString(), Tag.Other);
    }

    /// <summary>
    /// Where the end tag of a raw-text element (<paramref name="name"/>, lower case) starts, from
    /// <paramref name="start"/>, or the end of the text: "&lt;/" is found by a vectorised search
    /// and the name compared after it (a case-insensitive search of the whole text is not
    /// vectorised, and a day page's JSON-LD script is a tenth of the page).
    /// </summary>
    private static int EndTagOf(ReadOnlySpan<char> html, string name, int start)
    {
        var i = start;
        while ((i = IndexOf(html, "</", i, StringComparison.Ordinal)) >= 0)
        {
            var after = html[(i + 2)..];
            if (after.Length >= name.Length && after[..name.Length].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            i += 2;
        }

        return html.Length;
    }

    private static string Text(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "an unreadable number of";

    // string.IndexOf from a start index, on a span: the index in the whole text, or -1.
    private static int IndexOf(ReadOnlySpan<char> text, char value, int start) =>
        text[start..].IndexOf(value) is var k and >= 0 ? start + k : -1;

    private static int IndexOf(ReadOnlySpan<char> text, string value, int start, StringComparison comparison) =>
        text[start..].IndexOf(value, comparison) is var k and >= 0 ? start + k : -1;

    /// <summary>
    /// 1-based line of a position, counted forward only (tags come in order), and only for the
    /// tags a problem can point at.
    /// </summary>
    private ref struct LineCounter(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;
        private int _line = 1;

        public int LineAt(int position)
        {
            _line += _text[_position..position].Count('\n');
            _position = position;
            return _line;
        }
    }
}
