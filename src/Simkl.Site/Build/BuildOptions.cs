using Simkl.Site.Model;
using Simkl.Site.Outputs;
using Simkl.Site.Settings;

namespace Simkl.Site.Build;

/// <summary>What to build from and where to; every path relative to the current folder.</summary>
public sealed record BuildOptions
{
    /// <summary>Snapshot folder to load (ignored when <see cref="Catalogue"/> is given).</summary>
    public string? DataDir { get; init; }

    /// <summary>An already loaded catalogue (tests, benchmarks); skips loading <see cref="DataDir"/>.</summary>
    public SiteCatalogue? Catalogue { get; init; }

    /// <summary>Settings to use as they are (before option overrides); otherwise loaded from <see cref="SettingsPath"/>.</summary>
    public SiteSettings? Settings { get; init; }

    /// <summary>Settings file; default <c>{InputDir}/site.json</c>.</summary>
    public string? SettingsPath { get; init; }

    public string OutputDir { get; init; } = "_site";
    public string ThemeDir { get; init; } = "theme";

    /// <summary>Site content: <c>site.json</c>, <c>pages/*.md</c>, <c>data/sample/</c>.</summary>
    public string InputDir { get; init; } = "input";

    /// <summary>The instant the site is built as of; default the snapshot's capture time.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Overrides the settings' time zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Overrides the settings' base URL.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// Outputs run after the pages: by default the ones the <c>build</c> command runs (ICS, Atom,
    /// JSON, widget.js), so a library build writes the feeds its pages link to. Give <c>[]</c> for pages only.
    /// </summary>
    public IReadOnlyList<IOutputGenerator> Generators { get; init; } = OutputGenerators.Default();

    /// <summary>
    /// Schedule state file (<c>.cache/state/schedule.json</c> for the CLI): the previous build's
    /// airings, compared to list changes on <c>/changes/</c> and in <c>/changes.xml</c>, and
    /// replaced after a successful write. Null: no state is read or kept (the page says tracking starts).
    /// </summary>
    public string? StatePath { get; init; }

    /// <summary>Replace <see cref="OutputDir"/> even when it is not a folder a build made (never a root, a git repository or an input folder).</summary>
    public bool Force { get; init; }

    /// <summary>How long to wait for another build holding the output folder's lock before giving up.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Threads that render pages and write the feeds; default the processor count.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>Where the build reports its stages and rendered pages; nowhere by default.</summary>
    public Progress.IRunProgress Progress { get; init; } = Simkl.Site.Progress.NoProgress.Instance;

    /// <summary>Loads a snapshot folder into a catalogue; default <c>LoadCatalogue.FromSnapshot</c>.</summary>
    public Func<string, SiteCatalogue>? LoadCatalogue { get; init; }
}

/// <summary>What a build did.</summary>
public sealed record BuildResult
{
    public required string OutputDir { get; init; }
    public required DateTimeOffset Now { get; init; }
    public required string TimeZone { get; init; }

    /// <summary>HTML pages rendered.</summary>
    public required int Pages { get; init; }

    /// <summary>Pages rendered by this build (the others kept their files: <see cref="PagesKept"/>).</summary>
    public int PagesRendered { get; init; }

    /// <summary>
    /// Pages not rendered because their model, layout, theme, code and site-wide values were those
    /// their file in the previous output was rendered from (per-page model hashes).
    /// </summary>
    public int PagesKept { get; init; }

    /// <summary>The output paths of the pages this build rendered, sorted.</summary>
    public IReadOnlyList<string> RenderedPages { get; init; } = [];

    /// <summary>All files of the site (pages, assets, sitemap, generator outputs).</summary>
    public required int Files { get; init; }

    /// <summary>The holder of a lock left by a build that died (taken over by this one), else null.</summary>
    public string? StaleLock { get; init; }

    public required int Written { get; init; }
    public required int Unchanged { get; init; }
    public required int Deleted { get; init; }
    public required bool Swapped { get; init; }
    public required TimeSpan Elapsed { get; init; }

    /// <summary>
    /// True when nothing was loaded, rendered or written because the snapshot, theme, input, options,
    /// code and schedule state were exactly those of the build that made the output, and the output
    /// was still as that build left it (see <c>BuildFingerprint</c>).
    /// </summary>
    public bool InputsUnchanged { get; init; }

    /// <summary>Wall, CPU and allocations per stage, in order (load, theme+index, page index, plan, render+verify, sitemap+changes, one per generator, manifest, write).</summary>
    public IReadOnlyList<StageFigures> Stages { get; init; } = [];
    public required int Warnings { get; init; }

    /// <summary>Sources the load could not use (missing, unreadable or invalid files, dropped manifest entries), in words.</summary>
    public IReadOnlyList<string> UnusableSources { get; init; } = [];

    /// <summary>Schedule changes this build found (0 on a first build).</summary>
    public int Changes { get; init; }

    /// <summary>True when there was no previous schedule state to compare with.</summary>
    public bool FirstChangeBuild { get; init; }

    /// <summary>Why an existing schedule state was not used; null when it was (or there was none).</summary>
    public string? ChangeRestartReason { get; init; }

    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;
}
