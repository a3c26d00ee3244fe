using System.CommandLine;

namespace Simkl.Site.Cli.Commands;

/// <summary>The options <c>build</c> and <c>fetch</c> share about the folder they write.</summary>
internal static class FolderOptions
{
    /// <summary><c>--wait &lt;s&gt;</c>: how long to wait for another process holding the folder's lock (exit 5 after that).</summary>
    public static Option<int> Wait(string what)
    {
        var wait = new Option<int>("--wait")
        {
            Description = $"Seconds to wait while another {what} holds the folder's lock before giving up with exit code 5",
            DefaultValueFactory = _ => 10,
        };
        wait.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 86400)
            {
                r.AddError("--wait must be between 0 and 86400 seconds.");
            }
        });
        return wait;
    }

    /// <summary>Rejects an empty, blank or control-character folder path as a bad option (exit 1).</summary>
    public static void RequireUsablePath(Option<string> option)
    {
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl))
            {
                r.AddError($"{option.Name} must name a folder (got '{new string([.. (value ?? string.Empty).Where(c => !char.IsControl(c))])}').");
            }
        });
    }
}
