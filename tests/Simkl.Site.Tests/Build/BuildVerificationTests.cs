using Simkl.Site.Build;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// The build refuses to publish an incomplete page: a theme that drops or repeats cards fails the
/// build naming the page and what is missing, and no output folder is written.
/// </summary>
public sealed class BuildVerificationTests
{
    // Calendar lists replaced so cards of title 1 show twice and cards of title 2 never.
    private const string Card = "{{ include 'card' card ~}}";
    private const string Row = "{{ include 'airing-row' card ~}}";
    private const string Skewed = "{{ if card.simkl_id == 1 }}{{ include 'card' card }}{{ include 'card' card }}{{ else if card.simkl_id != 2 }}{{ include 'card' card }}{{ end ~}}";

    [Theory]
    [InlineData(Skewed, "1 of 3 airings of 2026-11-28 are not shown, e.g. tv 2 S1 E1")]
    [InlineData("", "day 2026-11-28 states 3 airings (data-airings) but its cards show 0")]
    public void A_theme_that_loses_airings_fails_the_build_naming_the_page(string replacement, string reason)
    {
        using var site = new TestSite();
        var a = site.Show(1, "Alpha");
        var b = site.Show(2, "Beta");
        var c = site.Show(3, "Gamma");
        site.Episode(a, "2026-11-28T20:00:00Z", 1, 1);
        site.Episode(b, "2026-11-28T21:00:00Z", 1, 1);
        site.Episode(c, "2026-11-28T22:00:00Z", 1, 1);
        var theme = CopyTheme(site.Root, replacement);

        var e = Assert.Throws<SiteException>(() => SiteBuilder.Build(site.Options() with { ThemeDir = theme }));

        Assert.StartsWith("Incomplete page '", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void The_unchanged_theme_builds_the_same_site()
    {
        using var site = new TestSite();
        var a = site.Show(1, "Alpha");
        site.Episode(a, "2026-11-28T20:00:00Z", 1, 1);

        SiteBuilder.Build(site.Options() with { ThemeDir = CopyTheme(site.Root, Card) });

        Assert.Contains("data-airings=\"1\"", site.Text("calendar/2026/11/28/index.html"), StringComparison.Ordinal);
    }

    private static string CopyTheme(string root, string cardLine)
    {
        var theme = Path.Combine(root, "theme");
        foreach (var file in Directory.EnumerateFiles(TestSite.ThemeDir, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(TestSite.ThemeDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var calendar = Path.Combine(theme, "partials", "calendar.scriban-html");
        var text = File.ReadAllText(calendar);
        Assert.Contains(Card, text, StringComparison.Ordinal);
        File.WriteAllText(calendar, text.Replace(Card, cardLine, StringComparison.Ordinal));

        // Day pages list their airings as rows, in kinds and slots: the same change there.
        var day = Path.Combine(theme, "layouts", "day.scriban-html");
        var dayText = File.ReadAllText(day);
        Assert.Contains(Row, dayText, StringComparison.Ordinal);
        File.WriteAllText(day, dayText.Replace(Row, cardLine, StringComparison.Ordinal));
        return theme;
    }
}
