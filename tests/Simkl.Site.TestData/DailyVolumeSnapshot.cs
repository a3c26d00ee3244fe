using Simkl.Site.Model;

namespace Simkl.Site.TestData;

/// <summary>The shape of a <see cref="DailyVolumeSnapshot"/>; the defaults are Simkl's real daily volume.</summary>
public sealed record DailyVolume
{
    public ulong Seed { get; init; } = 20261125;

    /// <summary>Days of airings from the rolling file's start (4 weeks: every weekday slot four times).</summary>
    public int Days { get; init; } = 28;

    public int TvPerDay { get; init; } = 290;
    public int AnimePerDay { get; init; } = 30;
    public int MoviesPerDay { get; init; } = 50;

    /// <summary>Extra TV titles with one episode each on the first day (a crowded day).</summary>
    public int CrowdedDayTitles { get; init; }

    /// <summary>When positive, one airing title's network is a string of this many characters.</summary>
    public int HugeNetworkChars { get; init; }

    /// <summary>Entries of each kind's "today" trending file (the best-ranked titles); 0 writes none.</summary>
    public int TrendingSize { get; init; } = 100;
}

/// <summary>
/// A snapshot at Simkl's real daily volume (about 290 TV episodes, 30 anime episodes and 50 movie
/// releases a day; ~3,700 titles over four weeks) in the rolling v2 calendar files, for the volume
/// tests. Weekly shows get a random weekday and prime-time slot, so day totals vary around the
/// mean like real days do; every 40th show drops a season at once (a binge card). Seeded.
/// </summary>
public static class DailyVolumeSnapshot
{
    public static readonly DateTimeOffset CapturedAt = SampleSnapshot.CapturedAt;

    private static readonly DateTime Start = SampleSnapshot.RollingStart;

    public static SnapshotBuilder Build(DailyVolume volume)
    {
        var rng = new SynthRandom(volume.Seed);
        var rows = new Dictionary<MediaKind, List<SynthAiring>> { [MediaKind.Tv] = [], [MediaKind.Anime] = [], [MediaKind.Movie] = [] };
        var end = Start.AddDays(volume.Days);

        // A weekly title airs once per 7 days, so 7 × the daily figure of titles gives the volume.
        var id = 7_100_000L;
        for (var i = 0; i < volume.TvPerDay * 7; i++)
        {
            var network = i == 0 && volume.HugeNetworkChars > 0 ? new string('N', volume.HugeNetworkChars) : rng.Pick(Names.Networks);
            var t = Title(rng, MediaKind.Tv, id++) with { Network = network };
            var first = Start.AddDays(rng.Int(7)) + Slot(rng);
            var season = rng.Int(1, 6);
            if (i % 40 == 39)
            {
                for (var e = 1; e <= 8; e++)
                {
                    rows[MediaKind.Tv].Add(Episode(t, first, season, e));
                }

                continue;
            }

            var episode = rng.Int(1, 4);
            for (var when = first; when < end; when = when.AddDays(7))
            {
                rows[MediaKind.Tv].Add(Episode(t, when, season, episode++));
            }
        }

        for (var i = 0; i < volume.AnimePerDay * 7; i++)
        {
            var t = Title(rng, MediaKind.Anime, id++) with { Network = rng.Pick(Names.AnimeNetworks), Country = "jp", AnimeType = "tv" };
            var episode = rng.Int(1, 12);
            for (var when = Start.AddDays(rng.Int(7)) + TimeSpan.FromHours(15); when < end; when = when.AddDays(7))
            {
                rows[MediaKind.Anime].Add(Episode(t, when, null, episode++));
            }
        }

        for (var day = 0; day < volume.Days; day++)
        {
            for (var i = 0; i < volume.MoviesPerDay; i++)
            {
                var date = DateOnly.FromDateTime(Start.AddDays(day));
                var t = Title(rng, MediaKind.Movie, id++) with { Theater = date, Status = "upcoming" };
                rows[MediaKind.Movie].Add(new SynthAiring { Title = t, DateUtc = ZoneRules.MidnightUtc(date, MediaKind.Movie), FinaleType = null });
            }
        }

        for (var i = 0; i < volume.CrowdedDayTitles; i++)
        {
            var t = Title(rng, MediaKind.Tv, id++) with { Network = rng.Pick(Names.Networks) };
            rows[MediaKind.Tv].Add(Episode(t, Start + Slot(rng), 1, 1));
        }

        var b = new SnapshotBuilder(CapturedAt);
        foreach (var kind in MediaKindNames.All)
        {
            b.CalendarV2(kind, SimklFiles.CalendarV2(SampleSnapshot.Ordered(rows[kind]), archive: false));
            if (volume.TrendingSize > 0)
            {
                // Trending as on Simkl: mostly the best-ranked titles, so pages that pick "the most
                // popular" have real positions and ranks to pick by.
                var top = rows[kind].Select(r => r.Title).DistinctBy(t => t.SimklId).OrderBy(t => t.Rank).Take(volume.TrendingSize);
                b.Trending(kind, "today", SimklFiles.Trending(top.Select(t => new ListItem(t)), "today", tmdbAsNumber: false));
            }
        }

        return b;
    }

    // Mostly US evening (00:00–05:00Z), some daytime slots; never past the day's end in UTC.
    private static TimeSpan Slot(SynthRandom rng) =>
        TimeSpan.FromMinutes((rng.Chance(0.75) ? rng.Int(0, 5 * 60) : rng.Int(12 * 60, 23 * 60)) / 15 * 15);

    private static SynthAiring Episode(SynthTitle t, DateTime when, int? season, int episode) => new()
    {
        Title = t,
        DateUtc = when,
        HasEpisode = true,
        Season = season,
        Episode = episode,
        EpisodeTitle = $"Episode {episode}",
        FinaleType = null,
    };

    private static SynthTitle Title(SynthRandom rng, MediaKind kind, long id)
    {
        var name = Names.Title(rng) + " " + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SynthTitle
        {
            Kind = kind,
            SimklId = id,
            Title = name,
            Slug = Names.Slug(name),
            Poster = SynthRandom.ImagePath(id, 1),
            Ids = kind == MediaKind.Anime ? [("mal", $"{40000 + id % 100000}")] : [("imdb", $"tt{20000000 + id % 10000000}"), ("tmdb", $"{200000 + id % 1000000}")],
            Released = DateOnly.FromDateTime(Start).AddDays(-rng.Int(0, 2000)),
            Runtime = kind == MediaKind.Movie ? "1h 40m" : "45m",
            Genres = [rng.Pick(Names.Genres)],
            Status = "ongoing",
            Overview = Names.Overview(rng, name),

            // From the id, not the random sequence: the schedule stays the same with or without ranks.
            Rank = 1 + (int)(SynthRandom.Hash((ulong)id * 31) % 40_000),
        };
    }
}
