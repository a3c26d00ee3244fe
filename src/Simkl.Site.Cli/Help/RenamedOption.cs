using System.CommandLine;

namespace Simkl.Site.Cli.Help;

/// <summary>
/// An option with old names that still work for a release but are not shown in --help, so every
/// command shows one name per concept (<c>--site</c>, <c>--data</c>) while old scripts keep running.
/// Each old name is a hidden option of its own (System.CommandLine lists every alias in --help);
/// <see cref="GetValue"/> reads whichever was given.
/// </summary>
internal sealed class RenamedOption<T>
{
    private readonly Option<T> old;

    public RenamedOption(Option<T> option, string oldName, params string[] oldAliases)
    {
        Option = option;
        old = new Option<T>(oldName, oldAliases)
        {
            Description = $"Old name of {option.Name}.",
            HelpName = option.HelpName,
            Hidden = true,
        };
    }

    /// <summary>The option --help shows.</summary>
    public Option<T> Option { get; }

    /// <summary>
    /// Adds the hidden old name to <paramref name="command"/> (which lists <see cref="Option"/> where
    /// --help should show it); giving both names is an error.
    /// </summary>
    public void AddOldNameTo(Command command)
    {
        // Validators added to the option so far (e.g. "must name a folder") apply to the old name too.
        old.Validators.AddRange(Option.Validators);
        command.Options.Add(old);
        command.Validators.Add(result =>
        {
            if (result.GetResult(old) is { } oldResult && result.GetResult(Option) is { Implicit: false })
            {
                result.AddError($"{oldResult.IdentifierToken?.Value ?? old.Name} is the old name of {Option.Name}: give only {Option.Name}.");
            }
        });
    }

    /// <summary>The value of the old name when it was given, else of the option (or its default).</summary>
    public T? GetValue(ParseResult parse) =>
        parse.GetResult(old) is not null ? parse.GetValue(old) : parse.GetValue(Option);
}
