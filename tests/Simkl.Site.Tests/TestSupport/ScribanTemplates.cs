using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Simkl.Site.Rendering;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>
/// One template rendered two ways, for tests that hold our parse-time rewrites of Scriban's nodes
/// to Scriban's own behaviour: by our renderer (parsed and rewritten by <see cref="TemplateSet"/>),
/// and by Scriban's parse alone in the same kind of context; and every node of a parsed template.
/// </summary>
internal static class ScribanTemplates
{
    /// <summary>Our renderer: the template parsed by TemplateSet, its nodes rewritten, <c>model</c> bound.</summary>
    public static string Ours(string template, object? model) =>
        new PageRenderer(TemplateSet.FromSources(new Dictionary<string, string> { ["page"] = template }, new Dictionary<string, string>()), new Dictionary<string, object?>(), _ => null)
            .Render("t.html", "page", new object(), model);

    /// <summary>Scriban's own: the same text parsed by Scriban alone, rendered in an <see cref="HtmlTemplateContext"/>.</summary>
    public static string Scribans(string template, object? model)
    {
        var context = new HtmlTemplateContext(RenderLimits.Default, TemplateContext.GetDefaultBuiltinObject());
        var scope = new ScriptObject();
        scope.SetValue("model", model, false);
        context.PushGlobal(scope);
        return Template.Parse(template).Render(context);
    }

    /// <summary><paramref name="node"/> and every node below it.</summary>
    public static IEnumerable<ScriptNode> Nodes(ScriptNode node)
    {
        yield return node;
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                foreach (var n in Nodes(child))
                {
                    yield return n;
                }
            }
        }
    }
}
