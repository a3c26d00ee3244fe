using Simkl.Site.Build;
using Simkl.Site.Tests.Publish;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>The bundled sample built once (real theme, every generator) into a temp folder, shared by a test class.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-sample-site-");

    public SampleSiteFixture()
    {
        var repo = PublishingData.RepoRoot();
        Output = Path.Combine(_root.FullName, "_site");
        Result = SiteBuilder.Build(new BuildOptions
        {
            DataDir = Path.Combine(repo, "input", "data", "sample"),
            InputDir = Path.Combine(repo, "input"),
            ThemeDir = Path.Combine(repo, "theme"),
            OutputDir = Output,
            Generators = OutputGenerators.Default(),
        });
        Files = [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>Every file of the built site, site-relative, sorted.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The URL paths a visitor requests for a file: <c>/calendar/</c> and <c>/calendar/index.html</c> for an index.</summary>
    public static IEnumerable<string> RequestPaths(string file)
    {
        yield return "/" + file;
        if (file == "index.html")
        {
            yield return "/";
        }
        else if (file.EndsWith("/index.html", StringComparison.Ordinal))
        {
            yield return "/" + file[..^"index.html".Length];
        }
    }

    public void Dispose()
    {
        _root.Delete(recursive: true); // the manifest beside _site is inside _root too
    }
}
