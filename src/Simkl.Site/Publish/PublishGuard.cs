using System.Globalization;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Publish;

/// <summary>What the site check reported for the build about to be published.</summary>
public enum CheckStatus
{
    Passed,
    Failed,

    /// <summary>No result was given (or the check step was skipped): the guard will not publish blind.</summary>
    NotRun,
}

public sealed record GuardOptions
{
    /// <summary>Refuse when upcoming airings fell by more than this share (0.5 = half).</summary>
    public double MaxDrop { get; init; } = 0.5;

    /// <summary>Refuse when every calendar source is stale and its newest good copy is older than this.</summary>
    public TimeSpan MaxStale { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Publish despite drop, staleness, age and sample refusals (never despite a failed check or a damaged folder).</summary>
    public bool Force { get; init; }

    /// <summary>Required with <see cref="Force"/>; printed so the log says why.</summary>
    public string? Reason { get; init; }
}

/// <summary>One reason not to publish; <see cref="Overridable"/> ones yield to --force.</summary>
public sealed record GuardRefusal(string Code, string Message, bool Overridable);

public sealed record GuardVerdict(bool Allowed, IReadOnlyList<GuardRefusal> Refusals, IReadOnlyList<string> Notes);

/// <summary>
/// Decides whether a new build may replace the published site, from the two build manifests and
/// the check result. Pure: no clock (staleness is measured at the new build's "now"), no IO.
/// </summary>
public static class PublishGuard
{
    /// <summary>A kind is compared on its own only when the published site had at least this many upcoming airings of it.</summary>
    public const int MinKindBaseline = 20;

    public static GuardVerdict Evaluate(
        BuildManifest current,
        BuildManifest? published,
        CheckStatus check,
        GuardOptions options,
        IReadOnlyList<string>? folderProblems = null)
    {
        if (options.Force && string.IsNullOrWhiteSpace(options.Reason))
        {
            throw new SiteException("--force needs --reason \"...\" saying why this publish is deliberate.");
        }

        if (options.MaxDrop is < 0 or > 1 || double.IsNaN(options.MaxDrop))
        {
            throw new SiteException("--max-drop must be a share between 0 and 1 (0.5 = half).");
        }

        var refusals = new List<GuardRefusal>();
        var notes = new List<string>();

        switch (check)
        {
            case CheckStatus.Failed:
                refusals.Add(new("check-failed", "the site check failed (see the check output); a broken site is never published.", false));
                break;
            case CheckStatus.NotRun:
                refusals.Add(new("check-missing", "no check result: run `simkl-site check` and pass its outcome with --check-outcome.", false));
                break;
        }

        if (folderProblems is { Count: > 0 })
        {
            var shown = string.Join("; ", folderProblems.Take(5));
            var more = folderProblems.Count > 5 ? $" (and {folderProblems.Count - 5} more)" : "";
            refusals.Add(new("folder-mismatch", $"the site folder does not match its build manifest: {shown}{more}.", false));
        }

        CheckStaleness(current, options, refusals, notes);

        if (published is null)
        {
            notes.Add($"first publish: no published manifest to compare with; {current.Counts.Upcoming.Total} upcoming airings, {current.Counts.Pages} pages.");
        }
        else
        {
            CheckDrop(current, published, options, refusals, notes);
            if (current.Synthetic && !published.Synthetic)
            {
                refusals.Add(new("synthetic", "this build is from synthetic (sample) data and would replace a site built from real data.", true));
            }

            if (current.Now < published.Now)
            {
                refusals.Add(new("older", $"this build is as of {Stamp(current.Now)}, older than the published one ({Stamp(published.Now)}).", true));
            }
        }

        var blocking = refusals.Where(r => !r.Overridable || !options.Force).ToList();
        if (options.Force)
        {
            foreach (var r in refusals.Where(r => r.Overridable))
            {
                notes.Add($"overridden by --force: {r.Message}");
            }

            notes.Add($"forced publish, reason: {options.Reason!.Trim()}");
        }

        return new GuardVerdict(blocking.Count == 0, blocking, notes);
    }

    private static void CheckDrop(BuildManifest current, BuildManifest published, GuardOptions options, List<GuardRefusal> refusals, List<string> notes)
    {
        var before = published.Counts.Upcoming;
        var after = current.Counts.Upcoming;
        notes.Add($"upcoming airings: {before.Total} published, {after.Total} now (tv {before.Tv}->{after.Tv}, anime {before.Anime}->{after.Anime}, movies {before.Movie}->{after.Movie}).");

        void Compare(string what, int was, int now)
        {
            if (was <= 0)
            {
                return;
            }

            var drop = (was - now) / (double)was;
            if (drop > options.MaxDrop)
            {
                refusals.Add(new("drop", string.Create(CultureInfo.InvariantCulture,
                    $"upcoming {what} fell from {was} to {now} (-{drop * 100:0}%), more than --max-drop {options.MaxDrop * 100:0}%."), true));
            }
        }

        Compare("airings", before.Total, after.Total);
        foreach (var kind in MediaKindNames.All)
        {
            if (before.Of(kind) >= MinKindBaseline)
            {
                Compare($"{kind.Label()} airings", before.Of(kind), after.Of(kind));
            }
        }
    }

    private static void CheckStaleness(BuildManifest current, GuardOptions options, List<GuardRefusal> refusals, List<string> notes)
    {
        var calendars = current.Sources.Where(s => s.IsCalendar).ToList();
        if (calendars.Count == 0)
        {
            refusals.Add(new("no-calendar", "the snapshot has no calendar source at all.", true));
            return;
        }

        var healthy = calendars.Count(s => s.Outcome is SourceOutcome.Fresh or SourceOutcome.NotModified);
        var newest = calendars.Max(s => s.GoodAt);
        if (healthy > 0)
        {
            var stale = calendars.Count(s => s.Outcome == SourceOutcome.Stale);
            if (stale > 0)
            {
                notes.Add($"{stale} of {calendars.Count} calendar sources are stale (last good copies used).");
            }

            return;
        }

        if (newest is null)
        {
            refusals.Add(new("stale", $"every calendar source failed and none has ever had good data ({calendars.Count} sources).", true));
            return;
        }

        var age = current.Now - newest.Value;
        if (age > options.MaxStale)
        {
            refusals.Add(new("stale", $"every calendar source is stale: the newest good copy is from {Stamp(newest.Value)}, {Hours(age)} old, more than --max-stale {Hours(options.MaxStale)}.", true));
        }
        else
        {
            notes.Add($"every calendar source is stale, but the newest good copy is only {Hours(age)} old (--max-stale {Hours(options.MaxStale)}).");
        }
    }

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Hours(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0.#}h");

    /// <summary>Compares a written site folder with its manifest; returns one line per difference.</summary>
    public static IReadOnlyList<string> VerifyFolder(string siteDir, BuildManifest manifest)
    {
        var onDisk = CreateBuildManifest.HashFolder(siteDir).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var f in manifest.Files)
        {
            if (!onDisk.Remove(f.Path, out var actual))
            {
                problems.Add($"{f.Path} is missing");
            }
            else if (actual.Sha256 != f.Sha256)
            {
                problems.Add($"{f.Path} differs");
            }
        }

        problems.AddRange(onDisk.Keys.Order(StringComparer.Ordinal).Select(p => $"{p} is not in the manifest"));
        return problems;
    }
}
