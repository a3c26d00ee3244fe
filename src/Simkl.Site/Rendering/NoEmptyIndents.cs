using Scriban.Syntax;

namespace Simkl.Site.Rendering;

/// <summary>
/// Scriban gives every <c>{{</c> an indent, the empty string when nothing but the line's start
/// precedes it, and while a statement with a non-null indent runs, every text it writes is
/// searched for line breaks to indent the next line, by nothing when the indent is empty. Our
/// templates start their tags at the line's start, so that search ran over every character of
/// every page for no output (docs/benchmarks.md, "Session 11 changes"). An empty indent becomes
/// no indent, which writes the same text; a real indent (an indented <c>{{ content }}</c>) stays.
/// </summary>
internal static class NoEmptyIndents
{
    public static void In(ScriptNode node)
    {
        if (node is ScriptEscapeStatement { Indent: "" } escape)
        {
            // Scriban declares the indent non-null but reads null as "not indented" everywhere.
            escape.Indent = null!;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                In(child);
            }
        }
    }
}
