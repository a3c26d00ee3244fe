using Simkl.Site.Model;
using Simkl.Site.Fetch;
using Simkl.Site.Urls;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.Fetch;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// The data rules of docs/data-rules.md, one test per rule: the same airing read from v1, v2 or a
/// list is the same <see cref="Airing"/>; slugs fold accents; the User-Agent is a setting.
/// </summary>
public class RealDataRulesTests
{
    /// <summary>(kind, v1 "date", v2 "date", has an episode, expected MachineValue, date-only).</summary>
    public static TheoryData<string, string, string, bool, string, bool> SameAiringCases() => new()
    {
        // Anime episode at 24:00 JST: v1 writes the Tokyo wall clock, v2 the UTC instant.
        { "anime", "2026-09-24T00:00:00+09:00", "2026-09-23T15:00:00Z", true, "2026-09-23T15:00:00Z", false },
        // Anime episode at New York midnight = 13:00 JST: a real daytime slot in both.
        { "anime", "2026-10-07T13:00:00+09:00", "2026-10-07T04:00:00Z", true, "2026-10-07T04:00:00Z", false },
        { "anime", "2026-01-15T14:00:00+09:00", "2026-01-15T05:00:00Z", true, "2026-01-15T05:00:00Z", false },
        // An anime film (no episode) is a release: its Tokyo date.
        { "anime", "2026-10-09T00:00:00+09:00", "2026-10-08T15:00:00Z", false, "2026-10-09", true },
        // TV at New York midnight: a date, summer and winter.
        { "tv", "2026-10-08T00:00:00-04:00", "2026-10-08T04:00:00Z", true, "2026-10-08", true },
        { "tv", "2026-01-16T00:00:00-05:00", "2026-01-16T05:00:00Z", true, "2026-01-16", true },
        // TV at a real time.
        { "tv", "2026-10-06T21:00:00-04:00", "2026-10-07T01:00:00Z", true, "2026-10-07T01:00:00Z", false },
        { "tv", "2026-01-15T23:00:00-05:00", "2026-01-16T04:00:00Z", true, "2026-01-16T04:00:00Z", false },
        // Movies are dates: the New York date.
        { "movies", "2026-10-10T00:00:00-04:00", "2026-10-10T04:00:00Z", false, "2026-10-10", true },
    };

    [Theory]
    [MemberData(nameof(SameAiringCases))]
    public void The_same_airing_read_from_v1_and_v2_is_the_same_airing(string section, string v1Date, string v2Date, bool hasEpisode, string expected, bool dateOnly)
    {
        Assert.True(MediaKindNames.TryParseSection(section, out var kind));
        var episodeV1 = !hasEpisode ? "" : kind == MediaKind.Tv ? """, "episode": { "season": 2, "episode": 5 }""" : """, "episode": { "episode": 5 }""";
        var v1 = $$"""[ { "title": "Same Show", "date": "{{v1Date}}", "ids": { "simkl_id": 9400001, "slug": "same-show" }{{episodeV1}} } ]""";
        var v2 = $$"""{ "calendar": [ { "simkl_id": 9400001, "date": "{{v2Date}}"{{episodeV1}} } ], "metadata": { "9400001": { "title": "Same Show", "ids": { "simkl_id": 9400001 } } } }""";

        var fromV1 = Assert.Single(LoadHarness.Merge(LoadHarness.Parse(v1, LoadHarness.Record(SourceType.CalendarV1, kind, "v1.json"))).Airings);
        var fromV2 = Assert.Single(LoadHarness.Merge(LoadHarness.Parse(v2, LoadHarness.Record(SourceType.CalendarV2, kind, "v2.json"))).Airings);

        Assert.Equal(fromV2, fromV1 with { SourceFile = fromV2.SourceFile });
        Assert.Equal(expected, fromV2.When.MachineValue);
        Assert.Equal(dateOnly, fromV2.When.IsDateOnly);
    }

    [Theory]
    [InlineData("tv", "2026-10-08T00:00:00-05:00", "2026-10-08T04:00:00Z", "2026-10-08")] // the API's fixed -05:00, in summer
    [InlineData("tv", "2026-12-03T00:00:00-05:00", "2026-12-03T05:00:00Z", "2026-12-03")]
    [InlineData("anime", "2026-10-08T00:00:00+09:00", "2026-10-07T15:00:00Z", "2026-10-08")]
    public void A_premiere_list_date_lands_where_the_calendar_puts_the_same_release(string section, string listDate, string v2Date, string expected)
    {
        Assert.True(MediaKindNames.TryParseSection(section, out var kind));
        var list = $$"""[ { "title": "Paper Satellites", "year": 2026, "date": "{{listDate}}", "url": "/{{section}}/9100124/paper-satellites", "poster": "", "ids": { "simkl_id": 9100124, "slug": "paper-satellites" }, "rank": null } ]""";
        var v2 = $$"""{ "calendar": [ { "simkl_id": 9100124, "date": "{{v2Date}}" } ], "metadata": { "9100124": { "title": "Paper Satellites", "ids": { "simkl_id": 9100124 } } } }""";

        var entry = Assert.Single(Assert.Single(LoadHarness.Merge(LoadHarness.Parse(list, LoadHarness.Record(SourceType.Premieres, kind, "p.json", variant: "soon"))).Lists).Entries);
        var airing = Assert.Single(LoadHarness.Merge(LoadHarness.Parse(v2, LoadHarness.Record(SourceType.CalendarV2, kind, "v2.json"))).Airings);

        Assert.Equal(expected, entry.When!.Value.MachineValue);
        Assert.True(entry.When!.Value.IsDateOnly);
        Assert.Equal(entry.When, airing.When);
    }

    [Fact]
    public void A_null_list_date_is_kept_and_counted_never_dropped()
    {
        var body = """[ { "title": "Kumori Academy Nights ", "year": 2026, "date": null, "poster": "", "rank": 4102, "url": "/anime/9300456/kumori-gakuen-no-yoru", "ids": { "simkl_id": 9300456, "slug": "kumori-gakuen-no-yoru" }, "episode": { "episode": 14, "url": "/anime/9300456/kumori-gakuen-no-yoru/episode-14" }, "anime_type": "tv" } ]""";
        var merged = LoadHarness.Merge(LoadHarness.Parse(body, LoadHarness.Record(SourceType.Airing, MediaKind.Anime, "a.json", variant: "today")));

        var entry = Assert.Single(Assert.Single(merged.Lists).Entries);
        Assert.Null(entry.When);
        Assert.Equal(14, entry.Episode);
        Assert.Equal(1, LoadWarnings.CountByCode(merged.Warnings)[Simkl.Site.Load.WarningCodes.DateMissing]);
    }

    [Theory]
    [InlineData("Pokémon Café", "pokemon-cafe")]
    [InlineData("Straße der Sehnsucht", "strasse-der-sehnsucht")]
    [InlineData("Ørsted & Æble", "orsted-aeble")]
    [InlineData("Łódź Œuvre þorn", "lodz-oeuvre-thorn")]
    [InlineData("pok%C3%A9mon-caf%C3%A9", "pokemon-cafe")]
    [InlineData("Señor Niño: Çà et là", "senor-nino-ca-et-la")]
    [InlineData("Ĳssel Đakovo Ħamrun", "ijssel-dakovo-hamrun")]
    public void Slugs_fold_accents_under_invariant_globalization(string text, string expected)
    {
        Assert.Equal(expected, Slugs.Sanitise(text));
    }

    [Fact]
    public void A_title_with_nothing_latin_falls_back_to_romaji_then_to_the_id()
    {
        Assert.Equal("shingeki-no-kyojin", Slugs.ForTitle(9300001, null, "進撃の巨人", "Shingeki no Kyojin"));
        Assert.Equal("9300002", Slugs.ForTitle(9300002, "%E9%80%B2%E6%92%83", "進撃の巨人", null));
        Assert.Equal("title", Slugs.Sanitise("進撃の巨人"));
    }

    [Fact]
    public void The_user_agent_names_the_project_and_version_and_no_placeholder()
    {
        Assert.Matches(@"^Simkl\.Site/\d+\.\d+\.\d+\S*$", new FetchOptions().UserAgent);
        Assert.DoesNotContain("github.com", new FetchOptions().UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_user_agent_is_a_setting_checked_like_a_header_value()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-ua-").FullName;
        try
        {
            var path = Path.Combine(dir, "site.json");
            File.WriteAllText(path, """{ "userAgent": "MyCalendar/2.0 (+https://cal.example.org)" }""");
            Assert.Equal("MyCalendar/2.0 (+https://cal.example.org)", SiteSettingsLoader.Load(path, _ => null).UserAgent);

            File.WriteAllText(path, """{ "userAgent": "bad\r\nX-Injected: 1" }""");
            var e = Assert.Throws<SiteException>(() => SiteSettingsLoader.Load(path, _ => null));
            Assert.Contains("userAgent", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Fetch_sends_the_configured_user_agent_on_every_request()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Settings = h.Settings with { UserAgent = "MyCalendar/2.0 (+https://cal.example.org)" };

        await h.FetchAsync();

        Assert.NotEmpty(h.Fake.Requests);
        Assert.All(h.Fake.Requests, r => Assert.Equal("MyCalendar/2.0 (+https://cal.example.org)", r.Header("User-Agent")));
    }
}
