using System.Text;
using System.Xml;
using Simkl.Site.Model;

namespace Simkl.Site.Outputs.Atom;

/// <summary>A <c>link</c> element: relation, media type, address.</summary>
public sealed record AtomLink(string Rel, string Type, string Href);

/// <summary>A <c>category</c> element; the label is left out when null.</summary>
public sealed record AtomCategory(string Term, string? Label = null);

/// <summary>The feed-level elements of an Atom document.</summary>
public sealed record AtomHead
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required IReadOnlyList<AtomLink> Links { get; init; }
    public required string AuthorName { get; init; }
    public required string AuthorUri { get; init; }

    /// <summary>The <c>xml:lang</c> of the feed; left out when null.</summary>
    public string? Language { get; init; }

    /// <summary>The <c>rights</c> element; left out when null.</summary>
    public string? Rights { get; init; }
}

/// <summary>One <c>entry</c> element.</summary>
public sealed record AtomItem(
    string Id,
    string Title,
    DateTimeOffset Updated,
    IReadOnlyList<AtomLink> Links,
    IReadOnlyList<AtomCategory> Categories,
    string Summary);

/// <summary>
/// The one Atom 1.0 writer, used by <c>/feed.xml</c> and <c>/changes.xml</c>. Its bytes depend only
/// on its arguments (fixed element order, UTF-8 without BOM, two-space indent, LF, a final newline),
/// and every text and attribute value goes through <see cref="XmlSafeText"/>, so a control
/// character in Simkl's data cannot make the feed invalid. XmlWriter escapes markup itself.
/// </summary>
public static class AtomFeedWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(AtomHead head, IEnumerable<AtomItem> items)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Ns);
            if (head.Language is { } language)
            {
                w.WriteAttributeString("xml", "lang", null, XmlSafeText.Clean(language));
            }

            Element(w, "id", head.Id);
            Element(w, "title", head.Title);
            Element(w, "subtitle", head.Subtitle);
            Element(w, "updated", UtcText.Format(head.Updated));
            Links(w, head.Links);
            w.WriteStartElement("author", Ns);
            Element(w, "name", head.AuthorName);
            Element(w, "uri", head.AuthorUri);
            w.WriteEndElement();
            Element(w, "generator", "Simkl.Site");
            if (head.Rights is { } rights)
            {
                Element(w, "rights", rights);
            }

            foreach (var item in items)
            {
                w.WriteStartElement("entry", Ns);
                Element(w, "id", item.Id);
                Element(w, "title", item.Title);
                Element(w, "updated", UtcText.Format(item.Updated));
                Links(w, item.Links);
                foreach (var category in item.Categories)
                {
                    w.WriteStartElement("category", Ns);
                    w.WriteAttributeString("term", XmlSafeText.Clean(category.Term));
                    if (category.Label is { } label)
                    {
                        w.WriteAttributeString("label", XmlSafeText.Clean(label));
                    }

                    w.WriteEndElement();
                }

                Element(w, "summary", item.Summary);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    private static void Element(XmlWriter w, string name, string text) =>
        w.WriteElementString(name, Ns, XmlSafeText.Clean(text));

    private static void Links(XmlWriter w, IReadOnlyList<AtomLink> links)
    {
        foreach (var link in links)
        {
            w.WriteStartElement("link", Ns);
            w.WriteAttributeString("rel", link.Rel);
            w.WriteAttributeString("type", link.Type);
            w.WriteAttributeString("href", XmlSafeText.Clean(link.Href));
            w.WriteEndElement();
        }
    }
}
