using System.CommandLine;
using Simkl.Site.Cli.Commands;

var root = new RootCommand("simkl-site: builds a TV, anime and movie calendar site from Simkl's public data.");
foreach (var command in CliCommands.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
