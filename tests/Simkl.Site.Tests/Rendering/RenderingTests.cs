using Simkl.Site.Content;
using Simkl.Site.Rendering;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Rendering;

/// <summary>The escaping Scriban engine, the overview sanitiser, JSON-LD and Markdown content pages.</summary>
public sealed class RenderingTests
{
    private sealed record Item(string Name, int? Season, bool Flag, RawHtml Html);

    private static string Render(string layout, IReadOnlyDictionary<string, string>? partials = null, object? model = null, RenderLimits? limits = null)
    {
        var set = TemplateSet.FromSources(new Dictionary<string, string> { ["page"] = layout }, partials ?? new Dictionary<string, string>());
        var renderer = new PageRenderer(set, new Dictionary<string, object?> { ["site"] = new { Title = "A & B" } }, name => name == "site.css" ? "/assets/site.12345678.css" : null, limits);
        return renderer.Render("test.html", "page", new { Title = "<T>" }, model);
    }

    // A renderer of the given layouts and partials, with no site-wide values and no assets.
    private static PageRenderer Renderer(Dictionary<string, string> layouts, Dictionary<string, string> partials, RenderLimits? limits = null) =>
        new(TemplateSet.FromSources(layouts, partials), new Dictionary<string, object?>(), _ => null, limits);

    // Scriban's defaults truncate silently (1 Mi characters of output, per string and per include);
    // each limit must fail the page instead, naming it and the limit.
    [Theory]
    [InlineData("{{ for i in 1..300 }}0123456789{{ end }}", "", "output")]
    [InlineData("{{ include 'big' }}", "{{ for i in 1..300 }}0123456789{{ end }}", "output")]
    [InlineData("{{ for i in 1..100 }}{{ for j in 1..100 }}{{ x = j }}{{ end }}{{ end }}", "", "loop")]
    [InlineData("{{ include 'big' }}", "{{ include 'big' }}", "recursive")]
    public void A_page_over_a_render_limit_fails_naming_the_page_instead_of_being_cut(string layout, string partial, string limit)
    {
        var limits = new RenderLimits { OutputChars = 2000, StringChars = 2000, LoopIterations = 5000, Recursion = 10 };
        var partials = new Dictionary<string, string> { ["big"] = partial };

        var e = Assert.Throws<SiteException>(() => Render(layout, partials, limits: limits));

        Assert.Contains("Rendering 'test.html' with layout 'page' failed", e.Message, StringComparison.Ordinal);
        Assert.Contains(limit, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_default_limits_render_a_page_of_ten_million_characters_in_full()
    {
        var item = "<li>" + new string('x', 91) + "</li>";
        var partials = new Dictionary<string, string> { ["day"] = "{{ for i in 1..100000 }}" + item + "{{ end }}" };
        var html = Render("<ol>{{ include 'day' }}</ol>", partials);

        Assert.Equal(10_000_009, html.Length);
        Assert.EndsWith("</li></ol>", html, StringComparison.Ordinal);
    }

    // A render thread reuses its context page after page: nothing a page assigns, and no output
    // counted against the limits, may reach the next page; a failed page must not poison the next.
    [Fact]
    public void Pages_rendered_one_after_another_on_one_thread_share_nothing()
    {
        var limits = new RenderLimits { OutputChars = 2000, StringChars = 2000 };
        var renderer = Renderer(
            new Dictionary<string, string>
            {
                ["set"] = "{{ leaked = 'from the first page' }}{{ include 'p' 'x' }}{{ model.text }}",
                ["read"] = "{{ leaked }}",
                ["fail"] = "{{ include 'p' 'y' }}{{ model.missing }}",
                ["plain"] = "{{ model.text }}",
            },
            new Dictionary<string, string> { ["p"] = "[{{ model }}]" },
            limits);
        var text = new string('x', 1500);

        Assert.Equal("[x]" + text, renderer.Render("a.html", "set", new { }, new { Text = text }));
        var e = Assert.Throws<SiteException>(() => renderer.Render("b.html", "read", new { }, null));
        Assert.Contains("leaked", e.Message, StringComparison.Ordinal);
        Assert.Throws<SiteException>(() => renderer.Render("c.html", "fail", new { }, new { Text = "" }));

        // 1,500 characters each: under the limit per page, over it if counted across pages.
        Assert.Equal(text, renderer.Render("d.html", "plain", new { }, new { Text = text }));
        Assert.Equal(text, renderer.Render("e.html", "plain", new { }, new { Text = text }));
    }

    // The page layout's output goes into baseof without becoming a string when its tag starts a
    // line; an indented {{ content }} still indents every line, and both read the same text.
    [Theory]
    [InlineData("<main>\n{{ content }}\n</main>", "<main>\n<p>a &amp; b</p>\n<p>c</p>\n</main>")]
    [InlineData("<main>\n  {{ content }}\n</main>", "<main>\n  <p>a &amp; b</p>\n  <p>c</p>\n</main>")]
    [InlineData("{{ content | string.size }}", "25")]
    public void The_layout_output_goes_into_baseof_as_written(string baseof, string expected)
    {
        var renderer = Renderer(
            new Dictionary<string, string> { ["page"] = "<p>{{ model.text }}</p>\n<p>c</p>", ["baseof"] = baseof },
            new Dictionary<string, string>());

        Assert.Equal(expected, renderer.Render("a.html", "page", new { }, new { Text = "a & b" }));
        using var rendered = renderer.RenderInPlace("b.html", "page", new { }, new { Text = "a & b" });
        Assert.Equal(expected, rendered.Html.ToString());
    }

    // Pages rendered in place keep their text until disposed, whatever else renders meanwhile:
    // their buffers go back to a shared pool only then.
    [Fact]
    public void A_page_rendered_in_place_keeps_its_text_until_it_is_disposed()
    {
        var renderer = Renderer(
            new Dictionary<string, string> { ["page"] = "<p>{{ model.text }}</p>", ["baseof"] = "<main>{{ content }}</main>" },
            new Dictionary<string, string>());

        var first = renderer.RenderInPlace("a.html", "page", new { }, new { Text = "first" });
        using (var second = renderer.RenderInPlace("b.html", "page", new { }, new { Text = "second" }))
        {
            Assert.Equal("<main><p>first</p></main>", first.Html.ToString());
            Assert.Equal("<main><p>second</p></main>", second.Html.ToString());
        }

        using var third = renderer.RenderInPlace("c.html", "page", new { }, new { Text = "third" });
        Assert.Equal("<main><p>first</p></main>", first.Html.ToString());
        first.Dispose();
        first.Dispose();
        Assert.Throws<ObjectDisposedException>(() => first.Html.ToString());
        Assert.Equal("<main><p>third</p></main>", third.Html.ToString());
    }

    private sealed class Block(string html) : IHtmlWriter
    {
        public void WriteTo(TextBuffer output) => output.Append(html);
    }

    // A block that writes itself is trusted HTML written exactly as the same text as RawHtml: in a
    // layout, in baseof, in a partial, where a partial's text is captured and where it is indented.
    [Theory]
    [InlineData("{{ model.block }}", "<i>a & b</i>|<i>a & b</i>")]
    [InlineData("x{{ include 'p' model.block }}y", "x[<i>a & b</i>]y|<i>a & b</i>")]
    [InlineData("{{ t = include 'p' model.block }}{{ t }}", "[<i>a & b</i>]|<i>a & b</i>")]
    [InlineData("<ul>\n  {{ include 'lines' model.block }}\n</ul>", null)]
    public void A_block_that_writes_itself_is_written_like_raw_html(string layout, string? expected)
    {
        var renderer = Renderer(
            new Dictionary<string, string> { ["page"] = layout, ["baseof"] = "{{ content }}|{{ model.block }}" },
            new Dictionary<string, string> { ["p"] = "[{{ model }}]", ["lines"] = "<li>-</li>\n<li>{{ model }}</li>\n" });
        const string Html = "<i>a &\n b</i>";

        var written = renderer.Render("a.html", "page", new { }, new { Block = new Block(Html) });

        Assert.Equal(renderer.Render("b.html", "page", new { }, new { Block = new RawHtml(Html) }), written);
        if (expected is not null)
        {
            Assert.Equal(expected.Replace("<i>a & b</i>", Html, StringComparison.Ordinal), written);
        }
    }

    // Include scopes are reused per depth: what one include assigns is gone at the next include
    // of the same depth, and an inner include leaves the outer one's model as it was.
    [Fact]
    public void An_include_sees_neither_the_previous_includes_variables_nor_an_inner_includes_model()
    {
        var renderer = Renderer(
            new Dictionary<string, string>
            {
                ["nested"] = "{{ include 'outer' 'o' }}{{ include 'outer' 'p' }}",
                ["leak"] = "{{ include 'set' 'a' }}{{ include 'read' 'b' }}",
            },
            new Dictionary<string, string>
            {
                ["outer"] = "[{{ model }}{{ include 'inner' model + '!' }}{{ model }}]",
                ["inner"] = "({{ model }})",
                ["set"] = "{{ leaked = model }}{{ model }}",
                ["read"] = "{{ leaked }}",
            });

        Assert.Equal("[o(o!)o][p(p!)p]", renderer.Render("a.html", "nested", new { }, null));
        var e = Assert.Throws<SiteException>(() => renderer.Render("b.html", "leak", new { }, null));
        Assert.Contains("leaked", e.Message, StringComparison.Ordinal);
        Assert.Equal("[o(o!)o][p(p!)p]", renderer.Render("c.html", "nested", new { }, null));
    }

    // include_cached renders a partial once per distinct model content and reuses the text; the
    // partial must read only its model and site (it reads page.title here to show the reuse).
    [Fact]
    public void A_cached_include_is_rendered_once_per_model_content_and_escaped_like_an_include()
    {
        var renderer = Renderer(
            new Dictionary<string, string> { ["page"] = "{{ include_cached 'p' model.feed }}|{{ include 'p' model.feed }}" },
            new Dictionary<string, string> { ["p"] = "{{ model.name }} on {{ page.title }}" });

        var first = renderer.Render("a.html", "page", new { Title = "A" }, new { Feed = new { Name = "<TV>" } });
        var same = renderer.Render("b.html", "page", new { Title = "B" }, new { Feed = new { Name = "<TV>" } });
        var other = renderer.Render("c.html", "page", new { Title = "C" }, new { Feed = new { Name = "Anime" } });

        Assert.Equal("&lt;TV&gt; on A|&lt;TV&gt; on A", first);
        Assert.Equal("&lt;TV&gt; on A|&lt;TV&gt; on B", same);
        Assert.Equal("Anime on C|Anime on C", other);
    }

    [Fact]
    public void Expressions_are_html_escaped_by_default_and_literal_text_is_not()
    {
        var html = Render("<p class=\"x\">{{ model.name }}|{{ page.title }}|{{ site.title }}|{{ model.season }}|{{ model.flag }}</p>", model: new Item("\"><img src=x onerror=alert(1)>", null, true, RawHtml.Empty));
        Assert.Equal("<p class=\"x\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;|&lt;T&gt;|A &amp; B||true</p>", html);
    }

    [Fact]
    public void Raw_html_values_and_includes_are_not_escaped_twice()
    {
        var partials = new Dictionary<string, string> { ["inner"] = "<b>{{ model.name }}</b>" };
        var html = Render("{{ include 'inner' model }}{{ model.html }}{{ '<i>trusted</i>' | raw }}", partials, new Item("<x>", 1, false, new RawHtml("<br>")));
        Assert.Equal("<b>&lt;x&gt;</b><br><i>trusted</i>", html);
    }

    [Fact]
    public void A_partial_reads_its_input_as_model_and_what_it_assigns_stays_inside()
    {
        var partials = new Dictionary<string, string>
        {
            ["card"] = "[{{ x = 'set in card'; model.name }}|{{ include 'badge' { text: model.name, level: 2 } }}]",
            ["badge"] = "<h{{ model.level }}>{{ model.text }}</h{{ model.level }}>",
            ["none"] = "{{ model == null }}",
        };

        var html = Render("{{ include 'card' model }}{{ include 'none' }}{{ model.season }}", partials, new Item("<x>", 3, false, RawHtml.Empty));

        Assert.Equal("[&lt;x&gt;|<h2>&lt;x&gt;</h2>]true3", html);

        // The assignment inside the partial is gone once it returns, so a caller (strict) cannot read it.
        var leaked = Assert.Throws<SiteException>(() => Render("{{ include 'card' model }}{{ x }}", partials, new Item("a", 1, false, RawHtml.Empty)));
        Assert.Contains("x", leaked.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ include 'p' model 'extra' }}", "at most one input")]
    [InlineData("{{ include 'p' model }}{{ include 'q' }}", "model")]
    public void Include_refuses_extra_arguments_and_a_partial_cannot_reassign_its_model(string layout, string expected)
    {
        var partials = new Dictionary<string, string> { ["p"] = "{{ model.name }}", ["q"] = "{{ model = 1 }}" };
        var e = Assert.Throws<SiteException>(() => Render(layout, partials, new Item("a", 1, false, RawHtml.Empty)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asset_function_returns_fingerprinted_urls_and_unknown_assets_fail()
    {
        Assert.Equal("/assets/site.12345678.css", Render("{{ asset 'site.css' }}"));
        var e = Assert.Throws<SiteException>(() => Render("{{ asset 'nope.css' }}"));
        Assert.Contains("nope.css", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_variables_and_members_fail_the_render()
    {
        var variable = Assert.Throws<SiteException>(() => Render("{{ titel }}"));
        Assert.Contains("titel", variable.Message, StringComparison.Ordinal);
        Assert.Contains("layouts/page.scriban-html(1,", variable.Message, StringComparison.Ordinal);
        var member = Assert.Throws<SiteException>(() => Render("{{ model.nmae }}", model: new Item("x", 1, false, RawHtml.Empty)));
        Assert.Contains("nmae", member.Message, StringComparison.Ordinal);
        var partial = Assert.Throws<SiteException>(() => Render("{{ include 'missing' }}"));
        Assert.Contains("missing", partial.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_errors_name_file_line_and_column()
    {
        var e = Assert.Throws<SiteException>(() => TemplateSet.FromSources(
            new Dictionary<string, string> { ["ok"] = "fine", ["bad"] = "line one\n{{ for x in y }}\nno end" },
            new Dictionary<string, string> { ["p"] = "{{ 1 + }}" }));
        Assert.Contains("layouts/bad.scriban-html:2:", e.Message, StringComparison.Ordinal);
        Assert.Contains("partials/p.scriban-html:1:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_over_more_than_a_thousand_items_work()
    {
        var html = Render("{{ for i in model }}.{{ end }}", model: Enumerable.Range(0, 5000).ToList());
        Assert.Equal(5000, html.Length);
    }

    [Fact]
    public void Theme_templates_all_parse()
    {
        var set = TemplateSet.Load(TestSite.ThemeDir);
        foreach (var layout in new[] { "baseof", "home", "calendar", "month", "day", "highlights", "trending", "airing", "best", "title", "content", "404" })
        {
            Assert.True(set.Layouts.ContainsKey(layout), layout);
        }
    }

    [Theory]
    [InlineData("Plain & simple", "Plain &amp; simple")]
    [InlineData("Line<br>break<BR/>again<br />", "Line<br>break<br>again<br>")]
    [InlineData("<p>One</p><p>Two", "<p>One</p><p>Two</p>")]
    [InlineData("<i>it</i> <b>bold</b> <em>em</em> <strong>st</strong>", "<i>it</i> <b>bold</b> <em>em</em> <strong>st</strong>")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<b onclick=\"x()\">b</b>", "&lt;b onclick=&quot;x()&quot;&gt;b")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;")]
    [InlineData("&lt;script&gt; &amp; &mdash; &#39;", "&lt;script&gt; &amp; — &#39;")]
    [InlineData("<b><i>nested</b> tail</i>", "<b><i>nested</i></b> tail")]
    [InlineData("</p>stray close<i>open", "stray close<i>open</i>")]
    [InlineData("<p>a<p>b", "<p>a</p><p>b</p>")]
    [InlineData("", "")]
    public void Overview_sanitiser_keeps_only_the_whitelist(string input, string expected)
    {
        Assert.Equal(expected, OverviewSanitiser.Sanitise(input).Html);
    }

    [Fact]
    public void Overview_plain_text_for_descriptions()
    {
        Assert.Equal("A lighthouse keeper's daughter returns — home.", OverviewSanitiser.PlainText("A lighthouse keeper&#39;s daughter<br><br>returns &mdash; <i>home</i>."));
        var long_ = OverviewSanitiser.PlainText(string.Join(' ', Enumerable.Repeat("word", 100)), 40);
        Assert.True(long_.Length <= 40);
        Assert.EndsWith("…", long_, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_is_json_and_inert_inside_a_script_element()
    {
        var raw = JsonLd.Serialize(new System.Text.Json.Nodes.JsonObject { ["name"] = "</script><!-- & 'x' \"y\" ✨" }).Html;
        Assert.DoesNotContain("<", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(">", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("&", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("'", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", raw, StringComparison.Ordinal);
        Assert.Equal("</script><!-- & 'x' \"y\" ✨", System.Text.Json.JsonDocument.Parse(raw).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Markdown_pages_escape_raw_html_take_the_title_and_reject_script_links()
    {
        var page = ContentPages.Parse("# About us\n\nWe use <script>alert(1)</script> data from [Simkl](https://simkl.com).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "about", "about.md");
        Assert.Equal("About us", page.Title);
        Assert.Equal("/about/", page.Path);
        Assert.Contains("&lt;script&gt;", page.Html.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page.Html.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", page.Html.Html, StringComparison.Ordinal);
        Assert.Contains("<table>", page.Html.Html, StringComparison.Ordinal);
        Assert.StartsWith("We use", page.Description, StringComparison.Ordinal);

        var e = Assert.Throws<SiteException>(() => ContentPages.Parse("# X\n\n[click](javascript:alert(1))\n", "x", "x.md"));
        Assert.Contains("x.md", e.Message, StringComparison.Ordinal);
        Assert.Throws<SiteException>(() => ContentPages.Parse("# X\n\n[click](data:text/html,hi)\n", "x", "x.md"));
    }

    [Fact]
    public void Content_pages_cannot_take_generated_urls()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-pages-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "calendar.md"), "# Calendar\n");
            var e = Assert.Throws<SiteException>(() => ContentPages.Load(dir.FullName, Simkl.Site.Urls.SiteUrls.ReservedSlugs));
            Assert.Contains("calendar", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
