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
    public void Every_colour_is_written_once_for_both_schemes_and_themes_only_pick_the_scheme()
    {
        var blocks = Blocks();

        var root = blocks[":root"];
        Assert.Equal("light dark", root["color-scheme"]);
        var colours = root.Where(d => d.Key.StartsWith("--", StringComparison.Ordinal) && d.Key != "--radius").ToList();
        Assert.NotEmpty(colours);
        Assert.All(colours, d => Assert.Matches(LightDark(), d.Value));

        // The forced themes (embeds, the widget's theme attribute) set the scheme and nothing else:
        // a colour written there again would be a second copy that can drift.
        Assert.Equal(new Dictionary<string, string> { ["color-scheme"] = "light" }, blocks[""":root[data-theme="light"]"""]);
        Assert.Equal(new Dictionary<string, string> { ["color-scheme"] = "dark" }, blocks[""":root[data-theme="dark"]"""]);
        Assert.Equal(3, blocks.Count);
        Assert.DoesNotContain("@media", Comment().Replace(Tokens, string.Empty), StringComparison.Ordinal);
    }

    /// <summary>Text on its background, as the theme pairs them: WCAG AA (4.5:1) in the light and the dark scheme.</summary>
    [Theory]
    [InlineData("--text", "--bg")]
    [InlineData("--text", "--surface")]
    [InlineData("--text", "--today-bg")]
    [InlineData("--muted", "--bg")]
    [InlineData("--muted", "--surface")]
    [InlineData("--muted", "--today-bg")]
    [InlineData("--link", "--bg")]
    [InlineData("--link", "--surface")]
    [InlineData("--link", "--today-bg")]
    [InlineData("--link-visited", "--bg")]
    [InlineData("--accent", "--bg")]
    [InlineData("--focus", "--bg")]
    [InlineData("--premiere-fg", "--premiere-bg")]
    [InlineData("--finale-fg", "--finale-bg")]
    [InlineData("--special-fg", "--special-bg")]
    [InlineData("--banner-fg", "--banner-bg")]
    public void Text_colours_meet_AA_contrast_in_both_schemes(string foreground, string background)
    {
        var root = Blocks()[":root"];
        var fg = LightDark().Match(root[foreground]);
        var bg = LightDark().Match(root[background]);

        foreach (var scheme in new[] { "light", "dark" })
        {
            var ratio = Contrast(fg.Groups[scheme].Value, bg.Groups[scheme].Value);
            Assert.True(ratio >= 4.5, $"{foreground} on {background} in the {scheme} scheme: {ratio:0.00}:1, below 4.5:1");
        }
    }

    private static Dictionary<string, Dictionary<string, string>> Blocks() =>
        Block().Matches(Comment().Replace(Tokens, string.Empty)).ToDictionary(m => m.Groups["selector"].Value.Trim(), m => Declarations(m.Groups["body"].Value));

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = Convert.ToInt32(hex.Substring(i, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    [GeneratedRegex(@"^light-dark\((?<light>#[0-9a-f]{6}),\s*(?<dark>#[0-9a-f]{6})\)$")]
    private static partial Regex LightDark();

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
        Assert.Contains(":host{color-scheme:light dark;", script, StringComparison.Ordinal);
        Assert.Contains("--bg:light-dark(#ffffff,#121417)", script, StringComparison.Ordinal);
        Assert.Contains(":host([theme=light]){color-scheme:light}", script, StringComparison.Ordinal);
        Assert.Contains(":host([theme=dark]){color-scheme:dark}", script, StringComparison.Ordinal);
        Assert.Contains("--premiere-fg:light-dark(#155a2b,#b9f0c9)", script, StringComparison.Ordinal);
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
