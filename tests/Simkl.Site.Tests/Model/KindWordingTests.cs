using System.Text.RegularExpressions;
using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Model;

/// <summary>
/// Every word the site uses for a kind lives on <see cref="MediaKindNames"/>: templates read it
/// from their model and never pick wording by comparing a kind to a literal.
/// </summary>
public sealed partial class KindWordingTests
{
    [GeneratedRegex("""kind\s*(==|!=)\s*["'](tv|anime|movie|movies)["']""")]
    private static partial Regex KindComparison();

    [Fact]
    public void No_template_picks_wording_by_kind()
    {
        var offenders = Directory.EnumerateFiles(TestSite.ThemeDir, "*.scriban-html", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => KindComparison().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(TestSite.ThemeDir, x.file)}:{x.i + 1}")
            .ToList();

        Assert.True(offenders.Count == 0, "Kind wording decided in templates (put it on MediaKindNames): " + string.Join(", ", offenders));
    }

    [Theory]
    [InlineData(MediaKind.Tv, "Upcoming episodes", "Recently aired", "episode")]
    [InlineData(MediaKind.Anime, "Upcoming episodes", "Recently aired", "episode")]
    [InlineData(MediaKind.Movie, "Upcoming release dates", "Recent release dates", "release")]
    public void Title_page_wording_follows_the_kind(MediaKind kind, string upcoming, string recent, string occurrence)
    {
        Assert.Equal(upcoming, kind.UpcomingHeading());
        Assert.Equal(recent, kind.RecentHeading());
        Assert.Equal(occurrence, kind.Occurrence());
    }
}
