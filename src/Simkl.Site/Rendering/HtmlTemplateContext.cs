using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Simkl.Site.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every <c>{{ expression }}</c> (Scriban does not escape by
/// default). Literal template text goes through the non-virtual
/// <c>Write(string)</c> and is untouched; only <see cref="RawHtml"/> values pass unescaped.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();

    /// <param name="limits">The engine's limits.</param>
    /// <param name="builtins">Scriban's builtin functions, shared read-only (<see cref="TemplateContext.GetDefaultBuiltinObject"/>).</param>
    public HtmlTemplateContext(RenderLimits limits, ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;

        // A typo in a member name fails the build instead of rendering nothing.
        EnableRelaxedMemberAccess = false;

        // Scriban's defaults (1,000 loop iterations, 1 Mi characters of output and per string, with
        // silent truncation) cut day pages at Simkl's real volume. Every limit is set for our sizes
        // and throws, so a page over a limit fails the build instead of being published cut.
        LoopLimit = limits.LoopIterations;
        LoopLimitQueryable = limits.LoopIterations;
        LimitToString = limits.StringChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = limits.OutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RecursiveLimit = limits.Recursion;
        ObjectRecursionLimit = limits.ObjectRecursion;
        PushCulture(CultureInfo.InvariantCulture);
    }

    // One scope per include depth, emptied and reused by the next include at that depth: a page
    // makes thousands of includes, and a new scope each was a dictionary each.
    private readonly List<ScriptObject> _includeScopes = [];
    private int _includeDepth;

    /// <summary>An empty scope for an include's variables, until <see cref="ExitIncludeScope"/>.</summary>
    internal ScriptObject EnterIncludeScope()
    {
        if (_includeDepth == _includeScopes.Count)
        {
            _includeScopes.Add(new ScriptObject(1));
        }

        var scope = _includeScopes[_includeDepth++];
        scope.Clear();
        return scope;
    }

    internal void ExitIncludeScope() => _includeDepth--;

    /// <summary>Scriban's reset for another run on the same thread, keeping the invariant culture.</summary>
    public override void Reset()
    {
        base.Reset();
        _includeDepth = 0;
        ResetPreviousNewLine();
        PushCulture(CultureInfo.InvariantCulture);
    }

    private static readonly string[] SmallNumbers = [.. Enumerable.Range(0, 10_000).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    public override TemplateContext Write(SourceSpan span, object? value)
    {
        switch (value)
        {
            case null:
                return this;
            case RawHtml raw:
                return Write(raw.Html);
            case string plain:
                // Most values written are strings: before the interface case below, whose type
                // check walks every interface a string implements.
                return WriteEscaped(ObjectToString(plain));
            case TextBuffer rendered when string.IsNullOrEmpty(CurrentIndent) && Output is TextBuffer page:
                // The page layout's output inside baseof, copied without a string (an empty indent,
                // a tag at the start of a line, indents nothing). Its characters were counted
                // against the output limit when it was rendered in this context.
                page.Append(rendered.Span);
                return this;
            case TextBuffer rendered:
                return Write(rendered.ToString());
            case IHtmlWriter block when string.IsNullOrEmpty(CurrentIndent) && Output is TextBuffer page:
                // Straight into the page, like the layout's output above. What it writes is
                // bounded by the data it was made from, not by the template, so it is not counted
                // against the output limit (a runaway template is, everywhere else).
                block.WriteTo(page);
                return this;
            case IHtmlWriter block:
                var text = new TextBuffer(1024);
                block.WriteTo(text);
                return Write(text.ToString());
            case bool b:
                return Write(b ? "true" : "false");
            case int i when (uint)i < (uint)SmallNumbers.Length:
                // Counts, episode and season numbers: written from shared strings, not one string
                // per value written (a build writes millions of them).
                return Write(SmallNumbers[i]);
            default:
                return WriteEscaped(ObjectToString(value));
        }
    }

    private TemplateContext WriteEscaped(string? plain) => string.IsNullOrEmpty(plain) ? this : Write(WebUtility.HtmlEncode(plain));

    // Scriban reflects over a type's members once per context, and a context serves one page: with
    // tens of thousands of pages that reflection was a visible share of the build. The accessors of
    // our own view models are the same for every context (same member filter and renamer, no state
    // after construction), so they are built once per type and shared by all render threads, and
    // they read members through getters made once per member (ViewModelAccessor, MemberGetters)
    // instead of reflection.
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (type.Assembly != typeof(HtmlTemplateContext).Assembly)
        {
            return base.GetMemberAccessorImpl(target);
        }

        if (SharedAccessors.TryGetValue(type, out var shared))
        {
            return shared;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is TypedObjectAccessor typed
            ? SharedAccessors.GetOrAdd(type, new ViewModelAccessor(typed, type, MemberRenamer ?? StandardMemberRenamer.Default, this, target))
            : accessor;
    }

    // Every include passes its model as an object argument, and Scriban converts each argument to
    // its parameter's type through a ladder of reflection checks that, for object, always ends in
    // returning the value as it is: answered first here (a visible share of a page's render time).
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) ? value : base.ToObject(span, value, destinationType);

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? value) => new(Write(span, value));
}
