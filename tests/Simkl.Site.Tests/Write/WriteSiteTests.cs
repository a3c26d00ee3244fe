using System.Diagnostics;
using Simkl.Site.Build;
using Simkl.Site.Model;
using Simkl.Site.Index;
using Simkl.Site.Outputs;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Write;

/// <summary>Deterministic, atomic and incremental output.</summary>
public sealed class WriteSiteTests
{
    private static readonly DateTime Old = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static TestSite Sample()
    {
        var site = new TestSite();
        File.WriteAllText(Path.Combine(site.InputDir, "pages", "about.md"), "# About\n\nAbout this site.\n");
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-26T01:00:00Z", 3, 3);
        site.Episode(show, "2026-11-28T01:00:00Z", 3, 4);
        var anime = site.Show(9300401, "Hoshikage Rangers", MediaKind.Anime);
        site.Episode(anime, "2026-11-27T15:30:00Z", null, 7);
        var movie = site.Movie(9500042, "The Glass Orchard");
        site.Release(movie, "2026-12-18");
        site.List(ListFamily.Trending, MediaKind.Tv, "today", new ListEntry { SimklId = 9100123, Kind = MediaKind.Tv, Position = 1 });
        return site;
    }

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameTree(string a, string b)
    {
        var x = Snapshot(a);
        var y = Snapshot(b);
        Assert.Equal(x.Keys.Order(StringComparer.Ordinal), y.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in x)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(y[path]), $"{path} differs");
        }
    }

    private static void Age(string dir)
    {
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Old);
        }
    }

    /// <summary>The inode of a file (Unix), to prove a file was kept rather than rewritten.</summary>
    private static string Inode(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return "n/a";
        }

        using var p = Process.Start(new ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return inode;
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = Sample();
        var first = site.Output;
        site.Build();
        site.Output = Path.Combine(site.Root, "second", "_site");
        var result = SiteBuilder.Build(site.Options() with { MaxParallelism = 1 });
        Assert.Equal(result.Files, result.Written);
        AssertSameTree(first, site.Output);
    }

    [Fact]
    public void Now_changes_what_is_today_but_nothing_else_leaks_the_clock()
    {
        using var site = Sample();
        site.Build(DateTimeOffset.Parse("2026-11-27T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var before = Snapshot(site.Output);

        // Same day, another hour: identical pages. Only the schedule-change page and feed, which
        // record the build instant they compare from, and the pages that show what airs next as of
        // the build (home and the kind pages: the "now" line, countdowns), may differ.
        site.Build(DateTimeOffset.Parse("2026-11-27T18:30:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var same = Snapshot(site.Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), same.Keys.Order(StringComparer.Ordinal));
        var differing = before.Where(kv => !kv.Value.AsSpan().SequenceEqual(same[kv.Key])).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(differing.Except(["changes.xml", "changes/index.html", "index.html", "tv/index.html", "anime/index.html", "movies/index.html"]));

        // The next day: today moves.
        var c = site.Build(DateTimeOffset.Parse("2026-11-28T00:10:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(c.Written > 0);
        Assert.Equal("2026-11-28", site.Html("calendar/index.html").QuerySelector("section[aria-current='date']")!.GetAttribute("data-day"));
        Assert.NotEqual(before["index.html"], File.ReadAllBytes(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_rebuild_with_no_change_writes_nothing_and_does_not_swap()
    {
        using var site = Sample();
        var first = site.Build();
        Assert.True(first.Swapped);
        Age(site.Output);
        var inodes = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, Inode);

        var second = site.Build();
        Assert.Equal(0, second.Written);
        Assert.Equal(0, second.Deleted);
        Assert.Equal(first.Files, second.Unchanged);
        Assert.False(second.Swapped);
        foreach (var (file, inode) in inodes)
        {
            Assert.Equal(Old, File.GetLastWriteTimeUtc(file));
            Assert.Equal(inode, Inode(file));
        }

        Assert.DoesNotContain(site.Leftovers(), l => l.Contains("staging", StringComparison.Ordinal) || l.Contains(".old-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_build_rewrites_only_changed_files_and_deletes_removed_pages()
    {
        using var site = Sample();
        site.Build();
        Age(site.Output);
        var untouched = Path.Combine(site.Output, "movies", "9500042", "the-glass-orchard", "index.html");
        var untouchedInode = Inode(untouched);
        var removedDay = Path.Combine(site.Output, "calendar", "2026", "11", "26", "index.html");
        Assert.True(File.Exists(removedDay));

        // New data: the 26 Nov episode is gone, a new episode airs on 30 Nov.
        using var next = Sample();
        next.Output = site.Output;
        next.Settings = site.Settings;
        File.Delete(Path.Combine(next.InputDir, "pages", "about.md"));
        File.WriteAllText(Path.Combine(next.InputDir, "pages", "about.md"), "# About\n\nAbout this site.\n");
        var result = SiteBuilder.Build(RemoveAndAdd(next));

        Assert.True(result.Swapped);
        Assert.True(result.Written > 0);
        Assert.True(result.Unchanged > 0);
        Assert.True(result.Deleted >= 1);
        Assert.Equal(result.Files, result.Written + result.Unchanged);
        Assert.False(File.Exists(removedDay));
        Assert.True(File.Exists(Path.Combine(site.Output, "calendar", "2026", "11", "30", "index.html")));

        // Unchanged files were carried over (same inode, old mtime); changed ones are new.
        Assert.Equal(Old, File.GetLastWriteTimeUtc(untouched));
        Assert.Equal(untouchedInode, Inode(untouched));
        Assert.NotEqual(Old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "sitemap.xml")));
        var aged = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count(f => File.GetLastWriteTimeUtc(f) == Old);
        Assert.Equal(result.Unchanged, aged);
        Assert.Empty(site.Leftovers());
    }

    private static BuildOptions RemoveAndAdd(TestSite next)
    {
        var catalogue = next.Catalogue();
        var airings = catalogue.Airings.Where(a => a.Episode != 3).ToList();
        var show = catalogue.FindTitle(MediaKind.Tv, 9100123)!;
        airings.Add(new Airing { SimklId = show.SimklId, Kind = show.Kind, When = AiringTime.At(new DateTimeOffset(2026, 11, 30, 1, 0, 0, TimeSpan.Zero)), Season = 3, Episode = 5, SourceFile = "test" });
        return next.Options() with
        {
            Catalogue = new SiteCatalogue(catalogue.Titles, airings, catalogue.Lists, catalogue.Warnings, catalogue.Snapshot),
        };
    }

    [Fact]
    public void A_failing_build_leaves_the_previous_site_untouched_and_no_staging_folder()
    {
        using var site = Sample();
        site.Build();
        Age(site.Output);
        var before = Snapshot(site.Output);

        // The new build changes pages, then a generator fails.
        var options = RemoveAndAdd(site) with { Generators = [new Throwing()] };
        var e = Assert.Throws<InvalidOperationException>(() => SiteBuilder.Build(options));
        Assert.Equal("generator failed", e.Message);

        AssertAgedSiteUntouched(site, before);
    }

    [Fact]
    public void A_failing_feed_generator_waits_for_the_generators_beside_it_and_keeps_the_previous_site()
    {
        using var site = Sample();
        site.Build();
        Age(site.Output);
        var before = Snapshot(site.Output);

        // The feeds fail at once while a generator beside them is still making its file: the
        // build must not return (and drop its staging folder) while that one still writes.
        var slow = new Slow();
        var options = RemoveAndAdd(site) with { Generators = [new ThrowingFeeds(), slow] };
        var e = Assert.Throws<InvalidOperationException>(() => SiteBuilder.Build(options));
        Assert.Equal("feeds failed", e.Message);
        Assert.True(slow.Finished);
        AssertAgedSiteUntouched(site, before);
    }

    /// <summary>After a failed build: the aged output is the same files with the same bytes and times, and no staging folder is left.</summary>
    private static void AssertAgedSiteUntouched(TestSite site, Dictionary<string, byte[]> before)
    {
        var after = Snapshot(site.Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), path);
            Assert.Equal(Old, File.GetLastWriteTimeUtc(Path.Combine(site.Output, path)));
        }

        Assert.Empty(site.Leftovers());
    }

    [Fact]
    public void A_template_error_fails_with_file_and_line_and_keeps_the_previous_site()
    {
        using var site = Sample();
        site.Build();
        var before = Snapshot(site.Output);

        var theme = Path.Combine(site.Root, "theme");
        CopyDir(TestSite.ThemeDir, theme);
        File.WriteAllText(Path.Combine(theme, "partials", "card.scriban-html"), "<li>\n{{ if card.name }}\n<b>unclosed\n");
        var e = Assert.Throws<SiteException>(() => SiteBuilder.Build(site.Options() with { ThemeDir = theme }));
        Assert.Contains("theme/partials/card.scriban-html:2:", e.Message, StringComparison.Ordinal);

        // A runtime error (a typo in a member name) names the template and the page.
        File.Copy(Path.Combine(TestSite.ThemeDir, "partials", "card.scriban-html"), Path.Combine(theme, "partials", "card.scriban-html"), overwrite: true);
        File.WriteAllText(Path.Combine(theme, "partials", "poster.scriban-html"), "{{ model.image.urll }}");
        var runtime = Assert.Throws<SiteException>(() => SiteBuilder.Build(site.Options() with { ThemeDir = theme }));
        Assert.Contains("poster.scriban-html", runtime.Message, StringComparison.Ordinal);
        Assert.Contains("urll", runtime.Message, StringComparison.Ordinal);

        var after = Snapshot(site.Output);
        Assert.Equal(before.Count, after.Count);
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key])));
        Assert.Empty(site.Leftovers());
    }

    [Fact]
    public void Refuses_output_folders_that_are_not_build_outputs()
    {
        using var site = Sample();
        var repo = Path.Combine(site.Root, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        File.WriteAllText(Path.Combine(repo, "keep.txt"), "precious");
        var e = Assert.Throws<Simkl.Site.Write.FolderRefusedException>(() => SiteBuilder.Build(site.Options() with { OutputDir = repo }));
        Assert.Contains("git repository", e.Message, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(repo, "keep.txt")));

        var inputParent = Assert.Throws<Simkl.Site.Write.FolderRefusedException>(() => SiteBuilder.Build(site.Options() with { OutputDir = site.Root }));
        Assert.Contains("which the build reads", inputParent.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(site.InputDir));
    }

    [Fact]
    public void Leftover_staging_folders_from_a_killed_build_are_removed()
    {
        using var site = Sample();
        var leftover = Path.Combine(site.Root, "_site.staging-deadbeef");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "x.html"), "x");
        var unrelated = Path.Combine(site.Root, "_site.backup");
        Directory.CreateDirectory(unrelated);
        site.Build();
        Assert.False(Directory.Exists(leftover));
        Assert.True(Directory.Exists(unrelated));
    }

    private static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class ThrowingFeeds : IParallelOutputGenerator
    {
        public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index) => throw new InvalidOperationException("feeds failed");

        public void Generate(BuildContext context, SiteIndex index, int parallelism, AddFile add)
        {
            add("ics/first.ics", "BEGIN:VCALENDAR"u8);
            throw new InvalidOperationException("feeds failed");
        }
    }

    private sealed class Slow : IOutputGenerator
    {
        private volatile bool _finished;

        public bool Finished => _finished;

        public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
        {
            Thread.Sleep(300);
            yield return OutputFile.Text("late.json", "{}");
            _finished = true;
        }
    }

    private sealed class Throwing : IOutputGenerator
    {
        public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
        {
            yield return OutputFile.Text("feed.xml", "<feed/>");
            throw new InvalidOperationException("generator failed");
        }
    }
}
