using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Outputs;
using Simkl.Site.Write;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Build;

/// <summary>Safe output: hostile data renders as text; nothing escapes the output folder.</summary>
public sealed class SecurityTests
{
    public static readonly string[] Hostile =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "</script><script>alert(2)</script>",
        "<!-- comment --> & &amp; &lt;",
        "javascript:alert(3)",
        "مرحبا بالعالم \u202Eevil\u202C שלום",
        "Emoji 🎬🍿 night",
        "{{ site.title }} {% raw %}",
    ];

    [Fact]
    public void Hostile_strings_render_as_text_and_inject_nothing()
    {
        using var site = new TestSite { Settings = new() { BaseUrl = "https://cal.example.org", ClientId = "cid" } };
        var id = 100;
        foreach (var text in Hostile)
        {
            id++;
            var show = site.Show(id, text, with: t => t with
            {
                Network = text,
                Status = text,
                Genres = [text, "Drama"],
                RuntimeText = text,
                RomajiName = text + " (romaji)",
                Overview = $"<p onclick=\"alert(1)\">{text}</p><script>alert('o')</script><a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)><b>bold</b>",
                Ids = new Dictionary<string, string> { ["tmdb"] = text },
            });
            site.Episode(show, "2026-11-28T01:00:00Z", 1, 1, episodeTitle: text, url: text);
            site.List(ListFamily.Best, MediaKind.Tv, "all" + id, new ListEntry { SimklId = id, Kind = MediaKind.Tv, Position = 1 });
        }

        site.Build();

        var files = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(site.Output, file);
            var doc = site.Html(relative);
            foreach (var script in doc.QuerySelectorAll("script"))
            {
                var src = script.GetAttribute("src");
                var type = script.GetAttribute("type");
                Assert.True(
                    (src is not null && System.Text.RegularExpressions.Regex.IsMatch(src, @"^(/assets/[a-z0-9_-]+\.[0-9a-f]{8}\.js|/widget\.js)$") && script.TextContent.Length == 0)
                    || (src is null && type == "application/ld+json"),
                    $"{relative}: unexpected script {script.OuterHtml}");
                if (type == "application/ld+json")
                {
                    Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
                    using var json = JsonDocument.Parse(script.TextContent);
                    Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
                }
            }

            foreach (var element in doc.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{relative}: {element.TagName} has {attribute.Name}");
                    if (attribute.Name is "href" or "src" or "action" or "formaction")
                    {
                        Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
                    }
                }
            }

            Assert.Empty(doc.QuerySelectorAll("object, embed, base, form:not([data-filters]):not([data-search])"));
            Assert.All(doc.QuerySelectorAll("form[data-search]"), f => Assert.Equal(Simkl.Site.Urls.SiteUrls.Search, f.GetAttribute("action")));
            Assert.All(doc.QuerySelectorAll("iframe"), f => Assert.StartsWith("/embed/", f.GetAttribute("src"), StringComparison.Ordinal));
            Assert.All(doc.QuerySelectorAll("img"), img => Assert.StartsWith("https://wsrv.nl/", img.GetAttribute("src"), StringComparison.Ordinal));
        }

        // Each hostile name shows up as literal text where it belongs.
        var day = site.Html("calendar/2026/11/28/index.html");
        var names = day.QuerySelectorAll("li.card .card-title a").Select(a => a.TextContent).ToList();
        foreach (var text in Hostile)
        {
            Assert.Contains(text, names);
            Assert.Contains(day.QuerySelectorAll(".episode-title"), e => e.TextContent == $"“{text}”");
        }

        // The overview keeps only the whitelisted markup.
        var title = site.Html("tv/101/script-alert-1-script/index.html");
        var overview = title.QuerySelector(".overview-text")!;
        Assert.Empty(overview.QuerySelectorAll("script, a, img, [onclick]"));
        Assert.Equal("bold", overview.QuerySelector("b")!.TextContent);
        Assert.Contains("<script>alert('o')</script>", overview.TextContent, StringComparison.Ordinal);
        var ld = JsonDocument.Parse(title.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(Hostile[0], ld.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Path_traversal_slugs_and_ids_stay_inside_the_output_folder()
    {
        using var site = new TestSite();
        site.Output = Path.Combine(site.Root, "out", "_site");
        foreach (var (id, slug) in new[] { (1L, "../../../../etc/passwd"), (2L, "..\\..\\windows"), (3L, "/absolute/path"), (4L, "%2e%2e%2f%2e%2e%2fescape"), (5L, ".."), (6L, "") })
        {
            var show = site.Show(id, "Traversal " + id, with: t => t with { Slug = slug });
            site.Episode(show, "2026-11-28T01:00:00Z", 1, 1);
        }

        site.List(ListFamily.Best, MediaKind.Tv, "../../../escape", new ListEntry { SimklId = 1, Kind = MediaKind.Tv, Position = 1 });
        File.WriteAllText(Path.Combine(site.InputDir, "pages", "..%2f..%2fevil.md"), "# Evil\n\ntext\n");
        site.Build();

        // Nothing was written next to the output folder or above it.
        // (The build manifest, the page hashes and the folder's lock file are written beside the output by design.)
        Assert.Equal(["_site", "_site.build-manifest.json", "_site.lock", "_site.page-hashes.json"], Directory.GetFileSystemEntries(Path.Combine(site.Root, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(Path.Combine(site.Root, "escape")));
        var output = Path.GetFullPath(site.Output) + Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            Assert.StartsWith(output, Path.GetFullPath(file), StringComparison.Ordinal);
            Assert.DoesNotContain("..", Path.GetRelativePath(site.Output, file), StringComparison.Ordinal);
        }

        Assert.True(site.Exists("tv/1/etc-passwd/index.html"));
        Assert.True(site.Exists("tv/5/title/index.html"));
        Assert.True(site.Exists("evil/index.html"));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\..\\b")]
    [InlineData("C:/x")]
    [InlineData("a//b")]
    [InlineData("a/./b")]
    [InlineData("")]
    [InlineData("a\0b")]
    public void Unsafe_generator_paths_fail_the_build_and_leave_no_trace(string path)
    {
        using var site = new TestSite();
        var show = site.Show(1, "Harbor Lights");
        site.Episode(show, "2026-11-28T01:00:00Z", 1, 1);
        site.Generators.Add(new FixedGenerator(new OutputFile(path, new byte[] { 1 })));
        var e = Assert.Throws<SiteException>(() => site.Build());
        Assert.Contains("Refusing to write output path", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
        Assert.Empty(site.Leftovers());
    }

    [Fact]
    public void Output_paths_validation()
    {
        Assert.True(OutputPaths.IsSafe("calendar/2026/11/index.html", out _));
        Assert.True(OutputPaths.IsSafe("assets/site.3f2a9c1b.css", out _));
        Assert.False(OutputPaths.IsSafe("..", out _));
        Assert.False(OutputPaths.IsSafe("x/", out _));
        Assert.Throws<SiteException>(() => OutputPaths.Resolve("/tmp/out", "../x"));
    }

    private sealed class FixedGenerator(params OutputFile[] files) : IOutputGenerator
    {
        public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index) => files;
    }
}
