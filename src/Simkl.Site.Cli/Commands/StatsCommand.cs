using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Load;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// <c>simkl-site stats</c>: loads a snapshot and prints what it holds (capture time, titles and
/// airings per kind, airings per day in a zone, list sizes, source outcomes, warnings), as text
/// or as JSON with <c>--json</c>. Public so tests can run it in process.
/// </summary>
public static class StatsCommand
{
    public const string CacheSnapshot = ".cache/snapshot";

    public static Command Create()
    {
        var data = CommonOptions.Data($"Snapshot folder (the one holding snapshot.json). Default: {CacheSnapshot} when it has a snapshot.json, else the bundled sample input/data/sample (here, else the one packaged with simkl-site).");
        var zone = new Option<string?>("--time-zone")
        {
            Description = "IANA time zone for 'airings per day'. Default: timeZone in the settings file.",
        };
        var settings = new Option<string?>("--settings")
        {
            Description = "Settings file that supplies the default time zone [default: input/site.json here, else the one packaged with simkl-site].",
        };
        var from = new Option<string?>("--from")
        {
            Description = "First day (YYYY-MM-DD) of 'airings per day'. Default: the first day with airings.",
        };
        var days = new Option<int?>("--days")
        {
            Description = "Number of days in 'airings per day'. Default: through the last day with airings.",
        };
        var warnings = new Option<bool>("--warnings") { Description = "List every warning, not only the count per code." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of text." };

        var command = new Command("stats", "Load a snapshot and print what it holds: titles and airings per kind, airings per day, lists, source outcomes and load warnings.")
        {
            data, zone, settings, from, days, warnings, json,
        };
        command.SetAction((parse, _) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return UserError.Guard(
                () => Task.FromResult(Run(new StatsOptions(
                    parse.GetValue(data), parse.GetValue(zone),
                    parse.GetValue(settings) ?? Path.Combine(PackagedContent.Resolve(PackagedContent.Input, Environment.CurrentDirectory).Path, "site.json"),
                    parse.GetValue(from),
                    parse.GetValue(days), parse.GetValue(warnings), parse.GetValue(json)), output)),
                parse.InvocationConfiguration.Error,
                parse.GetValue(json) ? output : null);
        });
        return command;
    }

    public sealed record StatsOptions(string? Data, string? TimeZone, string Settings, string? From, int? Days, bool ListWarnings, bool Json);

    /// <summary>Which snapshot to read and why (the CLI says which one it chose).</summary>
    public static (string Path, string Reason) ResolveSnapshot(string? option, string workingDir)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return (option, "--data");
        }

        if (File.Exists(Path.Combine(workingDir, CacheSnapshot, SnapshotManifest.FileName)))
        {
            return (CacheSnapshot, "default: the fetched snapshot");
        }

        var sample = Path.Combine(PackagedContent.Resolve(PackagedContent.Input, workingDir).Path, "data", "sample");
        return (sample, $"default: the bundled sample ({CacheSnapshot} has no {SnapshotManifest.FileName})");
    }

    private static int Run(StatsOptions o, TextWriter output)
    {
        DateOnly? from = null;
        if (o.From is not null)
        {
            from = DateOnly.TryParseExact(o.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)
                ? f
                : throw new OptionException($"--from '{o.From}' is not a date (use YYYY-MM-DD).");
            if (!DateBounds.Contains(from.Value))
            {
                throw new OptionException($"--from '{o.From}' is outside {DateBounds.Text}.");
            }
        }

        if (o.Days is < 1 or > 3660)
        {
            throw new OptionException($"--days must be between 1 and 3660 (got {o.Days}).");
        }

        var zoneId = o.TimeZone ?? SiteSettingsLoader.Load(o.Settings).TimeZone;
        var zone = ResolveZone(zoneId, o.TimeZone is null ? $"{o.Settings}: timeZone" : null);
        var (path, reason) = ResolveSnapshot(o.Data, Environment.CurrentDirectory);
        var catalogue = LoadCatalogue.FromSnapshot(path);
        var stats = CatalogueStats.Compute(catalogue, zone, from, o.Days);
        if (o.Json)
        {
            WriteJson(output, path, reason, zoneId, catalogue, stats, o.ListWarnings);
        }
        else
        {
            WriteText(output, path, reason, zoneId, catalogue, stats, o.ListWarnings);
        }

        return 0;
    }

    /// <summary>An unknown zone from <c>--time-zone</c> is a bad option (exit 1); from the settings file, bad settings (exit 2).</summary>
    private static TimeZoneInfo ResolveZone(string id, string? settingsKey)
    {
        try
        {
            return SiteSettingsLoader.ResolveZone(id, settingsKey ?? "--time-zone");
        }
        catch (SiteException e) when (settingsKey is null)
        {
            throw new OptionException(e.Message, e);
        }
    }

    private static string Stamp(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string OutcomeName(SourceOutcome o) => JsonSerializer.Serialize(o, SnapshotJson.Options).Trim('"');

    private static void WriteText(TextWriter w, string path, string reason, string zoneId, SiteCatalogue catalogue, CatalogueStats s, bool listWarnings)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine($"snapshot: {path} ({reason})");
        w.WriteLine($"captured: {Stamp(catalogue.Snapshot.CapturedAt)}{(catalogue.Snapshot.Synthetic ? " (synthetic)" : "")}");
        w.WriteLine();
        w.WriteLine(string.Create(inv, $"titles:  {string.Join(", ", MediaKindNames.All.Select(k => $"{k.Hook()} {s.Titles[k]}"))}, total {s.TitleTotal}"));
        w.WriteLine(string.Create(inv, $"airings: {string.Join(", ", MediaKindNames.All.Select(k => $"{k.Hook()} {s.Airings[k].Total} ({s.Airings[k].Timed} timed, {s.Airings[k].DateOnly} date-only)"))}, total {s.AiringTotal}"));
        w.WriteLine();
        w.WriteLine("airings by origin and records dropped / repaired, per kind:");
        w.WriteLine("  kind      v2     v1  lists  lists-no-date");
        foreach (var k in MediaKindNames.All)
        {
            var o = s.Origins[k];
            w.WriteLine(string.Create(inv, $"  {k.Hook(),-5} {o.V2,6} {o.V1,6} {o.ListDated,6} {o.ListUndated,14}"));
        }

        foreach (var k in MediaKindNames.All)
        {
            var codes = s.WarningsByKind[k];
            var dropped = codes.Where(c => WarningCodes.Dropped.Contains(c.Key)).Select(c => string.Create(inv, $"{c.Key} {c.Value}")).ToList();
            var repaired = codes.Where(c => !WarningCodes.Dropped.Contains(c.Key)).Select(c => string.Create(inv, $"{c.Key} {c.Value}")).ToList();
            w.WriteLine($"  {k.Hook(),-5} dropped: {(dropped.Count == 0 ? "none" : string.Join(", ", dropped))}; repaired: {(repaired.Count == 0 ? "none" : string.Join(", ", repaired))}");
        }

        w.WriteLine();
        w.WriteLine($"airings per day ({zoneId}):");
        w.WriteLine("  date          tv  anime  movie  total");
        foreach (var d in s.Days)
        {
            w.WriteLine(string.Create(inv, $"  {Day(d.Date)} {d.Tv,5} {d.Anime,6} {d.Movie,6} {d.Total,6}"));
        }

        w.WriteLine();
        w.WriteLine(string.Create(inv, $"lists: {s.Lists.Count}"));
        foreach (var l in s.Lists)
        {
            w.WriteLine(string.Create(inv, $"  {l.Id,-28} {l.Entries,5}"));
        }

        w.WriteLine();
        var sources = catalogue.Snapshot.Sources;
        w.WriteLine(string.Create(inv, $"sources: {sources.Count} ({string.Join(", ", s.Outcomes.Select(kv => $"{OutcomeName(kv.Key)} {kv.Value}"))}); {sources.Count(x => x.Path is not null)} stored files"));
        foreach (var src in sources.Where(x => x.Outcome is SourceOutcome.Stale or SourceOutcome.Missing).OrderBy(x => x.Id, StringComparer.Ordinal))
        {
            w.WriteLine($"  {OutcomeName(src.Outcome),-8} {src.Id}{(src.Message is null ? "" : ": " + src.Message)}");
        }

        foreach (var unusable in catalogue.Warnings.Where(x => WarningCodes.UnusableSource.Contains(x.Code)))
        {
            w.WriteLine($"  could not use: {unusable.Message}");
        }

        w.WriteLine();
        w.WriteLine(string.Create(inv, $"warnings: {s.WarningRecords} record(s) in {catalogue.Warnings.Count} warning(s)"));
        foreach (var (code, n) in s.WarningsByCode)
        {
            w.WriteLine(string.Create(inv, $"  {code,-24} {n,6}  {WarningCodes.Describe(code)}"));
        }

        if (listWarnings)
        {
            foreach (var warning in catalogue.Warnings)
            {
                w.WriteLine(string.Create(inv, $"  [{warning.Code}] {warning.Source}: {warning.Message}"));
            }
        }
        else if (catalogue.Warnings.Count > 0)
        {
            w.WriteLine("  (--warnings lists them all)");
        }
    }

    private static void WriteJson(TextWriter w, string path, string reason, string zoneId, SiteCatalogue catalogue, CatalogueStats s, bool listWarnings)
    {
        var snapshot = catalogue.Snapshot;
        var warningsPart = new Dictionary<string, object?>
        {
            ["records"] = s.WarningRecords,
            ["count"] = catalogue.Warnings.Count,
            ["byCode"] = s.WarningsByCode,
        };
        if (listWarnings)
        {
            warningsPart["items"] = catalogue.Warnings.Select(x => new Dictionary<string, object?>
            {
                ["source"] = x.Source,
                ["code"] = x.Code,
                ["message"] = x.Message,
                ["count"] = x.Count,
            });
        }

        var document = new Dictionary<string, object?>
        {
            ["snapshot"] = new Dictionary<string, object?>
            {
                ["path"] = path,
                ["reason"] = reason,
                ["capturedAt"] = Stamp(snapshot.CapturedAt),
                ["synthetic"] = snapshot.Synthetic,
            },
            ["timeZone"] = zoneId,
            ["titles"] = KindCounts(k => s.Titles[k], s.TitleTotal),
            ["airings"] = new Dictionary<string, object?>
            {
                ["tv"] = s.Airings[MediaKind.Tv],
                ["anime"] = s.Airings[MediaKind.Anime],
                ["movie"] = s.Airings[MediaKind.Movie],
                ["total"] = s.AiringTotal,
                ["origins"] = MediaKindNames.All.ToDictionary(k => k.Hook(), k => s.Origins[k]),
                ["firstDay"] = s.FirstDay is { } f ? Day(f) : null,
                ["lastDay"] = s.LastDay is { } l ? Day(l) : null,
            },
            ["days"] = s.Days.Select(d => new Dictionary<string, object?>
            {
                ["date"] = Day(d.Date),
                ["tv"] = d.Tv,
                ["anime"] = d.Anime,
                ["movie"] = d.Movie,
                ["total"] = d.Total,
            }),
            ["lists"] = s.Lists.Select(l => new Dictionary<string, object?>
            {
                ["id"] = l.Id.ToString(),
                ["family"] = l.Id.Family.ToString().ToLowerInvariant(),
                ["kind"] = l.Id.Kind.Hook(),
                ["variant"] = l.Id.Variant,
                ["entries"] = l.Entries,
            }),
            ["sources"] = new Dictionary<string, object?>
            {
                ["total"] = snapshot.Sources.Count,
                ["stored"] = snapshot.Sources.Count(x => x.Path is not null),
                ["outcomes"] = s.Outcomes.ToDictionary(kv => OutcomeName(kv.Key), kv => kv.Value),
                ["problems"] = snapshot.Sources.Where(x => x.Outcome is SourceOutcome.Stale or SourceOutcome.Missing)
                    .OrderBy(x => x.Id, StringComparer.Ordinal)
                    .Select(x => new Dictionary<string, object?>
                    {
                        ["id"] = x.Id,
                        ["outcome"] = OutcomeName(x.Outcome),
                        ["httpStatus"] = x.HttpStatus,
                        ["message"] = x.Message,
                    }),
                ["unusable"] = catalogue.Warnings.Where(x => WarningCodes.UnusableSource.Contains(x.Code)).Select(x => x.Message),
            },
            ["warnings"] = warningsPart,
        };
        warningsPart["byKind"] = MediaKindNames.All.ToDictionary(k => k.Hook(), k => new Dictionary<string, object?>
        {
            ["dropped"] = s.WarningsByKind[k].Where(c => WarningCodes.Dropped.Contains(c.Key)).ToDictionary(),
            ["repaired"] = s.WarningsByKind[k].Where(c => !WarningCodes.Dropped.Contains(c.Key)).ToDictionary(),
        });
        w.WriteLine(JsonSerializer.Serialize(document, JsonOptions));
    }

    private static Dictionary<string, object?> KindCounts(Func<MediaKind, int> count, int total) => new()
    {
        ["tv"] = count(MediaKind.Tv),
        ["anime"] = count(MediaKind.Anime),
        ["movie"] = count(MediaKind.Movie),
        ["total"] = total,
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
