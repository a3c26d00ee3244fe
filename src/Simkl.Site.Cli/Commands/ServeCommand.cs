using System.CommandLine;
using Simkl.Site.Build;
using Simkl.Site.Cli.Help;
using Simkl.Site.Cli.Watching;
using Simkl.Site.Serve;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// `serve`: previews the site folder on 127.0.0.1 the way Netlify will serve it; <c>--watch</c>
/// builds it first and rebuilds on every change to what it is built from; <c>--open</c> opens it
/// in the browser.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var site = new RenamedOption<string>(CommonOptions.Site("Site folder to serve (with --watch: to build and serve)"), "--dir");
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
        var open = new Option<bool>("--open") { Description = "Open the site in the browser (xdg-open); without one, print the URL." };
        var watch = new Option<bool>("--watch")
        {
            Description = "Build the site first, then rebuild it whenever theme/, input/, the settings or the snapshot change " +
                          "(takes build's options: --data, --theme, --input, --now, ...).",
        };
        var from = new BuildOptionSet();

        var command = new Command("serve", "Preview the built site on http://127.0.0.1 with Netlify's paths, 404 page, netlify.toml headers and compression.")
        {
            site.Option, port, netlifyToml, open, watch, from.Data,
        };
        foreach (var option in from.AfterData)
        {
            command.Options.Add(option);
        }

        site.AddOldNameTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetValue(watch))
            {
                return;
            }

            // Build options do nothing without --watch: say so rather than ignore them.
            foreach (var option in from.AfterData.Prepend(from.Data).Where(o => r.GetResult(o) is { Implicit: false }))
            {
                r.AddError($"{option.Name} is a build option: it only applies with --watch.");
            }
        });
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) => UserError.Guard(async () =>
        {
            var folder = Path.GetFullPath(site.GetValue(parse)!);
            var tomlPath = parse.GetValue(netlifyToml)?.FullName
                ?? (File.Exists("netlify.toml") ? Path.GetFullPath("netlify.toml") : null);
            var headers = tomlPath is null ? NetlifyHeaders.Empty : NetlifyHeaders.Load(tomlPath);

            RebuildOnChange? rebuild = null;
            if (parse.GetValue(watch))
            {
                // The first build runs before the server starts: a failure is the command's failure (exit 2, 4 or 5).
                var options = from.Resolve(parse, folder, Console.Out);
                BuildCommand.Report(SiteBuilder.Build(options), Console.Out);
                rebuild = new RebuildOnChange(options, Console.Out);
            }

            await using var server = await SiteServer.StartAsync(
                folder, parse.GetValue(port), headers, line => Console.WriteLine(line), cancellationToken);
            Console.WriteLine($"Serving {folder} at {server.BaseUrl}");
            Console.WriteLine(tomlPath is null
                ? "No netlify.toml: sending no custom headers."
                : $"Headers from {tomlPath} ({headers.Rules.Count} rules).");

            using var watcher = rebuild is null ? null : new DebouncedWatcher(rebuild.Sources, rebuild.WrittenByTheBuild);
            var rebuilding = Task.CompletedTask;
            if (rebuild is not null && watcher is not null)
            {
                var cwd = Environment.CurrentDirectory;
                Console.WriteLine($"Watching {string.Join(", ", watcher.Watched.Select(p => Path.GetRelativePath(cwd, p)))} for changes.");
                rebuilding = rebuild.RunAsync(watcher, cancellationToken);
            }

            if (parse.GetValue(open))
            {
                BrowserLauncher.Open(server.BaseUrl, Console.Out);
            }

            Console.WriteLine("Press Ctrl+C to stop.");
            await server.RunUntilCancelledAsync(cancellationToken);
            await rebuilding;
            return 0;
        }));
        return command;
    }
}
