using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Simkl.Site.Rendering;

/// <summary>
/// Runs a parsed template into the context's current output. Scriban's <c>Template.Render</c>
/// would copy the output into a string and then empty its buffer by setting its length to zero,
/// which reallocates the whole buffer: for a 20 KB page that was most of what a page allocated.
/// </summary>
internal static class TemplateOutput
{
    /// <summary>The text <paramref name="write"/> writes, captured in <paramref name="buffer"/> (emptied first) instead of the current output.</summary>
    public static string Capture(TemplateContext context, StringBuilder buffer, Action write)
    {
        buffer.Clear();
        context.PushOutput(new StringBuilderOutput(buffer));
        try
        {
            write();
            return buffer.ToString();
        }
        finally
        {
            context.PopOutput();
        }
    }

    public static void WriteInto(TemplateContext context, Template template)
    {
        if (template.Page is not { } page)
        {
            return;
        }

        if (template.SourceFilePath is not null)
        {
            context.PushSourceFile(template.SourceFilePath);
        }

        try
        {
            if (context.Evaluate(page) is { } result && context.EnableOutput)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }
}
