using AngleSharp.Html.Parser;
using Simkl.Site.Build;
using Simkl.Site.Model;
using Simkl.Site.Check;
using Simkl.Site.Settings;
using Simkl.Site.Tests.Publish;
using static Simkl.Site.Tests.Publish.PublishingData;

namespace Simkl.Site.Tests.Changes;

/// <summary>/changes/ and /changes.xml rendered by real builds with the real theme, two builds apart.</summary>
public sealed class ChangesPageTests : IDisposable
{
    private const string Hostile = "\"><img src=x onerror=alert(1)> <script>alert(2)</script> שלום 🎬";
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-changes-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Output => Path.Combine(_root.FullName, "_site");

    private string State => Path.Combine(_root.FullName, "state", "schedule.json");

    private BuildResult Build(SiteCatalogue catalogue)
    {
        var input = Directory.CreateDirectory(Path.Combine(_root.FullName, "input"));
        Directory.CreateDirectory(Path.Combine(input.FullName, "pages"));
        return SiteBuilder.Build(new BuildOptions
        {
            Catalogue = catalogue,
            Settings = new SiteSettings { BaseUrl = "https://cal.example.org", Title = "Test Calendar" },
            InputDir = input.FullName,
            ThemeDir = Path.Combine(RepoRoot(), "theme"),
            OutputDir = Output,
            StatePath = State,
            Generators = OutputGenerators.Default(),
        });
    }

    private static SiteCatalogue Week(DateTimeOffset now, DateTimeOffset episodeTwo, bool withRemovedTitle) => Cat(
        withRemovedTitle
            ? [Title(MediaKind.Tv, 1, Hostile), Title(MediaKind.Tv, 2, "Gone Show")]
            : [Title(MediaKind.Tv, 1, Hostile)],
        withRemovedTitle
            ? [Episode(MediaKind.Tv, 1, 1, 1, Now.AddHours(30)), Episode(MediaKind.Tv, 1, 1, 2, episodeTwo), Episode(MediaKind.Tv, 2, 1, 1, now.AddDays(4))]
            : [Episode(MediaKind.Tv, 1, 1, 1, Now.AddHours(30)), Episode(MediaKind.Tv, 1, 1, 2, episodeTwo)],
        Snapshot(now));

    [Fact]
    public async Task First_build_says_tracking_starts_then_changes_are_listed_escaped_and_linked()
    {
        var first = Build(Week(Now, Now.AddDays(3), withRemovedTitle: true));
        Assert.True(first.FirstChangeBuild);
        Assert.True(File.Exists(State));
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(Output, "changes", "index.html")));
        Assert.NotNull(page.QuerySelector("[data-changes-none]"));
        Assert.Contains("the first build has nothing earlier to compare with", page.QuerySelector("[data-changes-none]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("[data-change]"));
        Assert.NotNull(page.QuerySelector("nav a[href='/changes/']"));

        var later = Now.AddHours(6);
        var second = Build(Week(later, Now.AddDays(5), withRemovedTitle: false));
        Assert.False(second.FirstChangeBuild);
        Assert.Equal(2, second.Changes);

        var html = await File.ReadAllTextAsync(Path.Combine(Output, "changes", "index.html"));
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<script>alert(2)", html);
        page = new HtmlParser().ParseDocument(html);
        var moved = page.QuerySelector("li[data-change='moved-date']")!;
        Assert.Equal("1", moved.GetAttribute("data-simkl-id"));
        Assert.Equal("tv", moved.GetAttribute("data-kind"));
        Assert.Equal("2", moved.GetAttribute("data-episode"));
        Assert.Equal("1", moved.GetAttribute("data-season"));
        Assert.Contains(Hostile, moved.TextContent);
        Assert.Equal(["2026-11-30T12:00:00Z", "2026-12-02T12:00:00Z"], moved.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("/tv/1/" + Simkl.Site.Urls.Slugs.Sanitise(Hostile) + "/", moved.QuerySelector("a")!.GetAttribute("href"));

        // The removed title has no page any more: its entry links only to Simkl.
        var removed = page.QuerySelector("li[data-change='removed']")!;
        Assert.Contains("Gone Show", removed.TextContent);
        Assert.Equal(["https://simkl.com/tv/2/gone-show"], removed.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        var feed = await File.ReadAllTextAsync(Path.Combine(Output, "changes.xml"));
        Assert.Contains("2026-11-30T12:00:00Z", feed);
        Assert.Contains("2026-12-02T12:00:00Z", feed);
        Assert.Contains("https://cal.example.org/changes/#c-", feed);

        var report = await SiteChecker.CheckAsync(Output, new Uri("https://cal.example.org"));
        Assert.True(report.Ok, string.Join("\n", report.Problems));
    }

    [Fact]
    public void A_rebuild_from_the_same_data_writes_nothing()
    {
        Build(Week(Now, Now.AddDays(3), withRemovedTitle: true));
        var manifest = File.ReadAllBytes(Path.Combine(_root.FullName, "_site.build-manifest.json"));
        var again = Build(Week(Now, Now.AddDays(3), withRemovedTitle: true));
        Assert.Equal(0, again.Written);
        Assert.False(again.Swapped);
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(_root.FullName, "_site.build-manifest.json")));
    }
}
