namespace Simkl.Site.Cli.Commands;

/// <summary>
/// Where the theme and the content (site.json, pages, the bundled sample) come from when no option
/// names them: a <c>theme/</c> or <c>input/</c> folder in the working folder wins, so a site keeps
/// its own; otherwise the copy packaged with the tool (beside the executable), so an installed
/// <c>simkl-site</c> builds anywhere. Public so tests can check the choice.
/// </summary>
public static class PackagedContent
{
    public const string Theme = "theme";
    public const string Input = "input";

    /// <summary>The folder to use for <paramref name="name"/> (<see cref="Theme"/> or <see cref="Input"/>), and whether it is the packaged copy.</summary>
    public static (string Path, bool Packaged) Resolve(string name, string workingDir)
    {
        if (Directory.Exists(System.IO.Path.Combine(workingDir, name)))
        {
            return (name, false);
        }

        var packaged = System.IO.Path.Combine(AppContext.BaseDirectory, name);
        return Directory.Exists(packaged) ? (packaged, true) : (name, false);
    }

    /// <summary>As <see cref="Resolve(string, string)"/> in the current folder; says when it falls back to the packaged copy.</summary>
    internal static string Resolve(string? option, string name, TextWriter? log)
    {
        if (option is not null)
        {
            return option;
        }

        var (path, packaged) = Resolve(name, Environment.CurrentDirectory);
        if (packaged)
        {
            log?.WriteLine($"No {name}/ here: using the {(name == Theme ? "theme" : "content")} packaged with simkl-site ({path}).");
        }

        return path;
    }
}
