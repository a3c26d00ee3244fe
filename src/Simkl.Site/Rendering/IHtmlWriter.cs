namespace Simkl.Site.Rendering;

/// <summary>
/// Trusted HTML that writes itself into the page being rendered, like <see cref="RawHtml"/> but
/// without becoming a string first: for blocks made from data that are too large for that (a day
/// page's JSON-LD lists every airing of the day, ~100 KB of text, and every string that size is
/// allocated on the large-object heap; see docs/benchmarks.md, "Large objects"). Its model hash is
/// that of its public properties, like any view model's.
/// </summary>
public interface IHtmlWriter
{
    void WriteTo(TextBuffer output);
}
