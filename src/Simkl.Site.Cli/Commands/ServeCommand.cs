using System.CommandLine;
using Simkl.Site.Cli.Help;
using Simkl.Site.Serving;

namespace Simkl.Site.Cli.Commands;

/// <summary>`serve`: previews the output folder on 127.0.0.1 the way Netlify will serve it.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var site = new RenamedOption<string>(CommonOptions.Site("Site folder to serve"), "--dir");
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1; 0 picks a free port.",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535.");
            }
        });
        var netlifyToml = new Option<FileInfo?>("--netlify-toml")
        {
            Description = "The netlify.toml whose [[headers]] rules are applied to responses " +
                          "[default: netlify.toml in the current folder, when present].",
        };

        var command = new Command("serve", "Preview the built site on http://127.0.0.1 with Netlify's paths, 404 page and netlify.toml headers.")
        {
            site.Option, port, netlifyToml,
        };
        site.AddOldNameTo(command);
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) => UserError.Guard(async () =>
        {
            var folder = Path.GetFullPath(site.GetValue(parse)!);
            var tomlPath = parse.GetValue(netlifyToml)?.FullName
                ?? (File.Exists("netlify.toml") ? Path.GetFullPath("netlify.toml") : null);
            var headers = tomlPath is null ? NetlifyHeaders.Empty : NetlifyHeaders.Load(tomlPath);

            await using var server = await SiteServer.StartAsync(
                folder, parse.GetValue(port), headers, line => Console.WriteLine(line), cancellationToken);
            Console.WriteLine($"Serving {folder} at {server.BaseUrl}");
            Console.WriteLine(tomlPath is null
                ? "No netlify.toml: sending no custom headers."
                : $"Headers from {tomlPath} ({headers.Rules.Count} rules).");
            Console.WriteLine("Press Ctrl+C to stop.");
            await server.RunUntilCancelledAsync(cancellationToken);
            return 0;
        }));
        return command;
    }
}
