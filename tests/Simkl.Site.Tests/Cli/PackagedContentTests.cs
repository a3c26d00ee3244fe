using Simkl.Site.Cli.Commands;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Cli;

/// <summary>A site folder's own theme/ and input/ win over the copies packaged with the tool.</summary>
public sealed class PackagedContentTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("simkl-packaged-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData(PackagedContent.Theme)]
    [InlineData(PackagedContent.Input)]
    public void The_working_folders_own_copy_wins_else_the_packaged_one(string name)
    {
        Assert.Equal((Path.Combine(AppContext.BaseDirectory, name), true), PackagedContent.Resolve(name, _dir.FullName));

        _dir.CreateSubdirectory(name);
        Assert.Equal((name, false), PackagedContent.Resolve(name, _dir.FullName));
    }

    [Fact]
    public void The_packaged_copies_are_the_repositorys_theme_and_content()
    {
        foreach (var name in new[] { "theme/layouts/baseof.scriban-html", "input/site.json", "input/data/sample/snapshot.json" })
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(TestSite.RepoRoot, name)),
                File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, name)));
        }
    }
}
