using System.CommandLine;
using System.Globalization;
using Simkl.Site.Build;
using Simkl.Site.Cli.Progress;
using Simkl.Site.Model;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// <c>simkl-site build</c>: renders the site from a snapshot into an output folder, atomically and
/// incrementally. With no options and no network it builds from the fetched snapshot in
/// <c>.cache/snapshot</c> when there is one, else from the bundled sample, and says which.
/// </summary>
internal static class BuildCommand
{
    public const string FetchedSnapshot = ".cache/snapshot";

    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = $"Snapshot folder to build from [default: {FetchedSnapshot} if it has a snapshot.json, else <input>/data/sample]" };
        var output = new Option<string>("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "_site" };
        var now = new Option<string?>("--now") { Description = "ISO 8601 instant the site is built as of [default: the snapshot's capturedAt]" };
        var zone = new Option<string?>("--time-zone") { Description = "IANA time zone the pages group days in (overrides timeZone in site.json)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is published at (overrides baseUrl in site.json)" };
        var settings = new Option<string?>("--settings") { Description = "Settings file [default: <input>/site.json]" };
        var theme = new Option<string>("--theme") { Description = "Theme folder (layouts, partials, assets)", DefaultValueFactory = _ => "theme" };
        var input = new Option<string>("--input") { Description = "Content folder (site.json, pages/*.md, data/sample)", DefaultValueFactory = _ => "input" };
        FolderOptions.RequireUsablePath(output);
        var force = new Option<bool>("--force") { Description = "Replace --out even when it is not a folder a build made (it is emptied; roots, git repositories and input folders are still refused)" };
        var wait = FolderOptions.Wait("build");
        var state = new Option<string>("--state") { Description = "Schedule state kept between builds for /changes/ and /changes.xml (not published)", DefaultValueFactory = _ => Changes.ScheduleStateStore.DefaultPath };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors (no progress, no summary)" };

        var command = new Command("build", "Build the static site from a snapshot (no network).")
        {
            data, output, now, zone, baseUrl, settings, theme, input, state, force, wait, quiet,
        };
        command.SetAction((parse, _) => UserError.Guard(async () =>
        {
            var silent = parse.GetValue(quiet);
            var inputDir = parse.GetValue(input)!;
            var dataDir = parse.GetValue(data) ?? DefaultData(inputDir, silent);
            var options = new BuildOptions
            {
                DataDir = dataDir,
                OutputDir = parse.GetValue(output)!,
                Now = ParseNow(parse.GetValue(now)),
                TimeZone = CheckZone(parse.GetValue(zone)),
                BaseUrl = parse.GetValue(baseUrl),
                SettingsPath = parse.GetValue(settings),
                ThemeDir = parse.GetValue(theme)!,
                InputDir = inputDir,
                Generators = OutputGenerators.Default(),
                StatePath = parse.GetValue(state),
                Force = parse.GetValue(force),
                LockWait = TimeSpan.FromSeconds(parse.GetValue(wait)),
            };
            var result = await ConsoleProgress.RunAsync(silent, progress => Task.Run(() => SiteBuilder.Build(options with { Progress = progress })));
            if (!silent)
            {
                Summarise(result);
            }

            return 0;
        }));
        return command;
    }

    private static void Summarise(BuildResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        if (result.StaleLock is { } stale)
        {
            Console.WriteLine($"Took over the lock of {result.OutputDir} left by {stale}, which is no longer running.");
        }

        Console.WriteLine(string.Create(inv,
            $"Built {result.Pages} pages ({result.Files} files) as of {result.Now:yyyy-MM-dd'T'HH:mm:ss'Z'} in {result.TimeZone} into {result.OutputDir}"));
        Console.WriteLine(string.Create(inv,
            $"  written {result.Written}, unchanged {result.Unchanged}, deleted {result.Deleted}{(result.Swapped ? string.Empty : " (nothing changed, output left as it was)")}"));
        Console.WriteLine(string.Create(inv,
            $"  {result.Elapsed.TotalSeconds:0.00} s, {result.PagesPerSecond:0} pages/s{(result.Warnings > 0 ? $", {result.Warnings} load warnings" : string.Empty)}"));
        foreach (var unusable in result.UnusableSources)
        {
            Console.WriteLine($"  could not use: {unusable}");
        }

        Console.WriteLine(result.FirstChangeBuild
            ? $"  schedule changes: none listed, tracking starts with this build{(result.ChangeRestartReason is { } why ? $" ({why})" : string.Empty)}"
            : string.Create(inv, $"  schedule changes: {result.Changes} new"));
    }

    /// <summary>The fetched snapshot when there is one, else the bundled sample; says which.</summary>
    private static string DefaultData(string inputDir, bool quiet)
    {
        if (File.Exists(Path.Combine(FetchedSnapshot, SnapshotManifest.FileName)))
        {
            if (!quiet)
            {
                Console.WriteLine($"Building from the fetched snapshot in {FetchedSnapshot}.");
            }

            return FetchedSnapshot;
        }

        var sample = Path.Combine(inputDir, "data", "sample");
        if (!quiet)
        {
            Console.WriteLine($"No fetched snapshot in {FetchedSnapshot}: building from the bundled sample in {sample} (synthetic data).");
        }

        return sample;
    }

    private static DateTimeOffset? ParseNow(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            throw new OptionException($"--now '{text}' is not an ISO 8601 instant (e.g. 2026-11-27T12:00:00Z).");
        }

        // Year 1 or 9999 would overflow every window and zone conversion the build makes.
        if (!DateBounds.Contains(value))
        {
            throw new OptionException($"--now '{text}' is outside {DateBounds.Text}.");
        }

        return value;
    }

    /// <summary>An unknown <c>--time-zone</c> is a bad option (exit 1), not a build failure.</summary>
    private static string? CheckZone(string? id)
    {
        if (id is not null)
        {
            try
            {
                SiteSettingsLoader.ResolveZone(id, "--time-zone");
            }
            catch (SiteException e)
            {
                throw new OptionException(e.Message, e);
            }
        }

        return id;
    }
}
