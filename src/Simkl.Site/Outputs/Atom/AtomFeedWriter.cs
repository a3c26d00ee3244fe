using System.ServiceModel.Syndication;
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
/// The one Atom 1.0 writer, used by <c>/feed.xml</c> and <c>/changes.xml</c>: it maps the records
/// above onto <see cref="SyndicationFeed"/> and lets <see cref="Atom10FeedFormatter"/> write the
/// document, so the Atom vocabulary and its escaping are the library's. Its bytes depend only on its
/// arguments (the formatter's fixed element order, UTF-8 without BOM, two-space indent, LF, a final
/// newline), and every text and attribute value goes through <see cref="XmlSafeText"/> first, so a
/// control character in Simkl's data cannot make the feed invalid.
/// </summary>
public static class AtomFeedWriter
{
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
        var feed = new SyndicationFeed(Clean(head.Title), Clean(head.Subtitle), null, Clean(head.Id), head.Updated.ToUniversalTime())
        {
            Language = head.Language is { } language ? Clean(language) : null,
            Generator = "Simkl.Site",
            Copyright = head.Rights is { } rights ? new TextSyndicationContent(Clean(rights)) : null,
            Items = items.Select(Item),
        };
        feed.Authors.Add(new SyndicationPerson(null, Clean(head.AuthorName), Clean(head.AuthorUri)));
        AddLinks(feed.Links, head.Links);

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            new Atom10FeedFormatter(feed).WriteTo(writer);
            writer.WriteEndDocument();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    private static SyndicationItem Item(AtomItem item)
    {
        var entry = new SyndicationItem
        {
            Id = Clean(item.Id),
            Title = new TextSyndicationContent(Clean(item.Title)),
            LastUpdatedTime = item.Updated.ToUniversalTime(),
            Summary = new TextSyndicationContent(Clean(item.Summary)),
        };
        AddLinks(entry.Links, item.Links);
        foreach (var category in item.Categories)
        {
            entry.Categories.Add(new SyndicationCategory(Clean(category.Term), null, category.Label is { } label ? Clean(label) : null));
        }

        return entry;
    }

    private static void AddLinks(ICollection<SyndicationLink> target, IReadOnlyList<AtomLink> links)
    {
        foreach (var link in links)
        {
            target.Add(new SyndicationLink(new Uri(Clean(link.Href), UriKind.RelativeOrAbsolute), link.Rel, null, link.Type, 0));
        }
    }

    private static string Clean(string text) => XmlSafeText.Clean(text);
}
