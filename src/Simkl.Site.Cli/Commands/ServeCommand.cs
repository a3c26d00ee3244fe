using System.CommandLine;
using Simkl.Site.Serve;

namespace Simkl.Site.Cli.Commands;

/// <summary>`serve`: previews the output folder on 127.0.0.1 the way Netlify will serve it.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--dir")
        {
            Description = "The output folder to serve.",
            DefaultValueFactory = _ => new DirectoryInfo("_site"),
        };
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
            dir, port, netlifyToml,
        };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) => UserError.Guard(async () =>
        {
            var folder = parse.GetValue(dir)!.FullName;
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
