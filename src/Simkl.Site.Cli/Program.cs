using System.CommandLine;
using System.CommandLine.Invocation;
using Simkl.Site.Cli.Commands;
using Simkl.Site.Cli.Help;

var root = new RootCommand("simkl-site: builds a TV, anime and movie calendar site from Simkl's public data.");
foreach (var command in CliCommands.All())
{
    root.Subcommands.Add(command);
}

CliHelp.Install(root);
var parse = root.Parse(args);
if (parse.Action is ParseErrorAction)
{
    return ParseErrors.Report(parse, Console.Error);
}

return await parse.InvokeAsync();
