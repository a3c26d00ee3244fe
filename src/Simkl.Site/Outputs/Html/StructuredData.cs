using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Rendering;

namespace Simkl.Site.Outputs.Html;

/// <summary>
/// schema.org JSON-LD (TVSeries / Movie / TVEpisode / ItemList), written property by property and
/// escaped by <see cref="JsonLd"/>.
/// </summary>
public static class StructuredData
{
    public static RawHtml ForTitle(Title title, string canonical, string simklUrl, ImageView? poster, IReadOnlyList<AiringCard> episodes, string description) =>
        JsonLd.Write((title, canonical, simklUrl, poster, episodes, description), static (w, s) =>
        {
            var (title, canonical, simklUrl, poster, episodes, description) = s;
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", title.Kind == MediaKind.Movie ? "Movie" : "TVSeries");
            w.WriteString("name", title.Name);
            w.WriteString("url", canonical);
            w.WriteString("sameAs", simklUrl);
            if (poster is not null)
            {
                w.WriteString("image", poster.Url);
            }

            if (description.Length > 0)
            {
                w.WriteString("description", description);
            }

            if (title.Genres.Count > 0)
            {
                w.WriteStartArray("genre");
                foreach (var genre in title.Genres)
                {
                    w.WriteStringValue(genre);
                }

                w.WriteEndArray();
            }

            if (title.Kind == MediaKind.Movie && title.ReleaseDate is { } release)
            {
                w.WriteString("datePublished", Formats.IsoDate(release));
            }

            var started = false;
            foreach (var card in episodes)
            {
                if (card.Episode is not { } number || card.IsBinge)
                {
                    continue;
                }

                if (!started)
                {
                    w.WriteStartArray("episode");
                    started = true;
                }

                Episode(w, card, number);
            }

            if (started)
            {
                w.WriteEndArray();
            }

            w.WriteEndObject();
        });

    /// <summary>An <see cref="ItemList"/> of cards, written into the page when it is rendered (see <see cref="CardList"/>).</summary>
    public static CardList ItemList(string name, IReadOnlyList<AiringCard> cards) => new(name, cards);

    public static RawHtml ItemList(string name, IEnumerable<(string Type, string Name, string Url)> items) =>
        JsonLd.Write((name, items), WriteItemList);

    private static void WriteItemList(Utf8JsonWriter w, (string name, IEnumerable<(string Type, string Name, string Url)> items) s)
    {
        // numberOfItems comes before the list it counts: the items are written to a list first.
        var list = s.items as IReadOnlyCollection<(string Type, string Name, string Url)> ?? [.. s.items];
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "ItemList");
        w.WriteString("name", s.name);
        w.WriteNumber("numberOfItems", list.Count);
        w.WriteStartArray("itemListElement");
        var position = 1;
        foreach (var (type, itemName, url) in list)
        {
            w.WriteStartObject();
            w.WriteString("@type", "ListItem");
            w.WriteNumber("position", position++);
            w.WriteStartObject("item");
            w.WriteString("@type", type);
            w.WriteString("name", itemName);
            w.WriteString("url", url);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// The JSON-LD list of a calendar page's cards, kept as the cards (shared, hashed once each)
    /// and written into the page as it is rendered: a day page's list is ~100 KB of text.
    /// </summary>
    public sealed record CardList(string Name, IReadOnlyList<AiringCard> Cards) : IHtmlWriter
    {
        public void WriteTo(TextBuffer output) =>
            JsonLd.WriteTo(output, (Name, Cards.Select(Item)), WriteItemList);
    }

    public static (string Type, string Name, string Url) Item(AiringCard card) =>
        card.Kind == "movie"
            ? ("Movie", card.Name, card.SimklUrl)
            : ("TVEpisode", card.EpisodeLabel is null ? card.Name : $"{card.Name} {card.EpisodeLabel}", card.SimklUrl);

    private static void Episode(Utf8JsonWriter w, AiringCard card, int number)
    {
        w.WriteStartObject();
        w.WriteString("@type", "TVEpisode");
        w.WriteNumber("episodeNumber", number);
        if (card.Season is { } season)
        {
            w.WriteStartObject("partOfSeason");
            w.WriteString("@type", "TVSeason");
            w.WriteNumber("seasonNumber", season);
            w.WriteEndObject();
        }

        if (card.EpisodeTitle is { } name)
        {
            w.WriteString("name", name);
        }

        w.WriteString("datePublished", card.Time.Datetime);
        w.WriteString("url", card.SimklUrl);
        w.WriteEndObject();
    }
}
