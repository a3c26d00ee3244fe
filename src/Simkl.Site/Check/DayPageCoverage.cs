using Simkl.Site.Model;
using Simkl.Site.Outputs.Html;
using Simkl.Site.Urls;
using Simkl.Site.Index;

namespace Simkl.Site.Check;

/// <summary>
/// The build-time half of completeness that needs the catalogue: every airing of a day (site
/// zone, title known) is shown on that day's page, and nothing else is. Worked out from the
/// catalogue itself, not from the planner's lists, so a planning or rendering slip cannot hide.
/// </summary>
public sealed class DayPageCoverage
{
    private readonly Dictionary<string, (DateOnly Day, Dictionary<ShownAiring, int> Airings)> _byPage;

    private DayPageCoverage(Dictionary<string, (DateOnly, Dictionary<ShownAiring, int>)> byPage) => _byPage = byPage;

    public static DayPageCoverage From(BuildContext context)
    {
        // Grouped by day first: a day's page path is made once, not once for each of its airings.
        var titles = context.Catalogue.Titles;
        var byDay = new Dictionary<DateOnly, Dictionary<ShownAiring, int>>();
        foreach (var airing in context.Catalogue.Airings)
        {
            if (!titles.ContainsKey((airing.Kind, airing.SimklId)))
            {
                continue;
            }

            var day = airing.When.DayIn(context.Zone);
            if (!byDay.TryGetValue(day, out var airings))
            {
                airings = [];
                byDay[day] = airings;
            }

            var key = new ShownAiring(airing.Kind.Hook(), airing.SimklId, airing.Kind == MediaKind.Tv ? airing.Season : null, airing.Episode);
            airings[key] = airings.GetValueOrDefault(key) + 1;
        }

        var byPage = new Dictionary<string, (DateOnly, Dictionary<ShownAiring, int>)>(byDay.Count, StringComparer.Ordinal);
        foreach (var (day, airings) in byDay)
        {
            byPage[SiteUrls.File(SiteUrls.Day(day))] = (day, airings);
        }

        return new DayPageCoverage(byPage);
    }

    /// <summary>Day pages the catalogue calls for (output paths); each must be rendered.</summary>
    public IReadOnlyCollection<string> Pages => _byPage.Keys;

    /// <summary>Problems of <paramref name="path"/>'s day sections against the catalogue; none for other pages.</summary>
    public IReadOnlyList<CheckProblem> Check(string path, IReadOnlyList<DaySection> sections)
    {
        if (!_byPage.TryGetValue(path, out var expected))
        {
            return [];
        }

        var date = Formats.IsoDate(expected.Day);
        var section = sections.FirstOrDefault(s => s.Date == date);
        if (section is null)
        {
            return [new CheckProblem(path, 1, $"no day section for {date} (data-day)")];
        }

        var missing = new Dictionary<ShownAiring, int>(expected.Airings);
        var extra = new List<ShownAiring>();
        foreach (var shown in section.Shown)
        {
            if (missing.TryGetValue(shown, out var n) && n > 0)
            {
                missing[shown] = n - 1;
            }
            else
            {
                extra.Add(shown);
            }
        }

        var absent = missing.Where(kv => kv.Value > 0).SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).ToList();
        var problems = new List<CheckProblem>();
        var total = expected.Airings.Values.Sum();
        if (absent.Count > 0)
        {
            problems.Add(new CheckProblem(path, 1, $"{absent.Count} of {total} airings of {date} are not shown, e.g. {string.Join(", ", absent.Take(5))}"));
        }

        if (extra.Count > 0)
        {
            problems.Add(new CheckProblem(path, 1, $"{extra.Count} cards show airings that are not in the catalogue for {date}, e.g. {string.Join(", ", extra.Take(5))}"));
        }

        return problems;
    }
}
