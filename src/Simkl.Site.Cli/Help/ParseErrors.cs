using System.CommandLine;

namespace Simkl.Site.Cli.Help;

/// <summary>
/// A command line that does not parse: one plain <c>error:</c> line per problem and a pointer to
/// --help, exit code 1. System.CommandLine's own report paints the message red on a terminal and
/// prints the whole help after it; this CLI prints no colours at all, so there is nothing for
/// NO_COLOR or a redirected stream to turn off.
/// </summary>
internal static class ParseErrors
{
    public static int Report(ParseResult parse, TextWriter error)
    {
        foreach (var problem in parse.Errors)
        {
            error.WriteLine($"error: {problem.Message}");
        }

        var command = parse.CommandResult.Command;
        var path = command is RootCommand ? "simkl-site" : $"simkl-site {command.Name}";
        error.WriteLine($"Run '{path} --help' for its options, examples and exit codes.");
        return ExitCodes.Failed;
    }
}
