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
    /// <summary>What <paramref name="write"/> writes goes into <paramref name="buffer"/> (emptied first) instead of the current output.</summary>
    public static void Into(TemplateContext context, TextBuffer buffer, Action write)
    {
        buffer.Clear();
        context.PushOutput(buffer);
        try
        {
            write();
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary><see cref="Into"/> a buffer of its own, returned as text.</summary>
    public static string Capture(TemplateContext context, Action write)
    {
        var buffer = new TextBuffer(1024);
        Into(context, buffer, write);
        return buffer.ToString();
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
