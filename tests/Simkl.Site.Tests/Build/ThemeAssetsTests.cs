using System.Text.RegularExpressions;
using Simkl.Site.Build;
using Simkl.Site.Outputs.Widgets;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Build;

/// <summary>The theme's one palette (tokens.css) and how the build puts it into site.css, embed.css and widget.js.</summary>
public sealed partial class ThemeAssetsTests
{
    private static string Tokens => File.ReadAllText(Path.Combine(TestSite.ThemeDir, "assets", "tokens.css"));

    [Fact]
    public void The_two_copies_of_the_dark_palette_in_tokens_css_are_equal_and_cover_every_light_colour()
    {
        var blocks = Block().Matches(Comment().Replace(Tokens, string.Empty)).ToDictionary(m => m.Groups["selector"].Value.Trim(), m => Declarations(m.Groups["body"].Value));

        var light = blocks[":root"];
        var darkByMedia = blocks[""":root:not([data-theme="light"])"""];
        var darkForced = blocks[""":root[data-theme="dark"]"""];
        Assert.Equal(darkByMedia, darkForced);
        Assert.Equal(light.Keys.Where(k => k != "--radius").Order(), darkForced.Keys.Order());
    }

    [Fact]
    public void Site_and_embed_css_are_built_with_the_tokens_inlined_and_tokens_css_is_not_published()
    {
        var assets = FingerprintAssets.Run(Path.Combine(TestSite.ThemeDir, "assets"), [WriteWidgetScript.ThemeAsset]);

        Assert.Null(assets.Url("tokens.css"));
        Assert.Null(assets.Url("widget.js"));
        foreach (var name in new[] { "site.css", "embed.css" })
        {
            var file = assets.Files.Single(f => "/" + f.Path == assets.Url(name));
            var css = System.Text.Encoding.UTF8.GetString(file.Content.Span);
            Assert.DoesNotContain("\n@import \"", css, StringComparison.Ordinal);
            Assert.Contains(Tokens, css, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_import_of_a_missing_asset_fails_naming_both_files()
    {
        var e = Assert.Throws<SiteException>(() => CssImports.Inline("@import \"nope.css\";\nbody{}", "site.css", _ => null));
        Assert.Contains("site.css", e.Message, StringComparison.Ordinal);
        Assert.Contains("nope.css", e.Message, StringComparison.Ordinal);
        Assert.Equal("@import url(x.css);", CssImports.Inline("@import url(x.css);", "site.css", _ => null));
    }

    [Fact]
    public void The_widget_uses_the_site_palette_on_its_host_element()
    {
        var script = System.Text.Encoding.UTF8.GetString(WriteWidgetScript.Script());

        Assert.DoesNotContain("__PALETTE__", script, StringComparison.Ordinal);
        Assert.Contains(":host([theme=dark]){--bg:#121417;", script, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme:dark){:host(:not([theme=light])){--bg:#121417;", script, StringComparison.Ordinal);
        Assert.Contains("--premiere-fg:#b9f0c9", script, StringComparison.Ordinal);
        Assert.Contains("--link:#8cc4ff", script, StringComparison.Ordinal);
        Assert.DoesNotContain("data-theme", script, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Declarations(string body) =>
        body.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(':', 2, StringSplitOptions.TrimEntries))
            .Where(d => d.Length == 2)
            .ToDictionary(d => d[0], d => d[1], StringComparer.Ordinal);

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    // Innermost rule blocks: a selector and declarations without nested braces.
    [GeneratedRegex(@"(?<selector>[^{}]*?)\{(?<body>[^{}]*)\}")]
    private static partial Regex Block();
}
