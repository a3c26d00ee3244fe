using System.Text;
using Simkl.Site.Model;
using Simkl.Site.Load;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// Feeds every parser (v1 and v2 calendars, trending, premieres, airing, best) seeded random and
/// extreme values and checks that none throws, that a file of the right shape is never lost
/// because of a value inside it, and that what comes out is inside the loader's bounds. Seeds
/// are fixed, so each run checks the same cases and a failure names the seed that reproduces it.
/// </summary>
public class LoaderFuzzTests
{
    /// <summary>Cases per parser and mode: enough to hit every value list many times, quick enough for CI.</summary>
    private const int Seeds = 60;

    public static readonly SourceRecord[] Sources =
    [
        LoadHarness.Record(SourceType.CalendarV2, MediaKind.Tv, "data/calendar/v2/tv.json", id: "calendar-v2/tv"),
        LoadHarness.Record(SourceType.CalendarV2, MediaKind.Anime, "data/calendar/v2/2026/10/anime.json", month: "2026-10", id: "calendar-v2/2026-10/anime"),
        LoadHarness.Record(SourceType.CalendarV2, MediaKind.Movie, "data/calendar/v2/movie_release.json", id: "calendar-v2/movie"),
        LoadHarness.Record(SourceType.CalendarV1, MediaKind.Tv, "data/calendar/tv.json", id: "calendar-v1/tv"),
        LoadHarness.Record(SourceType.CalendarV1, MediaKind.Anime, "data/calendar/anime.json", id: "calendar-v1/anime"),
        LoadHarness.Record(SourceType.CalendarV1, MediaKind.Movie, "data/calendar/movie_release.json", id: "calendar-v1/movie"),
        LoadHarness.Record(SourceType.Trending, MediaKind.Tv, "data/discover/trending/tv/today_100.json", variant: "today", id: "trending/tv/today"),
        LoadHarness.Record(SourceType.Trending, MediaKind.Movie, "data/discover/trending/movies/week_100.json", variant: "week", id: "trending/movies/week"),
        LoadHarness.Record(SourceType.Premieres, MediaKind.Tv, "api/tv/premieres/soon/1.json", variant: "soon", page: 1, id: "premieres/tv/soon/1"),
        LoadHarness.Record(SourceType.Airing, MediaKind.Anime, "api/anime/airing/today.json", variant: "today", id: "airing/anime/today"),
        LoadHarness.Record(SourceType.Best, MediaKind.Tv, "api/tv/best/all.json", variant: "all", id: "best/tv/all"),
    ];

    [Fact]
    public void Random_values_in_well_shaped_files_never_lose_the_file_or_escape_the_bounds()
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            var fuzz = new FuzzJson(seed);
            var parsed = new List<ParsedSource>();
            foreach (var source in Sources)
            {
                var body = fuzz.Document(source.Type);
                var result = ParseOrFail(body, source, seed);
                Assert.True(result.Usable, $"seed {seed}, {source.Id}: the file was lost: {Warnings(result)}");
                parsed.Add(result);
            }

            var merged = MergeOrFail(parsed, seed);
            AssertInBounds(merged, seed);
        }
    }

    [Fact]
    public void Random_json_of_any_shape_is_a_warning_never_an_exception()
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            var fuzz = new FuzzJson(1_000 + seed);
            var parsed = new List<ParsedSource>();
            foreach (var source in Sources)
            {
                foreach (var first in new[] { '[', '{' })
                {
                    var result = ParseOrFail(fuzz.Anything(first), source, seed);
                    if (!result.Usable)
                    {
                        var flushed = new LoadWarnings();
                        result.Context.Warnings.FlushTo(flushed);
                        Assert.NotEmpty(flushed.ToList());
                    }

                    parsed.Add(result);
                }
            }

            AssertInBounds(MergeOrFail(parsed, seed), seed);
        }
    }

    private const string Brackets = "\"[]{}:,\\";

    [Fact]
    public void Damaged_bytes_are_a_warning_never_an_exception()
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(2_000 + seed);
            var fuzz = new FuzzJson(2_000 + seed);
            var parsed = new List<ParsedSource>();
            foreach (var source in Sources)
            {
                var bytes = Encoding.UTF8.GetBytes(fuzz.Document(source.Type));
                for (var n = random.Next(1, 4); n > 0 && bytes.Length > 0; n--)
                {
                    // Invalid UTF-8 lead and continuation bytes, NUL, quotes and brackets.
                    bytes[random.Next(bytes.Length)] = (byte)(random.Next(4) switch { 0 => 0xFF, 1 => 0x80, 2 => 0x00, _ => (byte)Brackets[random.Next(Brackets.Length)] });
                }

                try
                {
                    parsed.Add(LoadHarness.Parse(bytes, source));
                }
                catch (Exception e)
                {
                    Assert.Fail($"seed {seed}, {source.Id}: {e.GetType().Name}: {e.Message}");
                }
            }

            AssertInBounds(MergeOrFail(parsed, seed), seed);
        }
    }

    [Fact]
    public void Invalid_utf8_inside_a_text_costs_no_file()
    {
        var body = Encoding.UTF8.GetBytes("""
            { "calendar": [ { "simkl_id": 1, "date": "2026-10-07T01:00:00Z" } ],
              "metadata": { "1": { "title": "Bad XX byte", "network": "XX", "genres": ["XX"], "ids": { "simkl_id": 1, "imdb": "XX" } } } }
            """);
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] == 'X' && body[i + 1] == 'X')
            {
                body[i] = 0xFF;
                body[i + 1] = 0xC3;
            }
        }

        var result = LoadHarness.Parse(body, Sources[0]);

        Assert.True(result.Usable, Warnings(result));
        var title = Assert.Single(MergeOrFail([result], seed: -1).Titles.Values);
        Assert.StartsWith("Bad ", title.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_in_every_text_field_cost_no_file()
    {
        foreach (var text in new[] { "\\u0000", "a\\u0000b", "\\ud800", "\\udfff\\ud800", "\\u001b[2J\\r\\n", "\\ud83d" })
        {
            var v2 = $$"""
                { "calendar": [ { "simkl_id": 1, "date": "2026-10-07T01:00:00Z", "episode": { "season": 1, "episode": 1, "title": "{{text}}", "url": "{{text}}" } } ],
                  "metadata": { "1": { "title": "{{text}}", "title_romaji": "{{text}}", "network": "{{text}}", "overview": "{{text}}", "genres": ["{{text}}"],
                                       "country": "{{text}}", "status": "{{text}}", "runtime": "{{text}}", "poster": "{{text}}", "url": "{{text}}",
                                       "release_date": "{{text}}", "ids": { "simkl_id": 1, "slug": "{{text}}", "imdb": "{{text}}" } } } }
                """;

            var result = ParseOrFail(v2, Sources[0], seed: -1);

            Assert.True(result.Usable, $"{text}: {Warnings(result)}");
            var merged = MergeOrFail([result], seed: -1);
            Assert.Single(merged.Airings);
        }
    }

    private static ParsedSource ParseOrFail(string body, SourceRecord source, int seed)
    {
        try
        {
            return LoadHarness.Parse(Encoding.UTF8.GetBytes(body), source);
        }
        catch (Exception e)
        {
            Assert.Fail($"seed {seed}, {source.Id}: {e.GetType().Name}: {e.Message}\n{Preview(body)}");
            throw;
        }
    }

    private static LoadCatalogue.Merged MergeOrFail(IReadOnlyList<ParsedSource> parsed, int seed)
    {
        try
        {
            return LoadCatalogue.Merge(parsed);
        }
        catch (Exception e)
        {
            Assert.Fail($"seed {seed}: merge threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            throw;
        }
    }

    /// <summary>
    /// A written date is inside the range; its UTC instant may sit up to 14 hours outside, and a
    /// New York or Tokyo day taken from it one day outside.
    /// </summary>
    private static readonly DateTimeOffset EarliestInstant = new(1899, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset LatestInstant = new(2101, 1, 1, 14, 0, 0, TimeSpan.Zero);

    private static void AssertInBounds(LoadCatalogue.Merged merged, int seed)
    {
        foreach (var a in merged.Airings)
        {
            Assert.InRange(a.When.SortKey, EarliestInstant, LatestInstant);
            Assert.True(a.Episode is null or (>= 0 and <= EpisodeFields.MaxEpisode), $"seed {seed}: episode {a.Episode}");
            Assert.True(a.Season is null or (>= 0 and <= EpisodeFields.MaxSeason), $"seed {seed}: season {a.Season}");
            Assert.True((a.EpisodeTitle?.Length ?? 0) <= JsonValues.MaxWordLength, $"seed {seed}: episode title of {a.EpisodeTitle?.Length}");
        }

        foreach (var t in merged.Titles.Values)
        {
            Assert.True(t.Name.Length <= JsonValues.MaxTextLength, $"seed {seed}: name of {t.Name.Length}");
            Assert.True((t.Network?.Length ?? 0) <= JsonValues.MaxWordLength, $"seed {seed}: network of {t.Network?.Length}");
            Assert.True((t.Overview?.Length ?? 0) <= JsonValues.MaxOverviewLength, $"seed {seed}: overview of {t.Overview?.Length}");
            Assert.True(t.RuntimeMinutes is null or (> 0 and <= RuntimeText.MaxMinutes), $"seed {seed}: runtime {t.RuntimeMinutes}");
            Assert.True(t.ReleaseDate is null || DateBounds.Contains(t.ReleaseDate.Value), $"seed {seed}: release {t.ReleaseDate}");
            Assert.All(t.Ratings, r => Assert.True(r.Value is null or (> 0 and <= 10), $"seed {seed}: rating {r.Value}"));
            Assert.All(t.Ids.Values, v => Assert.True(v.Length <= 100, $"seed {seed}: id of {v.Length}"));
        }

        foreach (var entry in merged.Lists.SelectMany(l => l.Entries))
        {
            if (entry.When is { } when)
            {
                Assert.InRange(when.SortKey, EarliestInstant, LatestInstant);
            }
        }
    }

    private static string Warnings(ParsedSource result)
    {
        var flushed = new LoadWarnings();
        result.Context.Warnings.FlushTo(flushed);
        return string.Join("; ", flushed.ToList().Select(w => $"[{w.Code}] {w.Message}"));
    }

    private static string Preview(string body) => body.Length > 2_000 ? body[..2_000] + "…" : body;
}
