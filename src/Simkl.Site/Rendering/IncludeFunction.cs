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
/// shared <see cref="TemplateSet"/>; nothing is parsed here. A name that is not a partial goes to
/// Scriban's include, whose loader reports it.
/// <para>
/// With a <paramref name="cache"/> it is <c>{{ include_cached 'site-header' page.header }}</c>: a
/// partial whose output depends only on its model and <c>site</c> (like Hugo's partialCached) is
/// rendered once per distinct model content (<see cref="ModelHash"/>) and the text reused on every
/// page that passes an equal model — for blocks that thousands of pages repeat word for word.
/// </para>
/// </summary>
internal sealed class IncludeFunction(TemplateSet partials, PartialCache? cache = null) : IScriptCustomFunction
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

        var pages = context as HtmlTemplateContext;
        var scope = pages?.EnterIncludeScope() ?? new ScriptObject(1);
        scope.SetValue(ModelVariable, arguments.Count == 2 ? arguments[1] : null, true);
        context.PushGlobal(scope);
        try
        {
            // As a statement ({{ include 'card' x }}, every use in the theme) the partial writes
            // straight into the page being rendered: no output buffer and no string per include,
            // which were a large share of a title page's allocations. Elsewhere (assigned, piped)
            // it returns its text like Scriban's include.
            if (callerContext?.Parent is ScriptExpressionStatement && Partial(arguments[0]) is { } partial)
            {
                if (cache is not null && cache.Key((string)arguments[0]!, scope[ModelVariable]) is { } key)
                {
                    WriteCached(cache, key, context, callerContext, partial);
                }
                else
                {
                    WriteInPlace(context, callerContext, partial);
                }

                return null;
            }

            if (arguments[0] is string name && partials.Partials.TryGetValue(name, out var cached))
            {
                context.CachedTemplates.TryAdd(name, cached);
            }

            return new RawHtml(Inner.Invoke(context, callerContext!, new ScriptArray(1) { arguments[0] }, blockStatement!) as string ?? string.Empty);
        }
        finally
        {
            context.PopGlobal();
            pages?.ExitIncludeScope();
        }
    }

    /// <summary>The pre-parsed partial named by <paramref name="name"/>, or null to let Scriban's include report it.</summary>
    private Template? Partial(object? name) =>
        name is string path && partials.Partials.TryGetValue(path, out var template) && !template.HasErrors ? template : null;

    // Its own method: a lambda in Invoke that captures Invoke's parameters made the compiler
    // allocate their closure on every include, cached or not (24 MB in a large build).
    private static void WriteCached(PartialCache cache, string key, TemplateContext context, ScriptNode callerContext, Template partial) =>
        context.Write(cache.GetOrAdd(key, () => RenderToText(context, callerContext, partial)));

    private static string RenderToText(TemplateContext context, ScriptNode callerContext, Template partial) =>
        TemplateOutput.Capture(context, () => WriteInPlace(context, callerContext, partial));

    // What Scriban's TemplateContext.RenderTemplate does around a partial (recursion guard, own
    // local scope, indentation reset), minus its own output buffer.
    private static void WriteInPlace(TemplateContext context, ScriptNode callerContext, Template partial)
    {
        context.EnterRecursive(callerContext);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushLocal();
        try
        {
            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }

            TemplateOutput.WriteInto(context, partial);
        }
        finally
        {
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(callerContext);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
