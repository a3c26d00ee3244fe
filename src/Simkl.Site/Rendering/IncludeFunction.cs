using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Simkl.Site.Rendering;

/// <summary>
/// <c>{{ include "card" card }}</c>: renders a pre-parsed partial with its input bound to
/// <c>model</c> (read-only; null when no input is given), and returns it as <see cref="RawHtml"/>,
/// so the escaping context does not escape the already-escaped output a second time. The partial
/// runs in its own scope: the caller's <c>model</c> is hidden and what the partial assigns is
/// dropped when it returns, so a partial reads its inputs from its argument, not from whatever the
/// caller happened to set. Partials with several inputs take an object, e.g.
/// <c>{{ include "calendar" { calendar: model.upcoming, level: 3 } }}</c>. Partials come from the
/// shared <see cref="TemplateSet"/>; nothing is parsed here.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    public const string ModelVariable = "model";

    private static readonly Scriban.Functions.IncludeFunction Inner = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new(typeof(string), "name") : new(typeof(object), ModelVariable);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count is < 1 or > 2)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"include takes a partial name and at most one input (its model), got {arguments.Count} arguments.");
        }

        var scope = new ScriptObject(1);
        scope.SetValue(ModelVariable, arguments.Count == 2 ? arguments[1] : null, true);
        context.PushGlobal(scope);
        try
        {
            return new RawHtml(Inner.Invoke(context, callerContext!, new ScriptArray(1) { arguments[0] }, blockStatement!) as string ?? string.Empty);
        }
        finally
        {
            context.PopGlobal();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
