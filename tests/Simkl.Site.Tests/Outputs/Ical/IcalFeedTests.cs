using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Simkl.Site.Model;
using Simkl.Site.Outputs;
using Simkl.Site.Outputs.Html;
using Simkl.Site.Outputs.Ical;
using Simkl.Site.Index;
using Simkl.Site.Urls;
using Simkl.Site.Tests.TestSupport;
using static Simkl.Site.Tests.Outputs.FeedTestSite;

namespace Simkl.Site.Tests.Outputs.Ical;

public sealed class IcalFeedTests
{
    private static Dictionary<string, OutputFile> Build(BuildContext? context = null) =>
        Files(new BuildIcalFeeds(), context ?? Context());

    private static Calendar Parse(OutputFile file) =>
        Calendar.Load(file.Text()) ?? throw new InvalidOperationException(file.Path + " did not parse");

    private static CalendarEvent Event(OutputFile file, string uidPrefix) =>
        Parse(file).Events.Single(e => e.Uid!.StartsWith(uidPrefix, StringComparison.Ordinal));

    // A build writes the feeds from several threads, both variants of a feed in one pass over its
    // airings: the files equal the ordered ones, and each variant serialised on its own.
    [Fact]
    public void Feeds_written_in_parallel_equal_the_ordered_ones_and_each_variant_made_alone()
    {
        var context = Context();
        var index = SiteIndex.Build(context);
        var ordered = new BuildIcalFeeds().Generate(context, index).ToList();
        var parallel = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        new BuildIcalFeeds().Generate(context, index, 4, (path, content) => Assert.True(parallel.TryAdd(path, content.ToArray()), path));

        Assert.Equal(ordered.Select(f => f.Path).Order(StringComparer.Ordinal), parallel.Keys.Order(StringComparer.Ordinal));
        Assert.All(ordered, f => Assert.Equal(f.Content.ToArray(), parallel[f.Path]));
        foreach (var feed in PlanIcalFeeds.Plan(context, index))
        {
            foreach (var allDay in new[] { false, true })
            {
                var alone = IcalSerializer.Serialize(WriteIcalFeed.Calendar(context, feed, allDay), WriteIcalFeed.Events(context, feed, allDay));
                Assert.Equal(alone, parallel[SiteUrls.File(allDay ? feed.AllDayPath : feed.TimedPath)]);
            }
        }
    }

    [Fact]
    public void Writes_the_feed_matrix_in_both_variants()
    {
        var files = Build();
        string[] expected =
        [
            "ics/all.ics", "ics/all-allday.ics", "ics/tv.ics", "ics/tv-allday.ics", "ics/anime.ics", "ics/anime-allday.ics",
            "ics/movies.ics", "ics/movies-allday.ics", "ics/premieres.ics", "ics/premieres-allday.ics",
            "ics/finales.ics", "ics/finales-allday.ics",
            "ics/tv/9100123.ics", "ics/tv/9100123-allday.ics", "ics/tv/9100200.ics", "ics/tv/9100999-allday.ics",
            "ics/anime/9300456.ics", "ics/anime/9300900-allday.ics", "ics/movies/9500042.ics", "ics/movies/9500042-allday.ics",
        ];
        foreach (var path in expected)
        {
            Assert.True(files.ContainsKey(path), $"missing {path}");
        }

        // 6 site-wide feeds + 7 titles, each timed and all-day.
        Assert.Equal((6 + 7) * 2, files.Count);
    }

    [Fact]
    public void Feeds_hold_the_right_events()
    {
        var files = Build();
        string[] Uids(string path) => [.. Parse(files[path]).Events.Select(e => e.Uid!)];

        // Site-wide feeds cover 7 days back (from 20 Nov) to the end of the upcoming window: the
        // October finale and the June 2025 airing are left out.
        Assert.Equal(
            ["tv-9100200-s1e1", "tv-9100123-s3e4", "anime-9300456-s0e14", "tv-9100123-s0e1", "anime-9300777-s0e1", "anime-9300900-d20261202", "movie-9500042-d20261204", "tv-9100123-s3e5"],
            Uids("ics/all.ics").Select(u => u.Split('@')[0]));
        Assert.All(Uids("ics/all.ics"), u => Assert.EndsWith("@cal.example.org", u));
        Assert.Equal(4, Uids("ics/tv.ics").Length);
        Assert.Equal(3, Uids("ics/anime.ics").Length);
        Assert.Single(Uids("ics/movies.ics"));
        Assert.Equal(["tv-9100200-s1e1@cal.example.org", "anime-9300777-s0e1@cal.example.org"], Uids("ics/premieres.ics"));
        Assert.Equal(["tv-9100123-s3e4@cal.example.org"], Uids("ics/finales.ics"));

        // A title's own feed keeps everything in the calendar window (from Nov 2025, monthsBack 12).
        Assert.Equal(
            ["tv-9100123-s2e8", "tv-9100123-s3e4", "tv-9100123-s0e1", "tv-9100123-s3e5"],
            Uids("ics/tv/9100123.ics").Select(u => u.Split('@')[0]));
        Assert.Empty(Uids("ics/tv/9100999.ics"));
        Assert.Equal(Uids("ics/all.ics"), Uids("ics/all-allday.ics"));
    }

    [Theory]
    [InlineData(-8, false, false)]
    [InlineData(-7, true, true)]
    [InlineData(0, true, true)]
    [InlineData(13, true, true)]
    [InlineData(14, false, true)]
    [InlineData(90, false, true)]
    public void Site_wide_feeds_cover_seven_days_back_and_the_upcoming_window(int daysFromToday, bool inAllAndKind, bool inPremieresAndTitle)
    {
        // Today is 27 Nov 2026 (UTC) and upcomingDays is 14: the window ends on 10 Dec.
        var premiere = Tv(Harbor, 4, 1, CapturedAt.AddDays(daysFromToday), "Opening");
        var files = Build(Context(NewCatalogue([.. Airings(), premiere])));
        bool Has(string path) => Parse(files[path]).Events.Any(e => e.Uid!.StartsWith("tv-9100123-s4e1@", StringComparison.Ordinal));

        Assert.Equal(inAllAndKind, Has("ics/all.ics"));
        Assert.Equal(inAllAndKind, Has("ics/tv-allday.ics"));
        Assert.Equal(inPremieresAndTitle, Has("ics/premieres.ics"));
        Assert.True(Has("ics/tv/9100123.ics"));
    }
    [Fact]
    public void Calendar_properties_are_set()
    {
        var text = Build()["ics/tv.ics"].Text();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nPRODID:-//Simkl.Site//Simkl.Site feeds 1.0//EN\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nX-WR-CALNAME:Test Cal: TV episodes\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nNAME:Test Cal: TV episodes\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nX-PUBLISHED-TTL:PT6H\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nMETHOD:PUBLISH\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nSOURCE;VALUE=URI:https://cal.example.org/ics/tv.ics\r\n", text, StringComparison.Ordinal);
        Assert.Contains("X-WR-CALNAME:Test Cal: TV episodes (all-day)\r\n", Build()["ics/tv-allday.ics"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Timed_events_are_utc_instants_with_end_from_runtime()
    {
        var files = Build();
        var harbor = Event(files["ics/all.ics"], "tv-9100123-s3e4");
        Assert.True(harbor.DtStart!.HasTime);
        Assert.Equal(new DateTime(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc), harbor.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 28, 1, 50, 0, DateTimeKind.Utc), harbor.DtEnd!.AsUtc); // runtime 50

        var anime = Event(files["ics/all.ics"], "anime-9300456-s0e14");
        Assert.Equal(TimeSpan.FromMinutes(24), anime.DtEnd!.AsUtc - anime.DtStart!.AsUtc); // default for anime
        var hostile = Event(files["ics/all.ics"], "tv-9100200-s1e1");
        Assert.Equal(TimeSpan.FromMinutes(45), hostile.DtEnd!.AsUtc - hostile.DtStart!.AsUtc); // default for TV

        var text = files["ics/all.ics"].Text();
        Assert.Contains("\r\nDTSTART:20261128T010000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTEND:20261128T015000Z\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_only_releases_are_all_day_with_exclusive_end_even_in_timed_feeds()
    {
        var movie = Event(Build()["ics/movies.ics"], "movie-9500042");
        Assert.False(movie.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 12, 4), movie.DtStart.Date);
        Assert.Equal(new DateOnly(2026, 12, 5), movie.DtEnd!.Date);
        var text = Build()["ics/movies.ics"].Text();
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20261204\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTEND;VALUE=DATE:20261205\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void All_day_variant_uses_the_day_in_the_site_zone_and_an_exclusive_end()
    {
        // 01:00 UTC on 28 Nov is still 27 Nov in New York.
        var files = Build(Context(zone: "America/New_York"));
        var ev = Event(files["ics/tv-allday.ics"], "tv-9100123-s3e4");
        Assert.False(ev.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 11, 27), ev.DtStart.Date);
        Assert.Equal(new DateOnly(2026, 11, 28), ev.DtEnd!.Date);
        foreach (var e in Parse(files["ics/all-allday.ics"]).Events)
        {
            Assert.False(e.DtStart!.HasTime);
            Assert.Equal(e.DtStart.Date.AddDays(1), e.DtEnd!.Date);
        }

        // Date-only values never move with the zone.
        Assert.Equal(new DateOnly(2026, 12, 4), Event(files["ics/movies-allday.ics"], "movie-").DtStart!.Date);
    }

    [Fact]
    public void Summaries_follow_kind_and_spoiler_safe_mode()
    {
        var files = Build();
        Assert.Equal("Harbor Lights S03E04: The Tide", Event(files["ics/all.ics"], "tv-9100123-s3e4").Summary);
        Assert.Equal("Harbor Lights S03E05", Event(files["ics/all.ics"], "tv-9100123-s3e5").Summary);
        Assert.Equal("Star Drift E14", Event(files["ics/all.ics"], "anime-9300456").Summary);
        Assert.Equal("Anime Film", Event(files["ics/all.ics"], "anime-9300900").Summary);
        Assert.Equal("Quiet Orbit", Event(files["ics/all.ics"], "movie-9500042").Summary);

        var safe = Build(Context(spoilerSafe: true));
        Assert.Equal("Harbor Lights S03E04", Event(safe["ics/all.ics"], "tv-9100123-s3e4").Summary);
        Assert.DoesNotContain("The Tide", safe["ics/all.ics"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Description_links_simkl_and_mark_as_watched_only_with_a_client_id()
    {
        var with = Event(Build()["ics/all.ics"], "tv-9100123-s3e4");
        Assert.Equal("https://simkl.com/tv/9100123/harbor-lights/season-3/episode-4/", with.Url!.ToString());
        Assert.Contains("Season finale.", with.Description!, StringComparison.Ordinal);
        Assert.Contains("On Simkl: https://simkl.com/tv/9100123/harbor-lights/season-3/episode-4/", with.Description!, StringComparison.Ordinal);
        Assert.Contains("Mark as watched on Simkl: https://api.simkl.com/redirect?to=watched&tmdb=555&type=show&imdb=tt0000555&title=Harbor%20Lights&year=2024&season=3&episode=4&client_id=test-client", with.Description!, StringComparison.Ordinal);
        Assert.Contains("Season finale", with.Categories);

        var without = Build(Context(clientId: null));
        Assert.DoesNotContain("redirect?to=watched", without["ics/all.ics"].Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Mark as watched", without["ics/all.ics"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_input_built_twice_gives_identical_bytes()
    {
        var first = Build(Context(NewCatalogue()));
        var airings = Airings();
        airings.Reverse(); // input order must not matter
        var second = Build(Context(NewCatalogue(airings)));
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, file) in first)
        {
            Assert.True(file.Content.Span.SequenceEqual(second[path].Content.Span), $"{path} differs between builds");
        }
    }

    [Fact]
    public void A_moved_episode_keeps_its_uid()
    {
        var before = Event(Build()["ics/tv.ics"], "tv-9100123-s3e4");
        var airings = Airings();
        var i = airings.FindIndex(a => a.Key == "tv-9100123-s3e4");
        airings[i] = airings[i] with { When = AiringTime.At(Utc(2026, 12, 2, 3, 0)) };
        var after = Event(Build(Context(NewCatalogue(airings)))["ics/tv.ics"], "tv-9100123-s3e4");
        Assert.Equal(before.Uid, after.Uid);
        Assert.NotEqual(before.DtStart!.AsUtc, after.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 2, 3, 0, 0, DateTimeKind.Utc), after.DtStart.AsUtc);
    }

    [Fact]
    public void Without_history_every_event_is_stamped_with_the_capture_time_at_sequence_0()
    {
        foreach (var file in Build().Values)
        {
            foreach (var e in Parse(file).Events)
            {
                Assert.Equal(CapturedAt.UtcDateTime, e.DtStamp!.AsUtc);
                Assert.Equal(CapturedAt.UtcDateTime, e.LastModified!.AsUtc);
                Assert.Equal(0, e.Sequence);
            }
        }
    }

    [Fact]
    public void Dtstamp_last_modified_and_sequence_come_from_the_airings_revision()
    {
        var changed = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);
        var context = Context() with
        {
            Revisions = new Dictionary<string, AiringRevision> { ["tv-9100123-s3e4"] = new(changed, 3) },
        };
        var files = Build(context);

        var moved = Event(files["ics/tv.ics"], "tv-9100123-s3e4");
        Assert.Equal(changed.UtcDateTime, moved.DtStamp!.AsUtc);
        Assert.Equal(changed.UtcDateTime, moved.LastModified!.AsUtc);
        Assert.Equal(3, moved.Sequence);
        var text = files["ics/tv.ics"].Text();
        Assert.Contains("\r\nDTSTAMP:20261120T060000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nLAST-MODIFIED:20261120T060000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nSEQUENCE:3\r\n", text, StringComparison.Ordinal);

        // Airings the revisions do not know are first seen in this snapshot.
        var other = Event(files["ics/tv.ics"], "tv-9100123-s3e5");
        Assert.Equal(CapturedAt.UtcDateTime, other.DtStamp!.AsUtc);
        Assert.Equal(0, other.Sequence);
    }

    [Fact]
    public void Hostile_text_is_escaped_per_rfc5545_and_round_trips()
    {
        var file = Build()["ics/tv/9100200.ics"];
        var text = file.Text();
        var expectedSummary = $"{HostileName} S01E01: {HostileEpisode}";
        Assert.Equal(expectedSummary, Event(file, "tv-9100200").Summary);
        Assert.Equal(HostileName + " (TV) · Test Cal", Parse(file).Properties["X-WR-CALNAME"]!.Value as string);

        // Raw form: , ; \ and newlines escaped; no line longer than 75 octets; CRLF only.
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        var summaryLine = unfolded.Split("\r\n").Single(l => l.StartsWith("SUMMARY:", StringComparison.Ordinal));
        Assert.Equal(
            "SUMMARY:<script>alert(1)</script>\\, \"quoted\"\\; back\\\\slash\\nnew line \u202Eesrever\u202C 😀 \"><img src=x onerror=alert(1)> S01E01: Ep\\; one\\, \\\\two\\\\ <b>bold</b> 'single' \u05E9\u05DC\u05D5\u05DD",
            summaryLine);
        AssertWellFormedLines(file);
    }

    [Fact]
    public void Control_characters_in_data_cannot_break_lines()
    {
        var evil = Hostile with { Name = "Bad\r\nBEGIN:VEVENT\rUID:x\u0000\u0007 name" };
        var titles = Titles().Where(t => t.SimklId != Hostile.SimklId).Append(evil);
        var file = Build(Context(NewCatalogue(titles: titles)))["ics/tv/9100200.ics"];
        AssertWellFormedLines(file);
        Assert.Single(Parse(file).Events);
        Assert.Equal("Bad\nBEGIN:VEVENT\nUID:x name S01E01: " + HostileEpisode, Parse(file).Events.Single().Summary);
    }

    [Fact]
    public void Every_feed_parses_with_ical_js_and_agrees_with_ical_net()
    {
        var files = Build();
        var dir = Directory.CreateTempSubdirectory("simkl-ics-");
        try
        {
            var paths = new List<string>();
            foreach (var (path, file) in files)
            {
                var full = Path.Combine(dir.FullName, path.Replace('/', '_'));
                File.WriteAllBytes(full, file.Content.ToArray());
                paths.Add(full);
            }

            var json = NodeScript.Run("parse-ics.mjs", "ical.js", [.. paths]);
            using var doc = JsonDocument.Parse(json);
            Assert.Equal(files.Count, doc.RootElement.GetArrayLength());
            foreach (var cal in doc.RootElement.EnumerateArray())
            {
                var name = Path.GetFileName(cal.GetProperty("file").GetString()!);
                var ours = Parse(files.Single(f => f.Key.Replace('/', '_') == name).Value);
                Assert.Equal("2.0", cal.GetProperty("version").GetString());
                Assert.Equal(WriteIcalFeed.ProductId, cal.GetProperty("prodid").GetString());
                Assert.Equal(ours.Properties["X-WR-CALNAME"]!.Value as string, cal.GetProperty("calname").GetString());
                Assert.Equal(cal.GetProperty("calname").GetString(), cal.GetProperty("name").GetString());
                Assert.Equal("PT6H", cal.GetProperty("refreshInterval").GetString());
                Assert.Equal("duration", cal.GetProperty("refreshValueType").GetString());
                Assert.Equal("PT6H", cal.GetProperty("publishedTtl").GetString());

                var events = cal.GetProperty("events").EnumerateArray().ToList();
                Assert.Equal(ours.Events.Count, events.Count);
                for (var i = 0; i < events.Count; i++)
                {
                    var js = events[i];
                    var net = ours.Events[i]!;
                    Assert.Equal(net.Uid, js.GetProperty("uid").GetString());
                    Assert.Equal(net.Summary, js.GetProperty("summary").GetString());
                    Assert.Equal(net.Description, js.GetProperty("description").GetString());
                    Assert.Equal(net.Url!.ToString(), js.GetProperty("url").GetString());
                    Assert.Equal("2026-11-27T12:00:00Z", js.GetProperty("dtstamp").GetString());
                    Assert.Equal("2026-11-27T12:00:00Z", js.GetProperty("lastModified").GetString());
                    Assert.Equal(net.Sequence, js.GetProperty("sequence").GetInt32());
                    Assert.Equal(!net.DtStart!.HasTime, js.GetProperty("startIsDate").GetBoolean());
                    Assert.Equal(!net.DtEnd!.HasTime, js.GetProperty("endIsDate").GetBoolean());
                    var start = js.GetProperty("start").GetString();
                    var end = js.GetProperty("end").GetString();
                    if (net.DtStart.HasTime)
                    {
                        Assert.Equal(net.DtStart.AsUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), start);
                        Assert.Equal(net.DtEnd.AsUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), end);
                    }
                    else
                    {
                        Assert.Equal(net.DtStart.Date.ToString("yyyy-MM-dd"), start);
                        Assert.Equal(net.DtStart.Date.AddDays(1).ToString("yyyy-MM-dd"), end);
                    }

                    Assert.Equal(net.Categories, js.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!));
                }
            }

            // The hostile title as ical.js read it.
            var hostile = doc.RootElement.EnumerateArray()
                .Single(c => c.GetProperty("file").GetString()!.EndsWith("ics_tv_9100200.ics", StringComparison.Ordinal));
            Assert.Equal($"{HostileName} S01E01: {HostileEpisode}", hostile.GetProperty("events")[0].GetProperty("summary").GetString());
            Assert.Equal(HostileName + " (TV) · Test Cal", hostile.GetProperty("calname").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(66)]
    public void A_character_outside_the_bmp_at_a_fold_is_never_split(int before)
    {
        // "SUMMARY:" is 8 octets, so the emoji starts at octet 8 + before: around the 75-octet fold.
        var name = new string('a', before) + "😀 and 🎬 after";
        var titles = Titles().Where(t => t.SimklId != Harbor.SimklId).Append(Harbor with { Name = name });
        var file = Build(Context(NewCatalogue(titles: titles)))["ics/tv/9100123.ics"];

        AssertWellFormedLines(file);
        Assert.Equal(name + " S03E05", Event(file, "tv-9100123-s3e5").Summary);
        Assert.DoesNotContain('\uFFFD', file.Text());
    }

    private static void AssertWellFormedLines(OutputFile file)
    {
        var text = file.Text();
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', text);
        // Valid UTF-8 throughout: a fold that split a multi-octet sequence would not decode.
        Assert.Equal(text, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Content.Span));
        var lines = text[..^2].Split("\r\n");
        foreach (var line in lines)
        {
            Assert.DoesNotContain('\r', line);
            Assert.DoesNotContain('\n', line);
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
            Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\t');
        }
    }
}
