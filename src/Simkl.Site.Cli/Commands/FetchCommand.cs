using System.CommandLine;
using Simkl.Site.Cli.Help;
using Simkl.Site.Cli.Progress;
using Simkl.Site.Fetch;
using Simkl.Site.IO;
using Simkl.Site.Settings;
using Simkl.Site.Text;

namespace Simkl.Site.Cli.Commands;

/// <summary><c>simkl-site fetch</c>: refreshes the snapshot folder from Simkl and prints what happened.</summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var snapshot = new RenamedOption<string>(CommonOptions.Data("Snapshot folder to refresh", Path.Combine(".cache", "snapshot")), "--out", "-o");
        var settings = new Option<string?>("--settings")
        {
            Description = "Site settings file (lists, archive window) [default: input/site.json here, else the one packaged with simkl-site]",
        };
        var dataBase = new Option<string?>("--data-base") { Description = "Simkl CDN base URL [default: $SIMKL_DATA_BASE or https://data.simkl.in]" };
        var apiBase = new Option<string?>("--api-base") { Description = "Simkl API base URL [default: $SIMKL_API_BASE or https://api.simkl.com]" };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds per request attempt",
            DefaultValueFactory = _ => 60,
        };
        timeout.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 3600)
            {
                r.AddError("--timeout must be between 1 and 3600 seconds.");
            }
        });
        var attempts = new Option<int>("--attempts")
        {
            Description = "Attempts per request before a source counts as failed (429, 5xx, timeouts and network errors are retried)",
            DefaultValueFactory = _ => new FetchOptions().MaxAttempts,
        };
        attempts.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10)
            {
                r.AddError("--attempts must be between 1 and 10.");
            }
        });
        var maxRetryTime = new Option<int>("--max-retry-time")
        {
            Description = "Seconds this fetch may spend waiting between retries, over all sources; a longer Retry-After ends that source's retries",
            DefaultValueFactory = _ => (int)new FetchOptions().MaxRetryTime.TotalSeconds,
        };
        maxRetryTime.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 86400)
            {
                r.AddError("--max-retry-time must be between 0 and 86400 seconds.");
            }
        });
        var maxBodyMb = new Option<int>("--max-body-mb")
        {
            Description = "Largest response body read, in MB; a larger one counts as a failed fetch",
            DefaultValueFactory = _ => (int)(FetchOptions.DefaultMaxBodyBytes / (1024 * 1024)),
        };
        maxBodyMb.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                r.AddError("--max-body-mb must be between 1 and 1024.");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors" };
        var json = CommonOptions.Json($"the fetch report (the same document as {FetchReport.FileName})");
        FolderOptions.RequireUsablePath(snapshot.Option);
        var wait = FolderOptions.Wait("fetch");

        var command = new Command("fetch", "Download Simkl's calendars and lists into the snapshot folder (conditional GETs; failures keep the last good copy). Needs SIMKL_CLIENT_ID for the API lists.")
        {
            snapshot.Option, settings, dataBase, apiBase, timeout, attempts, maxRetryTime, maxBodyMb, quiet, json, wait,
        };
        snapshot.AddOldNameTo(command);
        command.SetAction((parse, ct) => UserError.Guard(async () =>
        {
            var site = SiteSettingsLoader.Load(parse.GetValue(settings)
                ?? Path.Combine(PackagedContent.Resolve(PackagedContent.Input, Environment.CurrentDirectory).Path, "site.json"));
            var options = FetchOptions.Resolve(parse.GetValue(dataBase), parse.GetValue(apiBase), site.ClientId) with
            {
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                MaxAttempts = parse.GetValue(attempts),
                MaxRetryTime = TimeSpan.FromSeconds(parse.GetValue(maxRetryTime)),
                MaxBodyBytes = parse.GetValue(maxBodyMb) * 1024L * 1024,
            };
            // One fetch per snapshot folder: a second one would sweep the first's temp files and race its manifest.
            var folder = snapshot.GetValue(parse)!;
            using var folderLock = FolderLock.Acquire(folder, "fetch", TimeSpan.FromSeconds(parse.GetValue(wait)));
            if (folderLock.StaleHolder is { } stale && !parse.GetValue(quiet))
            {
                // On stderr with --json: stdout holds the JSON document alone.
                await (parse.GetValue(json) ? Console.Error : Console.Out).WriteLineAsync($"Took over the lock of {folder} left by {stale}, which is no longer running.");
            }

            var result = await ConsoleProgress.RunAsync(parse.GetValue(quiet), progress => FetchSnapshot.RunAsync(new FetchRequest(site, options, folder) { Progress = progress }, ct));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(Console.Out, result.Report);
            }
            else if (!parse.GetValue(quiet))
            {
                FetchReportText.Write(result.Report, Console.Out);
            }

            if (result.Report.Message is { } message)
            {
                await Console.Error.WriteLineAsync($"error: {PlainText.Clean(message)}");
            }

            return result.Report.ExitCode;
        }, parse.GetValue(json)));
        return command;
    }
}
