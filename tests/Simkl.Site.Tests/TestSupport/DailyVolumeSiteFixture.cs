using Simkl.Site.Build;
using Simkl.Site.TestData;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>
/// The site built (real theme, every generator) from a snapshot at Simkl's real daily volume
/// (<see cref="DailyVolumeSnapshot"/>: ~290 TV, 30 anime and 50 movie releases a day for four
/// weeks, with trending lists), once for every test class in <see cref="DailyVolumeSiteCollection"/>.
/// </summary>
public sealed class DailyVolumeSiteFixture : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-daily-site-");

    public DailyVolumeSiteFixture()
    {
        var repo = TestSite.RepoRoot;
        var data = Path.Combine(_root.FullName, "data");
        DailyVolumeSnapshot.Build(new DailyVolume()).WriteTo(data);
        Output = Path.Combine(_root.FullName, "_site");
        SiteBuilder.Build(new BuildOptions
        {
            DataDir = data,
            InputDir = Path.Combine(repo, "input"),
            ThemeDir = Path.Combine(repo, "theme"),
            OutputDir = Output,
            Generators = OutputGenerators.Default(),
        });
    }

    public string Output { get; }

    /// <summary>The output file of a site path: <c>/tv/</c> → <c>…/_site/tv/index.html</c>.</summary>
    public string File(string urlPath) => Path.Combine(Output, Simkl.Site.Urls.SiteUrls.File(urlPath));

    public void Dispose() => _root.Delete(recursive: true);
}

[CollectionDefinition(Name)]
public sealed class DailyVolumeSiteCollection : ICollectionFixture<DailyVolumeSiteFixture>
{
    public const string Name = "daily-volume site";
}
