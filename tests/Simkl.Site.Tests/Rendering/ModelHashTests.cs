using Simkl.Site.Rendering;

namespace Simkl.Site.Tests.Rendering;

/// <summary>
/// The content hash that decides which pages are rendered again: equal content gives equal hashes
/// whatever the instances, any change anywhere in the model changes it, and objects whose digest is
/// kept per instance ([HashedOnce], the shared cards) hash as their content, not their identity.
/// </summary>
public sealed class ModelHashTests
{
    [HashedOnce]
    public sealed record SharedCard(string Name, int? Episode, IReadOnlyList<string> Tags);

    public sealed record Row(SharedCard Card, bool Past);

    public sealed record Page(string Title, IReadOnlyList<Row> Rows, IEnumerable<int> Numbers);

    public sealed record WithDelegate(Func<int> Make);

    private static SharedCard Card(string name = "Show", int? episode = 2) => new(name, episode, ["a", "b"]);

    private static Page PageOf(params SharedCard[] cards) =>
        new("Day", [.. cards.Select(c => new Row(c, false))], [1, 2, 3]);

    [Fact]
    public void Equal_content_gives_equal_hashes_whatever_the_instances()
    {
        var shared = Card();
        var first = ModelHash.Of(PageOf(shared, shared));
        var again = ModelHash.Of(PageOf(shared, shared));
        var fresh = ModelHash.Of(PageOf(Card(), Card()));

        Assert.NotNull(first);
        Assert.Equal(first, again);
        Assert.Equal(first, fresh);
    }

    [Fact]
    public void A_change_deep_inside_a_shared_card_changes_the_page_hash()
    {
        var before = ModelHash.Of(PageOf(Card(), Card()));

        Assert.NotEqual(before, ModelHash.Of(PageOf(Card(), Card(episode: 3))));
        Assert.NotEqual(before, ModelHash.Of(PageOf(Card(), Card(episode: null))));
        Assert.NotEqual(before, ModelHash.Of(PageOf(Card(), Card() with { Tags = ["a", "c"] })));
        Assert.NotEqual(before, ModelHash.Of(PageOf(Card(), Card("Other"))));
        Assert.NotEqual(before, ModelHash.Of(PageOf(Card())));
    }

    [Fact]
    public void A_list_hashes_like_the_same_items_enumerated()
    {
        static IEnumerable<int> Lazy()
        {
            yield return 1;
            yield return 2;
            yield return 3;
        }

        var list = new Page("Day", [], new List<int> { 1, 2, 3 });
        var array = new Page("Day", [], [1, 2, 3]);
        var enumerated = new Page("Day", [], Lazy());

        Assert.Equal(ModelHash.Of(list), ModelHash.Of(enumerated));
        Assert.Equal(ModelHash.Of(array), ModelHash.Of(enumerated));
        Assert.NotEqual(ModelHash.Of(list), ModelHash.Of(new Page("Day", [], new List<int> { 1, 3, 2 })));
    }

    [Fact]
    public void Values_of_different_types_or_members_do_not_collide()
    {
        Assert.NotEqual(ModelHash.Of(1), ModelHash.Of("1"));
        Assert.NotEqual(ModelHash.Of(new Row(Card(), false)), ModelHash.Of(new Row(Card(), true)));
        Assert.NotEqual(ModelHash.Of(Card()), ModelHash.Of(new Row(Card(), false)));
        Assert.NotEqual(ModelHash.Of("ab", "c"), ModelHash.Of("a", "bc"));
    }

    [Fact]
    public void Structs_fields_and_inherited_members_are_read_too()
    {
        Assert.NotEqual(ModelHash.Of(new KeyValuePair<string, int>("a", 1)), ModelHash.Of(new KeyValuePair<string, int>("a", 2)));
        Assert.Equal(ModelHash.Of(new KeyValuePair<string, int>("a", 1)), ModelHash.Of(new KeyValuePair<string, int>("a", 1)));
        Assert.NotEqual(ModelHash.Of(new Derived { Base = "x", Field = 1 }), ModelHash.Of(new Derived { Base = "y", Field = 1 }));
        Assert.NotEqual(ModelHash.Of(new Derived { Base = "x", Field = 1 }), ModelHash.Of(new Derived { Base = "x", Field = 2 }));
    }

    public class BaseModel
    {
        public string Base { get; init; } = "";
    }

    public sealed class Derived : BaseModel
    {
#pragma warning disable CA1051 // a public field: the hash reads fields as templates do
        public int Field;
#pragma warning restore CA1051
    }

    [Fact]
    public void A_model_that_cannot_be_described_has_no_hash()
    {
        Assert.Null(ModelHash.Of(new WithDelegate(() => 1)));
        Assert.Null(ModelHash.Of(new Row(Card(), false), new WithDelegate(() => 1)));
    }
}
