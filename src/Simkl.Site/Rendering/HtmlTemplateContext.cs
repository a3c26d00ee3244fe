using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Simkl.Site.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every <c>{{ expression }}</c> (Scriban does not escape by
/// default). Literal template text goes through the non-virtual
/// <c>Write(string)</c> and is untouched; only <see cref="RawHtml"/> values pass unescaped.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(RenderLimits limits)
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

    public override TemplateContext Write(SourceSpan span, object? value)
    {
        switch (value)
        {
            case null:
                return this;
            case RawHtml raw:
                return Write(raw.Html);
            case bool b:
                return Write(b ? "true" : "false");
            default:
                var text = ObjectToString(value);
                return string.IsNullOrEmpty(text) ? this : Write(WebUtility.HtmlEncode(text));
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? value) => new(Write(span, value));
}
