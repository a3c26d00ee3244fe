using Simkl.Site.Build;
using Simkl.Site.IO;
using Simkl.Site.Publish;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Write;

namespace Simkl.Site.Tests.Write;

/// <summary>`--site` replaces only what a build made, and one build at a time.</summary>
public sealed class OutputFolderTests
{
    private static TestSite Sample()
    {
        var site = new TestSite();
        var show = site.Show(9100123, "Harbor Lights");
        site.Episode(show, "2026-11-28T01:00:00Z", 3, 4);
        var movie = site.Movie(9500042, "The Glass Orchard");
        site.Release(movie, "2026-12-18");
        return site;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void A_folder_no_build_made_is_refused_and_left_as_it_was()
    {
        using var site = Sample();
        var home = Path.Combine(site.Root, "home");
        Write(Path.Combine(home, "Documents", "thesis.txt"), "four years");
        Write(Path.Combine(home, ".ssh", "id_rsa"), "key");

        var e = Assert.Throws<FolderRefusedException>(() => SiteBuilder.Build(site.Options() with { OutputDir = home }));

        Assert.Contains("--force", e.Message, StringComparison.Ordinal);
        Assert.Equal("four years", File.ReadAllText(Path.Combine(home, "Documents", "thesis.txt")));
        Assert.Equal("key", File.ReadAllText(Path.Combine(home, ".ssh", "id_rsa")));
        Assert.False(File.Exists(FolderLock.PathFor(home)), "a refused folder gets no lock file beside it");
        Assert.False(File.Exists(BuildManifest.PathFor(home)));
    }

    [Fact]
    public void Force_replaces_such_a_folder_on_purpose_and_it_is_a_build_output_after()
    {
        using var site = Sample();
        var folder = Path.Combine(site.Root, "old-site");
        Write(Path.Combine(folder, "stray.html"), "hand-made");

        SiteBuilder.Build(site.Options() with { OutputDir = folder, Force = true });

        Assert.False(File.Exists(Path.Combine(folder, "stray.html")));
        Assert.True(File.Exists(Path.Combine(folder, "index.html")));
        Assert.True(WriteSite.IsBuildOutput(folder));
        SiteBuilder.Build(site.Options() with { OutputDir = folder });
    }

    [Fact]
    public void Roots_repositories_and_input_folders_are_refused_even_with_force()
    {
        using var site = Sample();
        var repo = Path.Combine(site.Root, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        Write(Path.Combine(repo, "src", "Program.cs"), "uncommitted");

        Assert.Throws<FolderRefusedException>(() => SiteBuilder.Build(site.Options() with { OutputDir = repo, Force = true }));
        Assert.Throws<FolderRefusedException>(() => SiteBuilder.Build(site.Options() with { OutputDir = site.Root, Force = true }));
        Assert.Throws<FolderRefusedException>(() => SiteBuilder.Build(site.Options() with { OutputDir = "/", Force = true }));
        Assert.Equal("uncommitted", File.ReadAllText(Path.Combine(repo, "src", "Program.cs")));
    }

    [Fact]
    public void A_source_folder_inside_a_repository_is_refused()
    {
        using var site = Sample();
        var repo = Path.Combine(site.Root, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        Write(Path.Combine(repo, "src", "Program.cs"), "uncommitted");

        Assert.Throws<FolderRefusedException>(() => SiteBuilder.Build(site.Options() with { OutputDir = Path.Combine(repo, "src") }));
        Assert.Equal("uncommitted", File.ReadAllText(Path.Combine(repo, "src", "Program.cs")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("out\0put")]
    public void An_unusable_path_is_a_clear_error(string output)
    {
        using var site = Sample();
        var e = Assert.Throws<SiteException>(() => SiteBuilder.Build(site.Options() with { OutputDir = output }));
        Assert.Contains("not a usable path", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_and_a_missing_one_may_be_used()
    {
        using var site = Sample();
        Directory.CreateDirectory(site.Output);
        site.Build();
        Assert.True(site.Exists("index.html"));
        Assert.True(File.Exists(BuildManifest.PathFor(site.Output)));
    }

    [Fact]
    public void A_build_while_another_holds_the_folder_is_busy_and_changes_nothing()
    {
        using var site = Sample();
        site.Build();
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        using (FolderLock.Acquire(site.Output, "build", TimeSpan.Zero))
        {
            Assert.Throws<FolderBusyException>(() => SiteBuilder.Build(site.Options(DateTimeOffset.Parse("2026-12-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)) with { LockWait = TimeSpan.Zero }));
        }

        Assert.Equal(before, Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        Assert.Empty(site.Leftovers());
    }

    [Fact]
    public void A_site_left_aside_by_a_build_killed_mid_swap_is_put_back()
    {
        using var site = Sample();
        site.Build();
        var aside = site.Output + ".old-0badf00d";
        Directory.Move(site.Output, aside);

        using (WriteSite.Begin(site.Output))
        {
            Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
            Assert.False(Directory.Exists(aside));
        }
    }
}
