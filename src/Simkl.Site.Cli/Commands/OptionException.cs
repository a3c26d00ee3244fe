namespace Simkl.Site.Cli.Commands;

/// <summary>A command-line option with a value the command cannot use: exit code 1, one clear line.</summary>
internal sealed class OptionException : SiteException
{
    public OptionException(string message) : base(message) { }
    public OptionException(string message, Exception inner) : base(message, inner) { }
}
