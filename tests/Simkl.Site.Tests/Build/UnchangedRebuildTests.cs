using Simkl.Site.Build;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Publish;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// A rebuild whose inputs are exactly those of the build that made the output (snapshot, theme,
/// input, options, schedule state) and whose output is intact does nothing; any change to one of
/// them, or to the output folder, makes it a real build again.
/// </summary>
public sealed class UnchangedRebuildTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-unchanged-");
    private readonly string _theme;
    private readonly string _input;

    public UnchangedRebuildTests()
    {
        var repo = PublishingData.RepoRoot();
        _theme = Copy(Path.Combine(repo, "theme"), Path.Combine(_root.FullName, "theme"));
        _input = Copy(Path.Combine(repo, "input"), Path.Combine(_root.FullName, "input"));
    }

    private BuildOptions Options => new()
    {
        DataDir = Path.Combine(_input, "data", "sample"),
        InputDir = _input,
        ThemeDir = _theme,
        OutputDir = Path.Combine(_root.FullName, "_site"),
        StatePath = Path.Combine(_root.FullName, "state", "schedule.json"),
        Generators = OutputGenerators.Default(),
    };

    public static TheoryData<string> Changes() => new()
    {
        "theme",
        "input page",
        "snapshot",
        "state",
        "output file deleted",
        "output file added",
        "output file cut",
        "output file renamed",
        "hidden output file added",
        "fingerprint of an older version",
    };

    [Fact]
    public void A_rebuild_from_the_same_inputs_loads_renders_and_writes_nothing()
    {
        var first = SiteBuilder.Build(Options);
        var again = SiteBuilder.Build(Options);

        Assert.False(first.InputsUnchanged);
        Assert.True(again.InputsUnchanged);
        Assert.Equal((0, first.Files, first.Pages, false), (again.Written, again.Unchanged, again.Pages, again.Swapped));
        Assert.Equal(["inputs unchanged"], again.Stages.Select(s => s.Name));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_to_an_input_or_the_output_makes_it_a_real_build(string change)
    {
        var first = SiteBuilder.Build(Options);
        var output = Options.OutputDir;
        var page = Path.Combine(output, "index.html");
        switch (change)
        {
            case "theme":
                File.AppendAllText(Path.Combine(_theme, "layouts", "404.scriban-html"), "\n");
                break;
            case "input page":
                File.AppendAllText(Directory.EnumerateFiles(Path.Combine(_input, "pages"), "*.md").Order(StringComparer.Ordinal).First(), "\nOne more line.\n");
                break;
            case "snapshot":
                File.AppendAllText(Path.Combine(Options.DataDir!, "README.md"), "\n");
                break;
            case "state":
                File.AppendAllText(Options.StatePath!, " ");
                break;
            case "output file deleted":
                File.Delete(page);
                break;
            case "output file added":
                File.WriteAllText(Path.Combine(output, "stray.html"), "x");
                break;
            case "output file cut":
                File.WriteAllText(page, "<html>");
                break;
            case "output file renamed":
                File.Move(page, Path.Combine(output, "stray.html"));
                break;
            case "hidden output file added":
                File.WriteAllText(Path.Combine(output, "assets", ".stray"), "x");
                break;
            case "fingerprint of an older version":
                var fingerprint = BuildFingerprint.PathFor(output);
                var older = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(fingerprint))!.AsObject();
                Assert.True(older.Remove("Output"));
                File.WriteAllText(fingerprint, older.ToJsonString());
                break;
        }

        var again = SiteBuilder.Build(Options);

        Assert.False(again.InputsUnchanged);
        Assert.Contains(again.Stages, s => s.Name == "render+verify");
        Assert.True(File.Exists(page));
        Assert.False(File.Exists(Path.Combine(output, "stray.html")));
        Assert.False(File.Exists(Path.Combine(output, "assets", ".stray")));
        Assert.Equal(first.Files, again.Files);
    }

    [Fact]
    public void A_build_from_an_in_memory_catalogue_is_never_skipped()
    {
        using var site = new TestSite();
        site.Show(1, "Alpha");
        site.Build();
        var again = site.Build();

        Assert.False(again.InputsUnchanged);
        Assert.Equal(0, again.Written);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private static string Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }
}
