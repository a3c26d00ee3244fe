using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Simkl.Site.BrowserTests.Infrastructure;

/// <summary>Runs axe-core (injected from node_modules) on a loaded page and formats its violations.</summary>
internal static class Axe
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <returns>One readable block per violation (empty when the page passes).</returns>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string axeSource)
    {
        await page.AddScriptTagAsync(new() { Content = axeSource });
        // JSON.stringify in the page: returning the object itself gives "$id" noise.
        var json = await page.EvaluateAsync<string>(
            """
            async (tags) => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary }))
              })));
            }
            """, Tags);
        using var document = JsonDocument.Parse(json);
        var result = new List<string>();
        foreach (var violation in document.RootElement.EnumerateArray())
        {
            var text = new StringBuilder()
                .Append(violation.GetProperty("id").GetString()).Append(" (")
                .Append(violation.GetProperty("impact").GetString()).Append("): ")
                .Append(violation.GetProperty("help").GetString()).Append(" — ")
                .Append(violation.GetProperty("helpUrl").GetString());
            foreach (var node in violation.GetProperty("nodes").EnumerateArray().Take(5))
            {
                text.Append("\n      at ").Append(node.GetProperty("target").GetString())
                    .Append("\n         ").Append(Shorten(node.GetProperty("html").GetString()))
                    .Append("\n         ").Append(node.GetProperty("summary").GetString()?.Replace("\n", "\n         ", StringComparison.Ordinal));
            }
            var count = violation.GetProperty("nodes").GetArrayLength();
            if (count > 5)
            {
                text.Append("\n      … and ").Append(count - 5).Append(" more");
            }
            result.Add(text.ToString());
        }
        return result;
    }

    private static string Shorten(string? html) => html is null ? "" : html.Length <= 200 ? html : html[..200] + "…";
}
