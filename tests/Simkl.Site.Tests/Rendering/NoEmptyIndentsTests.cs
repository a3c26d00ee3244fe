using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Simkl.Site.Rendering;
using static Simkl.Site.Tests.TestSupport.ScribanTemplates;

namespace Simkl.Site.Tests.Rendering;

/// <summary>
/// A tag at the start of a line has no indent after parsing (<see cref="NoEmptyIndents"/>), so
/// what it writes is not searched for line breaks; an indented tag keeps its indent, and either
/// way a page renders exactly what Scriban's own parse renders.
/// </summary>
public sealed class NoEmptyIndentsTests
{
    private const string Sample = "<ul>\n{{ for x in model }}\n<li>{{ x }}</li>\n{{ end }}\n</ul>\n  {{ model | array.join '\\n' }}\n{{ 'a\\nb' }} <p>\n    {{~ 'c\\nd' }}</p>";

    [Fact]
    public void Tags_at_the_start_of_a_line_lose_their_empty_indent_and_indented_tags_keep_theirs()
    {
        var page = TemplateSet.FromSources(new Dictionary<string, string> { ["page"] = Sample }, new Dictionary<string, string>()).Layout("page").Page!;
        var escapes = Nodes(page).OfType<ScriptEscapeStatement>().ToList();

        Assert.NotEmpty(escapes);
        Assert.DoesNotContain(escapes, e => e.Indent == "");
        Assert.Contains(escapes, e => e.Indent == "  ");
        Assert.Contains(escapes, e => e.Indent is null);
    }

    [Theory]
    [InlineData(Sample)]
    [InlineData("{{ model[0] }}\n  {{ model[1] }}\n{{ if true }}\n  {{ model | array.join '\\n' }}\n{{ end }}")]
    public void A_page_renders_what_scribans_own_parse_renders(string template)
    {
        var model = new ScriptArray { "one & two", "three\nfour" };
        Assert.Equal(Scribans(template, model), Ours(template, model));
    }
}
