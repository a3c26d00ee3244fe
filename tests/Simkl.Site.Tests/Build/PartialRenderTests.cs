using Simkl.Site.Build;
using Simkl.Site.Load;
using Simkl.Site.Model;
using Simkl.Site.Publish;
using Simkl.Site.Tests.Publish;
using Simkl.Site.Urls;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// Per-page model hashes: a rebuild after one day's upstream change renders only the pages whose
/// models changed, keeps every other page's file, and leaves exactly the output a clean build of
/// the changed data makes. Each row is one kind of change to the bundled sample on one day.
/// </summary>
public sealed class PartialRenderTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 12, 5);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-partial-");

    public static TheoryData<string> Changes() => new() { "moved an hour", "removed", "episode added" };

    [Theory]
    [MemberData(nameof(Changes))]
    public void One_days_change_renders_only_the_pages_it_touches_and_equals_a_clean_build(string change)
    {
        var site = Path.Combine(_root.FullName, "_site");
        var first = SiteBuilder.Build(Options(site, c => c));
        Title? changed = null;
        var rebuilt = SiteBuilder.Build(Options(site, c => Change(c, change, out changed)));
        var clean = SiteBuilder.Build(Options(Path.Combine(_root.FullName, "clean"), c => Change(c, change, out _)));

        Assert.Equal(first.Pages, first.PagesRendered);
        Assert.Equal(rebuilt.Pages, rebuilt.PagesRendered + rebuilt.PagesKept);
        Assert.Contains(SiteUrls.File(SiteUrls.Day(Day)), rebuilt.RenderedPages);
        Assert.Contains(SiteUrls.File(SiteUrls.Title(changed!)), rebuilt.RenderedPages);
        foreach (var untouched in new[] { SiteUrls.Day(Day.AddDays(-1)), SiteUrls.Day(Day.AddDays(1)), "/about/", SiteUrls.NotFound })
        {
            Assert.DoesNotContain(SiteUrls.File(untouched), rebuilt.RenderedPages);
        }

        Assert.InRange(rebuilt.PagesRendered, 2, first.Pages / 5);
        AssertSameFiles(clean.OutputDir, rebuilt.OutputDir);
        Assert.Equal(
            File.ReadAllBytes(BuildManifest.PathFor(clean.OutputDir)),
            File.ReadAllBytes(BuildManifest.PathFor(rebuilt.OutputDir)));
    }

    /// <summary>
    /// The next capture 6 h later with one airing moved: pages whose model did not change keep their
    /// bytes (their "Updated" stamp is the first capture's), the changed pages carry the new capture
    /// time, only <c>/api/v1/capture.json</c> says the new capture everywhere, and a build into a
    /// fresh folder with the state restored (as CI builds) makes the same bytes.
    /// </summary>
    [Fact]
    public void A_capture_6_hours_later_keeps_unchanged_pages_byte_for_byte_and_stamps_changed_ones()
    {
        var site = Path.Combine(_root.FullName, "_site");
        var state = Path.Combine(_root.FullName, "state", "schedule.json");
        var first = SiteBuilder.Build(Options(site, c => c) with { StatePath = state });
        var before = Snapshot(site);
        var restored = Path.Combine(_root.FullName, "restored", "schedule.json");
        CopyFolder(Path.GetDirectoryName(state)!, Path.GetDirectoryName(restored)!);
        var captured = LoadCatalogue.FromSnapshot(Path.Combine(PublishingData.RepoRoot(), "input", "data", "sample")).Snapshot.CapturedAt;
        var later = captured.AddHours(6);
        SiteCatalogue Next(SiteCatalogue c)
        {
            var changed = Change(c, "moved an hour", out _);
            return new SiteCatalogue(changed.Titles, changed.Airings, changed.Lists, changed.Warnings, changed.Snapshot with { CapturedAt = later });
        }

        var rebuilt = SiteBuilder.Build(Options(site, Next) with { StatePath = state });
        var fresh = SiteBuilder.Build(Options(Path.Combine(_root.FullName, "fresh"), Next) with { StatePath = restored });
        var stateless = SiteBuilder.Build(Options(Path.Combine(_root.FullName, "stateless"), Next));

        Assert.Equal(first.Pages, first.PagesRendered);
        Assert.InRange(rebuilt.PagesKept, first.Pages / 2, first.Pages);
        var after = Snapshot(site);
        foreach (var untouched in new[] { SiteUrls.Day(Day.AddDays(-1)), SiteUrls.Day(Day.AddDays(1)), "/about/", SiteUrls.NotFound, SiteUrls.EmbedCalendar(MediaKind.Movie, "dark") })
        {
            var file = SiteUrls.File(untouched);
            Assert.True(before[file].AsSpan().SequenceEqual(after[file]), $"{file} changed although its model did not");
            Assert.Contains($"datetime=\"{UtcText.Format(captured)}\"", Text(after[file]), StringComparison.Ordinal);
        }

        var day = Text(after[SiteUrls.File(SiteUrls.Day(Day))]);
        Assert.Contains($"Page updated <time datetime=\"{UtcText.Format(later)}\" data-stamp>", day, StringComparison.Ordinal);
        Assert.Contains($"\"capturedAt\":\"{UtcText.Format(captured)}\"", Text(before[SiteUrls.File(SiteUrls.ApiCapture)]), StringComparison.Ordinal);
        Assert.Contains($"\"capturedAt\":\"{UtcText.Format(later)}\"", Text(after[SiteUrls.File(SiteUrls.ApiCapture)]), StringComparison.Ordinal);

        // CI builds from a fresh checkout: the stamps come from the restored state, not the old output.
        AssertSameFiles(fresh.OutputDir, rebuilt.OutputDir);

        // Without a state every page is stamped with its build's capture time.
        var about = File.ReadAllText(Path.Combine(stateless.OutputDir, SiteUrls.File("/about/")));
        Assert.Contains($"Page updated <time datetime=\"{UtcText.Format(later)}\" data-stamp>", about, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_of_the_same_data_renders_nothing_and_a_theme_change_renders_everything()
    {
        var site = Path.Combine(_root.FullName, "_site");
        var theme = Path.Combine(_root.FullName, "theme");
        CopyFolder(Path.Combine(PublishingData.RepoRoot(), "theme"), theme);
        var first = SiteBuilder.Build(Options(site, c => c) with { ThemeDir = theme });
        var same = SiteBuilder.Build(Options(site, c => c) with { ThemeDir = theme });
        File.AppendAllText(Path.Combine(theme, "layouts", "404.scriban-html"), "\n");
        var themed = SiteBuilder.Build(Options(site, c => c) with { ThemeDir = theme });

        Assert.Equal((0, first.Pages), (same.PagesRendered, same.PagesKept));
        Assert.Equal(0, same.Written);
        Assert.Equal((first.Pages, 0), (themed.PagesRendered, themed.PagesKept));
    }

    [Fact]
    public void A_kept_page_whose_file_was_changed_in_the_output_is_rendered_again()
    {
        var site = Path.Combine(_root.FullName, "_site");
        SiteBuilder.Build(Options(site, c => c));
        var about = Path.Combine(site, "about", "index.html");
        var bytes = File.ReadAllBytes(about);
        File.Delete(about);
        File.WriteAllBytes(about, [.. bytes, (byte)'\n']);

        var again = SiteBuilder.Build(Options(site, c => c));

        Assert.Equal(["about/index.html"], again.RenderedPages);
        Assert.Equal(bytes, File.ReadAllBytes(about));
    }

    public void Dispose() => _root.Delete(recursive: true);

    // A loader hook (not an in-memory catalogue): the build still reads the sample's files, and the
    // whole-build fingerprint stays out of the way, so only the page hashes decide.
    private static BuildOptions Options(string site, Func<SiteCatalogue, SiteCatalogue> change)
    {
        var repo = PublishingData.RepoRoot();
        return new BuildOptions
        {
            DataDir = Path.Combine(repo, "input", "data", "sample"),
            InputDir = Path.Combine(repo, "input"),
            ThemeDir = Path.Combine(repo, "theme"),
            OutputDir = site,
            Generators = OutputGenerators.Default(),
            LoadCatalogue = dir => change(LoadCatalogue.FromSnapshot(dir)),
        };
    }

    /// <summary>The sample with one change on <see cref="Day"/>, to the first timed TV episode of that day.</summary>
    private static SiteCatalogue Change(SiteCatalogue catalogue, string change, out Title title)
    {
        var target = catalogue.Airings.First(a => a.Kind == MediaKind.Tv && a.When.Instant is { } i && DateOnly.FromDateTime(i.UtcDateTime) == Day && i.Hour < 20);
        title = catalogue.FindTitle(target.Kind, target.SimklId)!;
        var airings = catalogue.Airings.ToList();
        var at = airings.IndexOf(target);
        switch (change)
        {
            case "moved an hour":
                airings[at] = target with { When = AiringTime.At(target.When.Instant!.Value.AddHours(1)) };
                break;
            case "removed":
                airings.RemoveAt(at);
                break;
            case "episode added":
                airings.Insert(at + 1, target with { Episode = target.Episode + 100, EpisodeTitle = "Added", When = AiringTime.At(target.When.Instant!.Value.AddMinutes(30)) });
                break;
        }

        return new SiteCatalogue(catalogue.Titles, airings, catalogue.Lists, catalogue.Warnings, catalogue.Snapshot);
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        static List<string> Files(string root) =>
            [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs from a clean build");
        }
    }

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static string Text(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
