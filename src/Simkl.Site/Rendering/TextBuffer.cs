using Scriban.Runtime;

namespace Simkl.Site.Rendering;

/// <summary>
/// A growable text buffer Scriban writes into, read back as a span (<see cref="TemplateOutput.Into"/>).
/// Each render thread keeps two (the page layout's output and the whole page) and reuses them page
/// after page, so a page is
/// verified, encoded and written from the buffer without ever becoming a string: at production size
/// those strings were half of everything the render allocated, many of them on the large-object heap.
/// As a template value (<c>content</c>) it is trusted HTML that <see cref="HtmlTemplateContext"/>
/// copies into the page as it is.
/// </summary>
public sealed class TextBuffer(int capacity = 64 * 1024) : IScriptOutput
{
    private char[] _chars = new char[capacity];

    public int Length { get; private set; }

    /// <summary>The text so far; valid until the buffer is written to or cleared.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Appends UTF-8 text, decoded straight into the buffer.</summary>
    public void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        // UTF-8 never decodes to more UTF-16 characters than it has bytes.
        Ensure(utf8.Length);
        Length += System.Text.Encoding.UTF8.GetChars(utf8, _chars.AsSpan(Length));
    }

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    // Room for `extra` more characters: at least double, so a page's buffer grows a few times at most.
    private void Ensure(int extra)
    {
        if (Length + extra > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(Length + extra, _chars.Length * 2));
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => Span.ToString();
}
