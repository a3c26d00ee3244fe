namespace Simkl.Site.Cli.Help;

/// <summary>
/// The exit codes every command shares, so a script can tell "fix your command line" from "the data
/// broke" from "someone else is writing this folder" without reading the text.
/// </summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad options, a failed check or a refused publish.</summary>
    public const int Failed = 1;

    /// <summary>A failure with one clear message: bad settings, no data, a render error, an incomplete page.</summary>
    public const int Error = 2;

    /// <summary><c>fetch</c>: some sources have no data after errors (the snapshot is still saved).</summary>
    public const int Partial = 3;

    /// <summary>The folder is not one this tool made (<c>--force</c> replaces it on purpose).</summary>
    public const int Refused = 4;

    /// <summary>Another build or fetch holds the folder's lock.</summary>
    public const int Busy = 5;

    /// <summary>The contract in words, for the root command's help.</summary>
    public static readonly IReadOnlyList<(int Code, string Meaning)> Contract =
    [
        (Ok, "ok"),
        (Failed, "bad options, a failed check, or the publish guard refused"),
        (Error, "failure with one clear message (bad settings, no data, render error, incomplete page)"),
        (Partial, "fetch: some sources have no data after errors (the snapshot is still saved)"),
        (Refused, "the folder is not one this tool made (--force replaces it on purpose)"),
        (Busy, "another build or fetch holds the folder's lock"),
    ];
}
