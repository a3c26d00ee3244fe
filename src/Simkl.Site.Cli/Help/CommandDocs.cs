namespace Simkl.Site.Cli.Help;

/// <summary>What --help shows after the options of one command: examples and its exit codes.</summary>
internal sealed record CommandDoc(IReadOnlyList<(string Command, string Comment)> Examples, IReadOnlyList<(int Code, string Meaning)> ExitCodes);

/// <summary>
/// Examples and exit codes of every command, in one place so the README and --help can be compared
/// (a test checks each command has both and that the codes stay inside <see cref="ExitCodes.Contract"/>).
/// </summary>
internal static class CommandDocs
{
    public static readonly IReadOnlyDictionary<string, CommandDoc> ByCommand = new Dictionary<string, CommandDoc>(StringComparer.Ordinal)
    {
        ["fetch"] = new(
            [
                ("SIMKL_CLIENT_ID=xxxx simkl-site fetch", "refresh .cache/snapshot (API lists need the client id)"),
                ("simkl-site fetch --data /tmp/snapshot --quiet", "another snapshot folder, errors only"),
                ("simkl-site fetch --json > fetch.json", "the fetch report as one JSON document"),
            ],
            [
                (ExitCodes.Ok, "every source fresh, not modified, kept stale, or missing by a 404 or a skip"),
                (ExitCodes.Failed, "bad options"),
                (ExitCodes.Error, "no calendar data at all and no stored copy, or bad settings"),
                (ExitCodes.Partial, "some sources have no data after errors (the snapshot is still saved)"),
                (ExitCodes.Busy, "another fetch holds the snapshot folder's lock"),
            ]),
        ["build"] = new(
            [
                ("simkl-site build", "from .cache/snapshot (else the bundled sample) into _site"),
                ("simkl-site build --data .cache/snapshot --site public --base-url https://example.org", ""),
                ("simkl-site build --now 2026-11-27T12:00:00Z --time-zone Europe/Berlin", "as of a fixed instant, days in Berlin"),
            ],
            [
                (ExitCodes.Ok, "built"),
                (ExitCodes.Failed, "bad options"),
                (ExitCodes.Error, "bad settings, no data, a render error or an incomplete page"),
                (ExitCodes.Refused, "--site is not a folder a build made (--force replaces it on purpose)"),
                (ExitCodes.Busy, "another build holds the site folder's lock"),
            ]),
        ["serve"] = new(
            [
                ("simkl-site serve", "_site on http://127.0.0.1:8080/ until Ctrl+C"),
                ("simkl-site serve --site public --port 0 --open", "a free port, opened in the browser"),
                ("simkl-site serve --watch", "rebuild when theme/, input/ or the snapshot change"),
            ],
            [
                (ExitCodes.Ok, "stopped with Ctrl+C"),
                (ExitCodes.Failed, "bad options"),
                (ExitCodes.Error, "the folder is missing, the port is taken, or the first --watch build failed"),
                (ExitCodes.Refused, "--watch: --site is not a folder a build made"),
                (ExitCodes.Busy, "--watch: another build holds the site folder's lock"),
            ]),
        ["check"] = new(
            [
                ("simkl-site check", "check _site"),
                ("simkl-site check --site public --base-url https://example.org", ""),
                ("simkl-site check --json", "problems as one JSON document"),
            ],
            [
                (ExitCodes.Ok, "no problems"),
                (ExitCodes.Failed, "problems found, or bad options"),
                (ExitCodes.Error, "the folder is missing"),
            ]),
        ["stats"] = new(
            [
                ("simkl-site stats", "the fetched snapshot, else the bundled sample"),
                ("simkl-site stats --data .cache/snapshot --time-zone Asia/Tokyo --from 2026-11-27 --days 7", ""),
                ("simkl-site stats --json --warnings", "one JSON document, every warning listed"),
            ],
            [
                (ExitCodes.Ok, "printed"),
                (ExitCodes.Failed, "bad options (--from, --days, --time-zone included)"),
                (ExitCodes.Error, "bad settings, or no snapshot that can be read"),
            ]),
        ["guard"] = new(
            [
                ("simkl-site guard --check-outcome success", "may _site be published?"),
                ("simkl-site guard --site public --max-drop 0.3 --max-stale 12h --json", "stricter, verdict as JSON"),
                ("simkl-site guard --force --reason \"Simkl retired a list\"", "publish a deliberate drop"),
                ("simkl-site guard --record", "after a successful deploy"),
            ],
            [
                (ExitCodes.Ok, "OK to publish (or recorded)"),
                (ExitCodes.Failed, "refused, or bad options"),
                (ExitCodes.Error, "a manifest is missing or unreadable"),
            ]),
    };
}
