using Simkl.Site.Index;

namespace Simkl.Site.Check;

/// <summary>
/// The build's completeness stage: each rendered page is checked before it may be written
/// (<see cref="PageCompleteness"/> and, for day pages, <see cref="DayPageCoverage"/>), and after
/// rendering every day page the catalogue calls for must have been produced. A violation fails the
/// build with the page and the reason; nothing is published.
/// </summary>
public sealed class VerifyRenderedPages(BuildContext context)
{
    private readonly DayPageCoverage _coverage = DayPageCoverage.From(context);

    /// <summary>Throws a <see cref="SiteException"/> naming the page when it is incomplete.</summary>
    public void Page(string outputPath, ReadOnlySpan<char> html)
    {
        var problems = PageCompleteness.Check(outputPath, html, out var sections).Concat(_coverage.Check(outputPath, sections)).ToList();
        if (problems.Count > 0)
        {
            throw new SiteException($"Incomplete page '{outputPath}': {string.Join("; ", problems.Select(p => p.Message))}");
        }
    }

    /// <summary>Throws when a day page the catalogue calls for was not rendered.</summary>
    public void AllDayPages(IReadOnlySet<string> rendered)
    {
        var missing = _coverage.Pages.Where(p => !rendered.Contains(p)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new SiteException($"Incomplete site: {missing.Count} day pages with airings were not rendered, e.g. '{missing[0]}'");
        }
    }
}
