using System.IO.Compression;
using Simkl.Site.Build;
using Simkl.Site.TestData;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// Page weight at Simkl's real volume (the daily-volume snapshot, ~370 airings a day), gzipped as
/// a server sends it: every day page ≤ 90 KB, every month page ≤ 40 KB.
/// </summary>
public sealed class CalendarPageBudgetTests
{
    public static TheoryData<string, int> Budgets => new()
    {
        { "calendar/????/??/??/index.html", 90 * 1024 },
        { "calendar/????/??/index.html", 40 * 1024 },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Calendar_pages_stay_within_their_gzipped_budget_at_real_volume(string pattern, int budget)
    {
        using var site = new TestSite();
        var data = Path.Combine(site.Root, "data");
        DailyVolumeSnapshot.Build(new DailyVolume { Days = 10 }).WriteTo(data);
        SiteBuilder.Build(site.Options() with { Catalogue = null, DataDir = data, TimeZone = "UTC" });

        var parts = pattern.Split('/');
        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => Matches(p.Split('/'), parts))
            .ToList();
        Assert.True(pages.Count > 0, $"no page matches {pattern}");

        var sizes = pages.Select(p => (Page: p, Gzipped: Gzipped(site.Text(p)))).OrderByDescending(x => x.Gzipped).ToList();
        Assert.True(sizes[0].Gzipped <= budget, $"{sizes[0].Page} is {sizes[0].Gzipped / 1024.0:0.0} KB gzipped, over the {budget / 1024} KB budget");
    }

    private static bool Matches(string[] path, string[] pattern) =>
        path.Length == pattern.Length && path.Zip(pattern).All(x => x.Second.All(c => c == '?') ? x.First.Length == x.Second.Length && x.First.All(char.IsAsciiDigit) : x.First == x.Second);

    private static int Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }
}
