using System.CommandLine;
using System.Globalization;
using Simkl.Site.Publish;

namespace Simkl.Site.Cli.Commands;

/// <summary>
/// <c>simkl-site guard</c>: refuses to publish a build that lost too much, is built from stale
/// data, or failed its check; <c>guard --record</c> remembers a build as published after a
/// successful deploy.
/// </summary>
internal static class GuardCommand
{
    public static Command Create()
    {
        var site = CommonOptions.Site("Built site folder; its manifest is <folder>.build-manifest.json beside it, and the folder is verified against it.");
        var published = new Option<FileInfo>("--published")
        {
            Description = "Manifest of the build that is live (written by --record after a deploy).",
            DefaultValueFactory = _ => new FileInfo(PublishedManifest.DefaultPath),
        };
        var maxDrop = new Option<double>("--max-drop")
        {
            Description = "Refuse when upcoming airings (in total, or of a kind with at least 20) fell by more than this share.",
            DefaultValueFactory = _ => 0.5,
        };
        maxDrop.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<double>();
            if (double.IsNaN(v) || v < 0 || v > 1)
            {
                r.AddError("--max-drop must be between 0 and 1 (0.5 = half).");
            }
        });
        var maxStale = new Option<TimeSpan>("--max-stale")
        {
            Description = "Refuse when every calendar source is stale and the newest good copy is older than this (e.g. 24h, 90m, 2d).",
            DefaultValueFactory = _ => TimeSpan.FromHours(24),
            CustomParser = r => ParseDuration(r.Tokens.Single().Value, r),
        };
        var checkOutcome = new Option<string?>("--check-outcome")
        {
            Description = "Result of `simkl-site check` for this build: success or failure (GitHub's steps.<id>.outcome values are accepted).",
        };
        checkOutcome.AcceptOnlyFromAmong("success", "failure", "cancelled", "skipped");
        var force = new Option<bool>("--force") { Description = "Publish despite drop/staleness refusals (never despite a failed check). Needs --reason." };
        var reason = new Option<string?>("--reason") { Description = "Why a forced publish is deliberate; printed in the log." };
        var record = new Option<bool>("--record")
        {
            Description = "After a successful deploy: copy the site's manifest (<site>.build-manifest.json) to --published. Runs no checks.",
        };

        var json = CommonOptions.Json("the verdict (allowed, refusals, notes) or what --record recorded");

        var command = new Command("guard", "Decide whether a new build may be published, or record it as published.")
        {
            site, published, maxDrop, maxStale, checkOutcome, force, reason, record, json,
        };

        command.Validators.Add(r =>
        {
            // A forced publish without a reason is a bad command line (exit 1), caught before anything is read.
            if (r.GetValue(force) && !r.GetValue(record) && string.IsNullOrWhiteSpace(r.GetValue(reason)))
            {
                r.AddError("--force needs --reason \"...\" saying why this publish is deliberate.");
            }
        });

        command.SetAction((parse, _) => UserError.Guard(async () =>
        {
            var siteDir = Path.GetFullPath(parse.GetValue(site)!);
            var manifestPath = BuildManifest.PathFor(siteDir);
            var publishedPath = parse.GetValue(published)!.FullName;

            var asJson = parse.GetValue(json);
            if (parse.GetValue(record))
            {
                var recorded = PublishedManifest.Record(manifestPath, publishedPath);
                if (asJson)
                {
                    JsonOutput.Write(Console.Out, new RecordJson(true, publishedPath, recorded.Now, recorded.Counts.Files));
                    return 0;
                }

                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"guard: recorded the build as of {recorded.Now:yyyy-MM-dd HH:mm} UTC ({recorded.Counts.Files} files) as published in {publishedPath}"));
                return 0;
            }

            var current = CreateBuildManifest.Read(manifestPath);
            var previous = PublishedManifest.Read(publishedPath);
            var options = new GuardOptions
            {
                MaxDrop = parse.GetValue(maxDrop),
                MaxStale = parse.GetValue(maxStale),
                Force = parse.GetValue(force),
                Reason = parse.GetValue(reason),
            };
            var check = parse.GetValue(checkOutcome) switch
            {
                "success" => CheckStatus.Passed,
                "failure" or "cancelled" => CheckStatus.Failed,
                _ => CheckStatus.NotRun,
            };

            var verdict = PublishGuard.Evaluate(current, previous, check, options, PublishGuard.VerifyFolder(siteDir, current));
            var forceable = verdict.Refusals.All(r => r.Overridable);
            if (asJson)
            {
                JsonOutput.Write(Console.Out, new VerdictJson(verdict.Allowed, options.Force, forceable, verdict.Refusals, verdict.Notes));
            }

            foreach (var note in asJson ? [] : verdict.Notes)
            {
                await Console.Out.WriteLineAsync($"guard: {note}");
            }

            if (verdict.Allowed)
            {
                if (!asJson)
                {
                    await Console.Out.WriteLineAsync("guard: OK to publish.");
                }

                return 0;
            }

            foreach (var r in verdict.Refusals)
            {
                await Console.Error.WriteLineAsync($"guard: REFUSED ({r.Code}): {r.Message}");
            }

            await Console.Error.WriteLineAsync(forceable
                ? "guard: the live site stays as it is. If this change is deliberate, run again with --force --reason \"...\"."
                : "guard: the live site stays as it is. Fix the problem above; --force does not override it.");
            return 1;
        }, parse.GetValue(json)));
        return command;
    }

    /// <summary><c>guard --json</c>: may the build be published, and why not.</summary>
    private sealed record VerdictJson(bool Allowed, bool Forced, bool Forceable, IReadOnlyList<GuardRefusal> Refusals, IReadOnlyList<string> Notes);

    /// <summary><c>guard --record --json</c>: which build was recorded as published, and where.</summary>
    private sealed record RecordJson(bool Recorded, string Published, DateTimeOffset Now, int Files);

    /// <summary>"24h", "90m", "2d", "45s" or a TimeSpan ("1.00:00:00"); never negative.</summary>
    internal static TimeSpan ParseDuration(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        var t = text.Trim();
        if (t.Length > 1 && double.TryParse(t[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0)
        {
            switch (char.ToLowerInvariant(t[^1]))
            {
                case 'd': return TimeSpan.FromDays(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'm': return TimeSpan.FromMinutes(n);
                case 's': return TimeSpan.FromSeconds(n);
            }
        }

        if (TimeSpan.TryParse(t, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }

        result.AddError($"'{text}' is not a duration: use e.g. 24h, 90m, 2d or 1.00:00:00.");
        return default;
    }
}
