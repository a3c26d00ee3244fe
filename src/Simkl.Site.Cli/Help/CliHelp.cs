using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace Simkl.Site.Cli.Help;

/// <summary>
/// The --help every command prints: System.CommandLine's own help, then examples and the command's
/// exit codes (the root lists the whole contract). The library's help layout is not public, so
/// this action runs the default help and appends to it.
/// </summary>
internal sealed class CliHelp(HelpAction standard) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new CliHelp((HelpAction)help.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var exit = standard.Invoke(parseResult);
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return exit;
    }

    /// <summary>The sections after the options: examples and exit codes.</summary>
    public static void Write(Command command, TextWriter output)
    {
        var doc = CommandDocs.ByCommand.GetValueOrDefault(command.Name);
        if (doc is not null)
        {
            output.WriteLine("Examples:");
            foreach (var (example, comment) in doc.Examples)
            {
                output.WriteLine($"  {example}");
                if (comment.Length > 0)
                {
                    output.WriteLine($"      {comment}");
                }
            }

            output.WriteLine();
        }

        var codes = doc?.ExitCodes ?? (command is RootCommand ? ExitCodes.Contract : []);
        if (codes.Count > 0)
        {
            output.WriteLine("Exit codes:");
            foreach (var (code, meaning) in codes)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {code}  {meaning}"));
            }

            output.WriteLine();
        }
    }
}
