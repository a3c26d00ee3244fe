using System.Text.Json;
using Simkl.Site.Outputs.Html;
using Simkl.Site.Rendering;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>JSON-LD lists of cards: written into the page as it renders, the same JSON as the list made as text.</summary>
public sealed class StructuredDataTests
{
    private static AiringCard Card(long id, string kind, string name, string? episode) => new()
    {
        SimklId = id,
        Kind = kind,
        KindLabel = kind,
        Name = name,
        EpisodeLabel = episode,
        TitlePath = $"/{kind}/{id}/x/",
        SimklUrl = $"https://simkl.com/{kind}/{id}/",
        Time = new TimeView(string.Empty, "TBA", false),
        Day = new DateOnly(2026, 11, 28),
    };

    [Fact]
    public void A_card_list_writes_the_json_the_text_list_holds()
    {
        IReadOnlyList<AiringCard> cards =
        [
            Card(1, "tv", "</script><!-- & \"x\" ✨", "S1E2"),
            Card(2, "movie", "Film", null),
            .. Enumerable.Range(3, 2_000).Select(i => Card(i, "anime", $"Anime {i}", $"E{i}")),
        ];
        var output = new TextBuffer(16);

        StructuredData.ItemList("Airing on Saturday", cards).WriteTo(output);

        var text = StructuredData.ItemList("Airing on Saturday", cards.Select(StructuredData.Item)).Html;
        Assert.Equal(text, output.ToString());
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(cards.Count, json.RootElement.GetProperty("numberOfItems").GetInt32());
        var first = json.RootElement.GetProperty("itemListElement")[0].GetProperty("item");
        Assert.Equal("TVEpisode", first.GetProperty("@type").GetString());
        Assert.Equal("</script><!-- & \"x\" ✨ S1E2", first.GetProperty("name").GetString());
    }

    // A day page's list names every airing of the day, in the order of its cards.
    [Fact]
    public void A_day_pages_list_names_its_cards_in_order()
    {
        using var site = new TestSite();
        var show = site.Show(1, "Show");
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 1);
        site.Episode(show, "2026-11-28T03:00:00Z", 1, 2, episodeTitle: "Second");
        site.Build();

        var day = site.Html("calendar/2026/11/28/index.html");
        using var json = JsonDocument.Parse(day.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var names = json.RootElement.GetProperty("itemListElement").EnumerateArray().Select(e => e.GetProperty("item").GetProperty("name").GetString()!).ToList();
        var cards = day.QuerySelectorAll("li.card").Select(li => li.QuerySelector(".card-title a")!.TextContent + " " + li.QuerySelector(".row-ep")!.ChildNodes[0].TextContent.Trim()).ToList();
        Assert.Equal(cards, names);
        Assert.Equal(2, json.RootElement.GetProperty("numberOfItems").GetInt32());
    }
}
