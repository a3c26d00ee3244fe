using System.CommandLine;
using System.Globalization;
using Simkl.Site.Build;
using Simkl.Site.Cli.Help;
using Simkl.Site.Cli.Progress;
using Simkl.Site.Model;
using Simkl.Site.Settings;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// <c>simkl-site build</c>: renders the site from a snapshot into the site folder, atomically and
/// incrementally. With no options and no network it builds from the fetched snapshot in
/// <c>.cache/snapshot</c> when there is one, else from the bundled sample, and says which.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var from = new BuildOptionSet();
        var site = new RenamedOption<string>(CommonOptions.Site("Site folder to build into (replaced atomically; unchanged files are not rewritten)"), "--out", "-o");
        FolderOptions.RequireUsablePath(site.Option);

        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors (no progress, no summary)" };
        var json = CommonOptions.Json("what the build did (pages rendered and kept, files written, unchanged and deleted, seconds)");

        var command = new Command("build", "Build the static site from a snapshot (no network).");
        command.Options.Add(from.Data);
        command.Options.Add(site.Option);
        foreach (var option in from.AfterData)
        {
            command.Options.Add(option);
        }

        command.Options.Add(quiet);
        command.Options.Add(json);
        site.AddOldNameTo(command);
        command.SetAction((parse, _) => UserError.Guard(async () =>
        {
            var asJson = parse.GetValue(json);
            var silent = parse.GetValue(quiet) || asJson;

            // With --json, stdout holds the document alone; what the build says goes to stderr.
            var log = parse.GetValue(quiet) ? TextWriter.Null : asJson ? Console.Error : Console.Out;
            var options = from.Resolve(parse, site.GetValue(parse)!, log);
            var result = await ConsoleProgress.RunAsync(silent, progress => Task.Run(() => SiteBuilder.Build(options with { Progress = progress })));
            if (asJson)
            {
                JsonOutput.Write(Console.Out, BuildReport.From(result));
                return 0;
            }

            Report(result, log);
            return 0;
        }, parse.GetValue(json)));
        return command;
    }

    /// <summary>What a build did, in a few lines (also after each <c>serve --watch</c> rebuild).</summary>
    public static void Report(BuildResult result, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        if (result.StaleLock is { } stale)
        {
            output.WriteLine($"Took over the lock of {result.OutputDir} left by {stale}, which is no longer running.");
        }

        if (result.InputsUnchanged)
        {
            output.WriteLine(string.Create(inv,
                $"Nothing to build: snapshot, theme, input, options and schedule state are those of the build that made {result.OutputDir} ({result.Pages} pages, {result.Files} files, as of {result.Now:yyyy-MM-dd'T'HH:mm:ss'Z'}), and it is intact; left as it was"));
            output.WriteLine(string.Create(inv, $"  {result.Elapsed.TotalSeconds:0.00} s"));
            return;
        }

        output.WriteLine(string.Create(inv,
            $"Built {result.Pages} pages ({result.Files} files) as of {result.Now:yyyy-MM-dd'T'HH:mm:ss'Z'} in {result.TimeZone} into {result.OutputDir}"));
        output.WriteLine(string.Create(inv,
            $"  pages rendered {result.PagesRendered}, kept {result.PagesKept} (their models and the theme are those their files were rendered from)"));
        output.WriteLine(string.Create(inv,
            $"  written {result.Written}, unchanged {result.Unchanged}, deleted {result.Deleted}{(result.Swapped ? string.Empty : " (nothing changed, output left as it was)")}"));
        output.WriteLine(string.Create(inv,
            $"  {result.Elapsed.TotalSeconds:0.00} s, {result.PagesPerSecond:0} pages/s{(result.Warnings > 0 ? $", {result.Warnings} load warnings" : string.Empty)}"));
        foreach (var unusable in result.UnusableSources)
        {
            output.WriteLine($"  could not use: {unusable}");
        }

        output.WriteLine(result.FirstChangeBuild
            ? $"  schedule changes: none listed, tracking starts with this build{(result.ChangeRestartReason is { } why ? $" ({why})" : string.Empty)}"
            : string.Create(inv, $"  schedule changes: {result.Changes} new"));
    }
}
