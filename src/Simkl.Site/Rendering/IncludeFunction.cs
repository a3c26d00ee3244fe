using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Simkl.Site.Rendering;

/// <summary>
/// <c>{{ include "card" }}</c>: renders a pre-parsed partial in the current context and returns it
/// as <see cref="RawHtml"/>, so the escaping context does not escape the already-escaped output a
/// second time. Partials come from the shared <see cref="TemplateSet"/>; nothing is parsed here.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    private static readonly Scriban.Functions.IncludeFunction Inner = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(Inner.Invoke(context, callerContext!, arguments, blockStatement!) as string ?? string.Empty);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
