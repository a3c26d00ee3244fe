using System.CommandLine;
using System.Globalization;
using Simkl.Site.Build;
using Simkl.Site.Model;
using Simkl.Site.Settings;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// The options that say what to build from (<c>--data</c>, <c>--theme</c>, <c>--input</c>,
/// <c>--now</c>, …), shared by <c>build</c> and <c>serve --watch</c> so both build the same site
/// from the same command line.
/// </summary>
internal sealed class BuildOptionSet
{
    public const string FetchedSnapshot = ".cache/snapshot";

    public Option<string?> Data { get; } = CommonOptions.Data($"Snapshot folder to build from [default: {FetchedSnapshot} if it has a snapshot.json, else <input>/data/sample]");
    public Option<string?> Now { get; } = new("--now") { Description = "ISO 8601 instant the site is built as of [default: the snapshot's capturedAt]" };
    public Option<string?> Zone { get; } = new("--time-zone") { Description = "IANA time zone the pages group days in (overrides timeZone in site.json)" };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Absolute URL the site is published at (overrides baseUrl in site.json)" };
    public Option<string?> Settings { get; } = new("--settings") { Description = "Settings file [default: <input>/site.json]" };
    public Option<string?> Theme { get; } = new("--theme") { Description = "Theme folder (layouts, partials, assets) [default: theme/ here, else the theme packaged with simkl-site]", HelpName = "dir" };
    public Option<string?> Input { get; } = new("--input") { Description = "Content folder (site.json, pages/*.md, data/sample) [default: input/ here, else the content packaged with simkl-site]", HelpName = "dir" };
    public Option<string> State { get; } = new("--state") { Description = "Schedule state kept between builds for /changes/, the feeds' stamps and each page's \"Updated\" time (stamps in <name>.stamps.json beside it; not published)", DefaultValueFactory = _ => Changes.ScheduleStateStore.DefaultPath };
    public Option<bool> Force { get; } = new("--force") { Description = "Replace --site even when it is not a folder a build made (it is emptied; roots, git repositories and input folders are still refused)" };
    public Option<int> Wait { get; } = FolderOptions.Wait("build");

    /// <summary>Every option but <see cref="Data"/>, in the order --help lists them.</summary>
    public IEnumerable<Option> AfterData => [Now, Zone, BaseUrl, Settings, Theme, Input, State, Force, Wait];

    /// <summary>
    /// The build the command line asks for, into <paramref name="siteDir"/>. Bad values are an
    /// <see cref="OptionException"/>; which snapshot, theme and content were picked by default is
    /// said on <paramref name="log"/>.
    /// </summary>
    public BuildOptions Resolve(ParseResult parse, string siteDir, TextWriter log)
    {
        var inputDir = PackagedContent.Resolve(parse.GetValue(Input), PackagedContent.Input, log);
        return new BuildOptions
        {
            DataDir = parse.GetValue(Data) ?? DefaultData(inputDir, log),
            OutputDir = siteDir,
            Now = ParseNow(parse.GetValue(Now)),
            TimeZone = CheckZone(parse.GetValue(Zone)),
            BaseUrl = parse.GetValue(BaseUrl),
            SettingsPath = parse.GetValue(Settings),
            ThemeDir = PackagedContent.Resolve(parse.GetValue(Theme), PackagedContent.Theme, log),
            InputDir = inputDir,
            Generators = OutputGenerators.Default(),
            StatePath = parse.GetValue(State),
            Force = parse.GetValue(Force),
            LockWait = TimeSpan.FromSeconds(parse.GetValue(Wait)),
        };
    }

    /// <summary>The fetched snapshot when there is one, else the bundled sample; says which.</summary>
    private static string DefaultData(string inputDir, TextWriter log)
    {
        if (File.Exists(Path.Combine(FetchedSnapshot, SnapshotManifest.FileName)))
        {
            log.WriteLine($"Building from the fetched snapshot in {FetchedSnapshot}.");
            return FetchedSnapshot;
        }

        var sample = Path.Combine(inputDir, "data", "sample");
        log.WriteLine($"No fetched snapshot in {FetchedSnapshot}: building from the bundled sample in {sample} (synthetic data).");
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
