using System.CommandLine;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// The options several commands share, so each concept has one name everywhere: <c>--site</c> is
/// the built site folder, <c>--data</c> the snapshot folder, <c>--json</c> machine-readable output.
/// Names used before this convention stay as hidden aliases for a release.
/// </summary>
internal static class CommonOptions
{
    public const string DefaultSite = "_site";

    /// <summary><c>--site &lt;dir&gt;</c>, default <c>_site</c>.</summary>
    public static Option<string> Site(string description) =>
        new("--site")
        {
            Description = description,
            HelpName = "dir",
            DefaultValueFactory = _ => DefaultSite,
        };

    /// <summary><c>--data &lt;dir&gt;</c> with no default value: the command picks the snapshot and says which.</summary>
    public static Option<string?> Data(string description) =>
        new("--data") { Description = description, HelpName = "dir" };

    /// <summary><c>--data &lt;dir&gt;</c> with a default folder.</summary>
    public static Option<string> Data(string description, string defaultDir) =>
        new("--data")
        {
            Description = description,
            HelpName = "dir",
            DefaultValueFactory = _ => defaultDir,
        };

    public static Option<bool> Json(string what) =>
        new("--json") { Description = $"Print {what} as one JSON document on stdout instead of text." };
}
