using System.Text.Json.Nodes;
using Simkl.Site.Model;
using Simkl.Site.Rendering;

namespace Simkl.Site.Outputs.Html;

/// <summary>schema.org JSON-LD (TVSeries / Movie / TVEpisode / ItemList) built as JSON nodes, serialised safely by <see cref="JsonLd"/>.</summary>
public static class StructuredData
{
    public static RawHtml ForTitle(Title title, string canonical, string simklUrl, ImageView? poster, IReadOnlyList<AiringCard> episodes, string description)
    {
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = title.Kind == MediaKind.Movie ? "Movie" : "TVSeries",
            ["name"] = title.Name,
            ["url"] = canonical,
            ["sameAs"] = simklUrl,
        };
        if (poster is not null)
        {
            node["image"] = poster.Url;
        }

        if (description.Length > 0)
        {
            node["description"] = description;
        }

        if (title.Genres.Count > 0)
        {
            node["genre"] = new JsonArray([.. title.Genres.Select(g => (JsonNode?)JsonValue.Create(g))]);
        }

        if (title.Kind == MediaKind.Movie && title.ReleaseDate is { } release)
        {
            node["datePublished"] = Formats.IsoDate(release);
        }

        var episodeNodes = episodes.Where(c => c.Episode is not null && !c.IsBinge).Select(Episode).ToList();
        if (episodeNodes.Count > 0)
        {
            node["episode"] = new JsonArray([.. episodeNodes]);
        }

        return JsonLd.Serialize(node);
    }

    public static RawHtml ItemList(string name, IEnumerable<(string Type, string Name, string Url)> items)
    {
        var list = new JsonArray();
        var position = 1;
        foreach (var (type, itemName, url) in items)
        {
            list.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = position++,
                ["item"] = new JsonObject { ["@type"] = type, ["name"] = itemName, ["url"] = url },
            });
        }

        return JsonLd.Serialize(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ItemList",
            ["name"] = name,
            ["numberOfItems"] = position - 1,
            ["itemListElement"] = list,
        });
    }

    public static (string Type, string Name, string Url) Item(AiringCard card) =>
        card.Kind == "movie"
            ? ("Movie", card.Name, card.SimklUrl)
            : ("TVEpisode", card.EpisodeLabel is null ? card.Name : $"{card.Name} {card.EpisodeLabel}", card.SimklUrl);

    private static JsonNode Episode(AiringCard card)
    {
        var node = new JsonObject
        {
            ["@type"] = "TVEpisode",
            ["episodeNumber"] = card.Episode,
        };
        if (card.Season is { } season)
        {
            node["partOfSeason"] = new JsonObject { ["@type"] = "TVSeason", ["seasonNumber"] = season };
        }

        if (card.EpisodeTitle is { } name)
        {
            node["name"] = name;
        }

        node["datePublished"] = card.Time.Datetime;
        node["url"] = card.SimklUrl;
        return node;
    }
}
