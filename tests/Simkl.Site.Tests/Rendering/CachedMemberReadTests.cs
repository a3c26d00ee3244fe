using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Simkl.Site.Outputs.Html;
using Simkl.Site.Rendering;
using static Simkl.Site.Tests.TestSupport.ScribanTemplates;

namespace Simkl.Site.Tests.Rendering;

/// <summary>
/// The theme's member reads remember their getters per node (<see cref="CachedMemberRead"/>): every
/// read of a parsed template is one, and each renders exactly what Scriban's own read renders, for
/// our view models, other objects, several types through one node, nulls and missing members.
/// </summary>
public sealed class CachedMemberReadTests
{
    // Not one of our view models: read through Scriban's reflection accessor, never cached.
    private sealed record Foreign(string Text);

    private static readonly object[] Mixed =
    [
        new LinkView("/a", "link"), new StaleView("stale", null), new NavItem("/n", "nav", "tv"), new TabLink("/t", "tab", true),
        new Foreign("foreign"), new TimeView("2026-12-01", "time", true), new LinkView("/b", "link 2"), new ScriptObject { ["text"] = "script object" },
        new TabLink("/u", "tab 2", false), new StaleView("stale 2", new TimeView("2026-11-30", "yesterday", false)),
    ];

    public static TheoryData<string, object?> Cases() => new()
    {
        { "{{ model.href }} {{ model.text }}", new LinkView("/x?a=1&b=2", "<Fish & Chips>") },
        { "{{ model.text }} {{ model.since.text }} {{ model.since.is_timed }} {{ if model.since.is_timed }}timed{{ end }}", new StaleView("s", new TimeView("2026-12-01T20:00", "20:00", true)) },
        { "{{ model.url }} {{ model.width }}x{{ model.height }} {{ model.width > 100 }}", new ImageView("https://img/p.jpg", 600, 900, "") },
        { "{{ for x in model }}{{ x.text }};{{ end }}", Mixed },
        { "{{ for x in model }}{{ x.text }}{{ if x.text == 'link' }}!{{ end }};{{ end }}{{ for x in model }}{{ x.text }};{{ end }}", Mixed },
        { "{{ model?.text }}|{{ model == null }}", null },
        { "{{ func f; ret { text: 'called' }; end; f.text }} {{ func g; ret model; end; g.text }}", new LinkView("/", "from a function") },
        { "{{ s = model.since; s?.text }}", new StaleView("s", null) },
        { "{{ o = { up: @string.upcase }; o.up 'abc' }} {{ o.up model.text }} {{ (model).text }}", new LinkView("/", "a function held by an object is called") },
        { "{{ model.since.text }} {{ model.since.is_timed }} {{ model.since.text | string.size }}", new StaleView("s", new TimeView("2026-12-01", "a read of a read", false)) },
        { "{{ { inner: model }.inner.text }} {{ x = [model]; x[0].text }} {{ model.text | string.upcase }}", new LinkView("/", "piped") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_cached_read_renders_what_Scribans_read_renders(string template, object? model)
    {
        // Twice each: the second time every node answers from what it remembered.
        Assert.Equal(Scribans(template, model), Ours(template, model));
        Assert.Equal(Scribans(template, model), Ours(template, model));
    }

    [Theory]
    [InlineData("{{ model.since.text }}")]
    [InlineData("{{ model.nope }}")]
    [InlineData("{{ model.text.nope }}")]
    public void A_failing_read_fails_with_Scribans_message(string template)
    {
        var model = new StaleView("s", null);
        var expected = Assert.Throws<ScriptRuntimeException>(() => Scribans(template, model));

        var e = Assert.Throws<SiteException>(() => Ours(template, model));

        // Same position in the template and same words; only the template's name differs.
        Assert.EndsWith(expected.Message[expected.Message.IndexOf('(', StringComparison.Ordinal)..], e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_member_read_of_a_parsed_template_is_a_cached_read()
    {
        const string Layout = """
            {{ model.a.b }}{{ if model.flag && !model.other.flag }}{{ end }}{{ for x in model.items }}{{ x.name }}{{ end }}
            {{ include 'p' { v: model.c, w: [model.d] } }}{{ model.e | string.size }}{{ f = model.g.h }}{{ model.i ? model.j : model.k }}
            """;

        var set = TemplateSet.FromSources(new Dictionary<string, string> { ["page"] = Layout }, new Dictionary<string, string> { ["p"] = "{{ model.v.x }}" });

        var reads = Nodes(set.Layouts["page"].Page!).Where(n => n is ScriptMemberExpression).ToList();
        // Fifteen reads of the model and string.size (a read of Scriban's builtin object).
        Assert.Equal(16, reads.Count);
        Assert.All(reads, r => Assert.IsType<CachedMemberRead>(r));
        Assert.All(reads, r => Assert.NotNull(r.Parent));
        Assert.IsType<CachedMemberRead>(Assert.Single(Nodes(set.Partials["p"].Page!).OfType<ScriptMemberExpression>(), r => r.Target is ScriptVariable));
    }

    [Fact]
    public void Render_threads_sharing_a_template_each_read_their_own_models()
    {
        var renderer = new PageRenderer(TemplateSet.FromSources(new Dictionary<string, string> { ["page"] = "{{ for x in model }}{{ x.text }};{{ end }}" }, new Dictionary<string, string>()), new Dictionary<string, object?>(), _ => null);
        var expected = Scribans("{{ for x in model }}{{ x.text }};{{ end }}", Mixed);

        Parallel.For(0, 400, i =>
        {
            var model = i % 2 == 0 ? Mixed : Mixed.Reverse().ToArray();
            var text = renderer.Render("t.html", "page", new object(), model);
            Assert.Equal(i % 2 == 0 ? expected : string.Join(string.Empty, expected.Split(';', StringSplitOptions.RemoveEmptyEntries).Reverse().Select(t => t + ";")), text);
        });
    }
}
