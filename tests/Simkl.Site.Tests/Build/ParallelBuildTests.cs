using Simkl.Site.Build;
using Simkl.Site.Publish;
using Simkl.Site.Tests.Publish;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// Pages are made, hashed and rendered, and feeds serialised and written, on as many threads as
/// the build is given, in no fixed order: the output, its manifest and the page hashes must not
/// depend on how many there were.
/// </summary>
public sealed class ParallelBuildTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-parallel-");

    [Fact]
    public void One_thread_and_several_threads_build_the_same_bytes()
    {
        var one = SiteBuilder.Build(Options("one", 1));
        var two = SiteBuilder.Build(Options("two", 2));
        var four = SiteBuilder.Build(Options("four", 4));

        Assert.True(one.Files > one.Pages, "the build wrote feeds beside the pages");
        foreach (var other in new[] { two, four })
        {
            Assert.Equal(Files(one.OutputDir), Files(other.OutputDir));
            foreach (var file in Files(one.OutputDir))
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(one.OutputDir, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other.OutputDir, file))),
                    $"{file} differs between 1 and more threads");
            }

            Assert.Equal(File.ReadAllBytes(BuildManifest.PathFor(one.OutputDir)), File.ReadAllBytes(BuildManifest.PathFor(other.OutputDir)));
            Assert.Equal(File.ReadAllBytes(PageHashes.PathFor(one.OutputDir)), File.ReadAllBytes(PageHashes.PathFor(other.OutputDir)));
        }
    }

    public void Dispose() => _root.Delete(recursive: true);

    private BuildOptions Options(string name, int threads)
    {
        var repo = PublishingData.RepoRoot();
        return new BuildOptions
        {
            DataDir = Path.Combine(repo, "input", "data", "sample"),
            InputDir = Path.Combine(repo, "input"),
            ThemeDir = Path.Combine(repo, "theme"),
            OutputDir = Path.Combine(_root.FullName, name),
            StatePath = Path.Combine(_root.FullName, name + ".schedule.json"),
            Generators = OutputGenerators.Default(),
            MaxParallelism = threads,
        };
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
