using System.Text.RegularExpressions;
using Simkl.Site.Model;
using Simkl.Site.Tests.TestSupport;
using Simkl.Site.Tests.Urls;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>
/// Golden files for representative pages: the output is the contract. After an intended change,
/// refresh them with <c>UPDATE_GOLDEN=1 dotnet test --filter GoldenTests</c> and review the diff.
/// Asset fingerprints are normalised so a CSS edit does not churn every golden.
/// </summary>
public sealed partial class GoldenTests(GoldenTests.Built built) : IClassFixture<GoldenTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = new TestSite
            {
                Settings = new()
                {
                    BaseUrl = "https://cal.example.org",
                    Title = "Golden Calendar",
                    TimeZone = "Europe/Berlin",
                    ClientId = "golden-client",
                },
            };
            var tv = Site.Show(9100101, "Harbor Lights", with: t => t with
            {
                PosterPath = "37/3791c0de4a55e1f2b",
                FanartPath = "71/710408ec0a1bd207",
                Overview = "A lighthouse keeper&#39;s daughter returns home.<br><br>Nothing is <i>as she left it</i>.<script>x</script>",
                Genres = ["Drama", "Mystery"],
                Network = "Northwind TV",
                Country = "us",
                RuntimeMinutes = 45,
                Status = "ongoing",
                Rank = 1234,
                Ratings = [new Rating("simkl", 8.25, 2473), new Rating("imdb", 7.9, 71003)],
                Ids = new Dictionary<string, string> { ["tmdb"] = "1402", ["imdb"] = "tt1520211" },
                Year = 2024,
                Trailer = "dQw4w9WgXcQ",
            });
            Site.Episode(tv, "2026-11-20T01:00:00Z", 2, 6, "Low Tide", url: "/tv/9100101/harbor-lights/season-2/episode-6/");
            Site.Episode(tv, "2026-11-27T23:30:00Z", 2, 7, "Undertow", url: "/tv/9100101/harbor-lights/season-2/episode-7/");
            Site.Episode(tv, "2026-12-04T23:30:00Z", 2, 8, "The Last Light", FinaleKind.Season, "/tv/9100101/harbor-lights/season-2/episode-8/");
            var binge = Site.Show(9100106, "Velvet Circuit", with: t => t with { PosterPath = null });
            for (var e = 1; e <= 4; e++)
            {
                Site.Episode(binge, "2026-11-28T08:00:00Z", 1, e, $"Part {e}");
            }

            var anime = Site.Show(9300401, "Hoshikage Rangers", MediaKind.Anime, t => t with { Ids = new Dictionary<string, string> { ["mal"] = "4246" } });
            Site.Episode(anime, "2026-11-28T15:30:00Z", null, 1);
            var movie = Site.Movie(9500042, "The Glass Orchard");
            Site.Release(movie, "2026-11-28");
            Site.Build();
        }

        public TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    [Theory]
    [InlineData("tv/9100101/harbor-lights/index.html", "title-tv.html")]
    [InlineData("calendar/2026/11/28/index.html", "day.html")]
    [InlineData("404.html", "404.html")]
    public void Page_matches_its_golden_file(string page, string golden)
    {
        var actual = Fingerprint().Replace(built.Site.Text(page), "/assets/$1.FINGERPRINT.$2");
        var path = Path.Combine(TestSite.RepoRoot, "tests", "Simkl.Site.Tests", "Fixtures", "Site", "golden", golden);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    [GeneratedRegex(@"/assets/([a-z0-9_-]+)\.[0-9a-f]{8}\.([a-z0-9]+)")]
    private static partial Regex Fingerprint();
}
