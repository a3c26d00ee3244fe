using System.CommandLine;

namespace Simkl.Site.Cli.Commands;

/// <summary>Every subcommand of the CLI, in the order --help lists them.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All()
    {
        yield return FetchCommand.Create();
        yield return BuildCommand.Create();
        yield return ServeCommand.Create();
        yield return CheckCommand.Create();
        yield return StatsCommand.Create();
        yield return GuardCommand.Create();
    }
}
