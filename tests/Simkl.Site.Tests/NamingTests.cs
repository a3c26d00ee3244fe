using System.Reflection;
using System.Runtime.CompilerServices;
using Simkl.Site.Outputs;

namespace Simkl.Site.Tests;

/// <summary>
/// The naming rule of docs/architecture.md: a class gets a verb name ("WriteSite") only if it is a
/// stage of the pipeline; everything else is named as a noun. Records, enums and interfaces hold
/// data or contracts, so a leading verb there is a modifier ("BuildOptions") and they are not checked.
/// </summary>
public sealed class NamingTests
{
    /// <summary>The verbs stages are named with: a class whose name starts with one reads as a command.</summary>
    private static readonly string[] StageVerbs =
        ["Build", "Check", "Create", "Detect", "Fetch", "Generate", "Load", "Merge", "Parse", "Plan", "Publish", "Read", "Render", "Track", "Verify", "Write"];

    /// <summary>The stages: the entry points of docs/architecture.md and the steps they run.</summary>
    public static readonly string[] Stages =
    [
        "FetchSnapshot",
        "LoadCatalogue", "ParseSource", "MergeAirings", "MergeTitles", "BuildLists",
        "PlanSite", "PlanEmbedPages",
        "PlanIcalFeeds", "WriteIcalFeed", "BuildIcalFeeds",
        "BuildAtomFeed", "BuildApiJson", "WriteWidgetScript", "BuildSearchIndex",
        "DetectScheduleChanges", "TrackScheduleChanges",
        "WriteSite", "CreateBuildManifest", "VerifyRenderedPages",
    ];

    /// <summary>Classes whose first word is a stage verb used as a modifier: they name a thing, not a step.</summary>
    private static readonly string[] NounCompounds =
    [
        "FetchJobs",          // the jobs of a fetch
        "FetchReportBuilder", // the builder of a fetch report
        "FetchReportText",    // the words of a fetch report
        "LoadWarnings",       // the warnings of a load
        "ParseContext",       // the state one parse carries
        "PublishGuard",       // the guard before publishing
    ];

    private static readonly Type[] SiteTypes = [.. typeof(SiteException).Assembly.GetTypes()
        .Where(t => !t.IsNested && !t.IsDefined(typeof(CompilerGeneratedAttribute)) && t.Namespace?.StartsWith("Simkl.Site", StringComparison.Ordinal) == true)];

    [Fact]
    public void A_verb_named_class_is_a_stage()
    {
        var offenders = SiteTypes
            .Where(t => t.IsClass && !IsRecord(t) && StageVerbs.Contains(FirstWord(t.Name)))
            .Select(t => t.Name)
            .Where(n => !Stages.Contains(n) && !NounCompounds.Contains(n))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0,
            "Verb-named classes that are not stages (give them a noun name, or list them as a stage): " + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_output_generator_is_a_verb_named_stage()
    {
        var generators = SiteTypes.Where(t => t.IsClass && typeof(IOutputGenerator).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(generators);
        Assert.All(generators, t =>
        {
            Assert.Contains(t.Name, Stages);
            Assert.Contains(FirstWord(t.Name), StageVerbs);
        });
    }

    [Fact]
    public void Every_listed_name_is_a_class_of_the_site()
    {
        var classes = SiteTypes.Where(t => t.IsClass && !IsRecord(t)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(Stages.Concat(NounCompounds), n => Assert.Contains(n, classes));
        Assert.All(Stages, s => Assert.Contains(FirstWord(s), StageVerbs));
    }

    [Theory]
    [InlineData("WriteSite", "Write")]
    [InlineData("BuildApiJson", "Build")]
    [InlineData("Loader", "Loader")]
    [InlineData("SiteIndex", "Site")]
    public void First_word_splits_at_the_second_capital(string name, string first) =>
        Assert.Equal(first, FirstWord(name));

    private static string FirstWord(string name)
    {
        var end = 1;
        while (end < name.Length && !char.IsUpper(name[end]))
        {
            end++;
        }

        return name[..end];
    }

    /// <summary>The compiler gives every record class an <c>EqualityContract</c>.</summary>
    private static bool IsRecord(Type t) =>
        t.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is not null;
}
