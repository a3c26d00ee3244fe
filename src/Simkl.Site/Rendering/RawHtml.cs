namespace Simkl.Site.Rendering;

/// <summary>
/// Trusted HTML that the auto-escaping template context writes as is: rendered partials,
/// Markdig output of our own content pages, sanitised overviews, JSON-LD. Data never becomes
/// a <see cref="RawHtml"/> without passing through one of those.
/// </summary>
public sealed record RawHtml(string Html) : IHtmlWriter
{
    public static readonly RawHtml Empty = new(string.Empty);

    public void WriteTo(TextBuffer output) => output.Append(Html);

    public override string ToString() => Html;
}
