using System.Reflection;
using NetArchTest.Rules;

namespace Simkl.Site.Tests;

/// <summary>
/// The dependency rule of docs/architecture.md: folders form layers, a folder may use only the
/// layers before its own, siblings in one layer do not use each other, and Model uses nothing but
/// Text (terminal-safe text for warning messages).
/// So there are no loops between folders and no output depends on another output.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "Simkl.Site";

    /// <summary>Layers from the bottom up; the folders of one layer are independent of each other.</summary>
    public static readonly string[][] Layers =
    [
        ["Text", "Progress"],
        ["Model"],
        ["Settings", "IO", "Urls"],
        ["Snapshots", "Rendering"],
        ["Fetch", "Load", "Content"],
        ["Index"],
        ["Outputs"],
        ["Outputs.Html", "Outputs.Ical", "Outputs.Atom", "Outputs.Api", "Outputs.Widgets", "Outputs.Sitemap", "Outputs.Search"],
        ["Write", "Changes"],
        ["Publish", "Check"],
        ["Build", "Serve"],
    ];

    private static readonly Assembly Site = typeof(SiteException).Assembly;

    private static IEnumerable<string> Folders => Layers.SelectMany(l => l);

    public static TheoryData<string> EachFolder() => [.. Folders];

    [Theory]
    [MemberData(nameof(EachFolder))]
    public void A_folder_uses_only_the_layers_below_it(string folder)
    {
        var layer = Array.FindIndex(Layers, l => l.Contains(folder));
        var forbidden = Layers.Skip(layer).SelectMany(l => l)
            .Where(f => f != folder && !IsParentOf(f, folder))
            .Select(f => $"{Root}.{f}")
            .ToArray();

        var result = Types.InAssembly(Site)
            .That().ResideInNamespaceMatching($"^{Regex(Root + "." + folder)}$")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful,
            $"{folder} uses a folder of its own layer or above ({string.Join(", ", forbidden)}): " +
            string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Model_depends_on_no_other_folder_but_Text()
    {
        var result = Types.InAssembly(Site)
            .That().ResideInNamespace($"{Root}.Model")
            .ShouldNot().HaveDependencyOnAny([.. Folders.Where(f => f is not ("Model" or "Text")).Select(f => $"{Root}.{f}")])
            .GetResult();
        Assert.True(result.IsSuccessful, "Model uses: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Every_folder_has_a_place_in_the_layers()
    {
        var namespaces = Site.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n[(Root.Length + 1)..])
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.All(namespaces, n => Assert.Contains(n, Folders));
    }

    private static bool IsParentOf(string parent, string child) => child.StartsWith(parent + ".", StringComparison.Ordinal);

    private static string Regex(string ns) => System.Text.RegularExpressions.Regex.Escape(ns);
}
