using Simkl.Site.Model;

namespace Simkl.Site.TestData;

/// <summary>
/// A production-sized synthetic snapshot for the load benchmark: 13 monthly v2 archives per kind
/// (the capture month and the 12 before it) with about 8,000 TV, 800 anime and 1,500 movie rows a
/// month, the v2 rolling files, 9 trending files of 100, premieres (3 pages of 20 each), airing
/// and best lists; about 20,000 titles. Each file's metadata holds the titles of its own rows, so
/// title records repeat across files as they do upstream. Seeded, so the bytes are stable.
/// No v1 files: v1 is the legacy fallback and a healthy snapshot does not carry it.
/// </summary>
public static class LargeSnapshot
{
    public const ulong DefaultSeed = 20261127;

    /// <summary>The nominal size of the default snapshot (it has ~19,900 titles); other sizes scale every pool by size / this.</summary>
    public const int DefaultTitles = 20_000;

    public static readonly DateTimeOffset CapturedAt = SampleSnapshot.CapturedAt;

    // Pool sizes tuned so each monthly archive lands near the target row counts above.
    private const int TvShows = 3700;
    private const int AnimeTitles = 780;
    private const int NewMoviesPerMonth = 1100;
    private const int RelistedMoviesPerMonth = 400;

    private static readonly DateTime WindowStart = new(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime WindowEnd = new(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <param name="titles">Nominal title count: the pools of shows, anime and movies are scaled by
    /// <c>titles / DefaultTitles</c>, so airings and pages grow in proportion. The default gives the
    /// same bytes as before the parameter existed.</param>
    public static SnapshotBuilder Build(ulong seed = DefaultSeed, int titles = DefaultTitles)
    {
        if (titles is < 100 or > 200_000)
        {
            throw new ArgumentOutOfRangeException(nameof(titles), titles, "between 100 and 200,000 titles");
        }

        var g = new Generator(seed, titles / (double)DefaultTitles);
        g.Run();
        var b = new SnapshotBuilder(CapturedAt);

        foreach (var kind in MediaKindNames.All)
        {
            var rows = g.Airings[kind];
            var rolling = rows.Where(a => a.DateUtc >= SampleSnapshot.RollingStart && a.DateUtc < SampleSnapshot.RollingEnd);
            b.CalendarV2(kind, SimklFiles.CalendarV2(SampleSnapshot.Ordered(rolling), archive: false));

            for (var m = 0; m < 13; m++)
            {
                var month = WindowStart.AddMonths(m);
                var inMonth = rows.Where(a => a.DateUtc.Year == month.Year && a.DateUtc.Month == month.Month);
                b.CalendarV2(kind, SimklFiles.CalendarV2(SampleSnapshot.Ordered(inMonth), archive: true), month.Year, month.Month);
            }
        }

        var now = CapturedAt.UtcDateTime;
        foreach (var kind in MediaKindNames.All)
        {
            var pool = g.Titles.Where(t => t.Kind == kind && t.Released <= DateOnly.FromDateTime(now)).ToList();
            foreach (var interval in new[] { "today", "week", "month" })
            {
                var salt = (ulong)interval.Length;
                var top = pool.OrderBy(t => SynthRandom.Hash((ulong)t.SimklId * 7 + salt)).Take(100).Select(t => new ListItem(t));
                b.Trending(kind, interval, SimklFiles.Trending(top, interval, tmdbAsNumber: kind == MediaKind.Tv && interval == "week"));
            }
        }

        foreach (var kind in new[] { MediaKind.Tv, MediaKind.Anime })
        {
            var firsts = g.Airings[kind]
                .Where(a => a.Episode == 1 && (kind == MediaKind.Anime || a.Season == 1))
                .GroupBy(a => a.Title.SimklId)
                .Select(grp => grp.OrderBy(a => a.DateUtc).First())
                .ToList();
            var news = firsts.Where(a => a.DateUtc <= now).OrderByDescending(a => a.DateUtc).ThenBy(a => a.Title.SimklId);
            var soon = firsts.Where(a => a.DateUtc > now).OrderBy(a => a.DateUtc).ThenBy(a => a.Title.SimklId);
            foreach (var (variant, list) in new[] { ("new", news), ("soon", soon) })
            {
                var pages = list.Take(60).Select(a => new ListItem(a.Title) { DateUtc = a.DateUtc }).Chunk(20).ToList();
                for (var i = 0; i < pages.Count; i++)
                {
                    b.Premieres(kind, variant, i + 1, 20, SimklFiles.Premieres(pages[i]));
                }
            }

            foreach (var (day, date) in new[] { ("today", DateOnly.FromDateTime(now)), ("tomorrow", DateOnly.FromDateTime(now).AddDays(1)) })
            {
                var items = g.Airings[kind]
                    .Where(a => a.HasEpisode && DateOnly.FromDateTime(a.DateUtc + (kind == MediaKind.Anime ? ZoneRules.Tokyo : ZoneRules.Eastern(a.DateUtc))) == date)
                    .OrderBy(a => a.DateUtc).ThenBy(a => a.Title.SimklId).ThenBy(a => a.Episode)
                    .DistinctBy(a => a.Title.SimklId)
                    .Select(a => new ListItem(a.Title) { DateUtc = a.DateUtc, Airing = a });
                b.Airing(kind, day, SimklFiles.Airing(items));
            }

            var best = g.Titles.Where(t => t.Kind == kind && t.Ratings.Count > 0 && t.Ratings[0].Rating is double)
                .OrderByDescending(t => (double)t.Ratings[0].Rating!).ThenBy(t => t.SimklId).Take(100).Select(t => new ListItem(t));
            b.Best(kind, "all", SimklFiles.Best(best));
        }

        return b;
    }

    private sealed class Generator(ulong seed, double scale)
    {
        private readonly SynthRandom _rng = new(seed);
        private readonly int _tvShows = Scaled(TvShows, scale);
        private readonly int _animeTitles = Scaled(AnimeTitles, scale);
        private readonly int _newMoviesPerMonth = Scaled(NewMoviesPerMonth, scale);
        private readonly int _relistedMoviesPerMonth = Scaled(RelistedMoviesPerMonth, scale);

        private static int Scaled(int n, double scale) => Math.Max(1, (int)Math.Round(n * scale));

        public List<SynthTitle> Titles { get; } = [];

        public Dictionary<MediaKind, List<SynthAiring>> Airings { get; } = new()
        {
            [MediaKind.Tv] = [],
            [MediaKind.Anime] = [],
            [MediaKind.Movie] = [],
        };

        public void Run()
        {
            // Id ranges are 200,000 apart: room for 50 times the default pools.
            for (var i = 0; i < _tvShows; i++)
            {
                AddShow(9_100_000 + i);
            }

            for (var i = 0; i < _animeTitles; i++)
            {
                AddAnime(9_300_000 + i);
            }

            AddMovies();
        }

        private void AddShow(long id)
        {
            var released = DateOnly.FromDateTime(WindowStart).AddDays(-_rng.Int(30, 3000));
            var name = Names.Title(_rng);
            var binge = _rng.Chance(0.08);
            var dateOnly = !binge && _rng.Chance(0.15);
            var daily = !binge && !dateOnly && _rng.Chance(0.05);
            var t = Title(MediaKind.Tv, id, name, null, released) with
            {
                Network = binge ? "Netflix" : _rng.Chance(0.05) ? null : _rng.Pick(Names.Networks),
                Runtime = _rng.Chance(0.01) ? "soon" : _rng.Pick(Names.TvRuntimes),
                TotalEpisodes = _rng.Chance(0.1) ? null : _rng.Int(6, 200),
                Status = _rng.Chance(0.8) ? "ongoing" : "ended",
            };
            Titles.Add(t);

            // Seasons follow each other with breaks from before the window to its end, so every
            // month sees about the same number of shows on air.
            var slotDay = _rng.Int(7);
            var slotTime = PrimeTime();
            var start = WindowStart.AddDays(-_rng.Int(0, 160));
            var season = _rng.Int(1, 9);
            for (; start < WindowEnd; season++)
            {
                var count = daily ? _rng.Int(20, 60) : _rng.Int(6, 14);
                var first = start.Date.AddDays((slotDay - (int)start.DayOfWeek + 7) % 7);
                for (var e = 1; e <= count; e++)
                {
                    var day = binge ? first : daily ? WeekdaySteps(first, e - 1) : first.AddDays(7 * (e - 1));
                    var when = dateOnly ? ZoneRules.MidnightUtc(DateOnly.FromDateTime(day), MediaKind.Tv) : day + slotTime;
                    if (when >= WindowStart && when < WindowEnd)
                    {
                        Airings[MediaKind.Tv].Add(Episode(t, when, season, e, e == count));
                    }
                }

                start = first.AddDays((binge ? 1 : count * (daily ? 1.4 : 7)) + _rng.Int(30, 150));
            }
        }

        private void AddAnime(long id)
        {
            var start = WindowStart.AddDays(-40 + _rng.Int(0, 440));
            var film = _rng.Chance(0.05);
            var name = Names.Title(_rng);
            var t = Title(MediaKind.Anime, id, name, Names.Romaji(_rng), DateOnly.FromDateTime(start + ZoneRules.Tokyo)) with
            {
                AnimeType = film ? "movie" : _rng.Chance(0.1) ? _rng.Pick(Names.AnimeTypes) : "tv",
                Network = film ? Absent.Value : _rng.Chance(0.1) ? null : _rng.Pick(Names.AnimeNetworks),
                Runtime = film ? "1h 45m" : "24m",
                TotalEpisodes = film ? null : 12,
                Country = "jp",
            };
            Titles.Add(t);

            // Most anime air at a JST midnight (15:00Z); the rest at a real late-night slot.
            var time = _rng.Chance(0.7) ? TimeSpan.FromHours(15) : TimeSpan.FromMinutes(_rng.Int(10 * 60, 17 * 60) / 5 * 5);
            var first = start.Date + time;
            if (film)
            {
                Add(MediaKind.Anime, new SynthAiring { Title = t, DateUtc = first, FinaleType = null });
                return;
            }

            var count = _rng.Chance(0.6) ? 12 : _rng.Chance(0.6) ? 24 : _rng.Int(8, 52);
            var firstEpisode = _rng.Chance(0.85) ? 1 : _rng.Int(2, 300);
            for (var e = 0; e < count; e++)
            {
                var when = first.AddDays(7 * e);
                if (when < WindowEnd)
                {
                    Add(MediaKind.Anime, Episode(t, when, null, firstEpisode + e, e == count - 1));
                }
            }
        }

        private void AddMovies()
        {
            var id = 9_500_000L;
            var released = new List<SynthTitle>();
            for (var month = WindowStart; month < WindowEnd; month = month.AddMonths(1))
            {
                var days = DateTime.DaysInMonth(month.Year, month.Month);
                var relist = released.Count == 0 ? 0 : _relistedMoviesPerMonth;
                var relisted = new HashSet<long>();
                for (var i = 0; i < relist; i++)
                {
                    // Earlier movies listed again (digital / wider release), each at most once a month.
                    var t = released[_rng.Int(released.Count)];
                    if (!relisted.Add(t.SimklId))
                    {
                        continue;
                    }

                    var day = new DateOnly(month.Year, month.Month, _rng.Int(1, days + 1));
                    Add(MediaKind.Movie, new SynthAiring { Title = t, DateUtc = ZoneRules.MidnightUtc(day, MediaKind.Movie), FinaleType = null });
                }

                for (var i = 0; i < _newMoviesPerMonth; i++)
                {
                    var day = new DateOnly(month.Year, month.Month, _rng.Int(1, days + 1));
                    var t = Title(MediaKind.Movie, id++, Names.Title(_rng), null, day) with
                    {
                        Runtime = _rng.Chance(0.02) ? "soon" : _rng.Pick(Names.MovieRuntimes),
                        Network = Absent.Value,
                        Status = day <= DateOnly.FromDateTime(CapturedAt.UtcDateTime) ? "released" : "upcoming",
                        Theater = day,
                        DvdDate = _rng.Chance(0.6) ? day.AddDays(_rng.Int(30, 120)) : null,
                        TotalEpisodes = null,
                    };
                    Titles.Add(t);
                    released.Add(t);
                    Add(MediaKind.Movie, new SynthAiring { Title = t, DateUtc = ZoneRules.MidnightUtc(day, MediaKind.Movie), FinaleType = null });
                }
            }
        }

        private void Add(MediaKind kind, SynthAiring a)
        {
            if (a.DateUtc >= WindowStart && a.DateUtc < WindowEnd)
            {
                Airings[kind].Add(a);
            }
        }

        private SynthAiring Episode(SynthTitle t, DateTime when, int? season, int episode, bool last)
        {
            object? finale = last ? (_rng.Chance(0.15) ? 3 : 2) : _rng.Chance(0.01) ? 1 : null;
            if (!last && _rng.Chance(0.02))
            {
                finale = Absent.Value;
            }

            var r = _rng.Int(10);
            string? title = t.Kind == MediaKind.Anime || r < 2 ? $"Episode {episode}" : r < 5 ? null : Names.EpisodeTitle(_rng);
            return new SynthAiring
            {
                Title = t,
                DateUtc = when,
                HasEpisode = true,
                Season = season,
                Episode = episode,
                EpisodeTitle = title,
                FinaleType = finale,
                EpisodeUrlOverride = _rng.Chance(0.03) ? "" : null,
            };
        }

        private SynthTitle Title(MediaKind kind, long id, string name, string? romaji, DateOnly released)
        {
            var slug = Names.Slug(romaji ?? name);
            object? Ext(string value) => _rng.Int(20) switch { 0 => null, 1 => long.Parse(value, System.Globalization.CultureInfo.InvariantCulture), _ => value };
            IReadOnlyList<(string, object?)> ids = kind switch
            {
                MediaKind.Anime => [("mal", Ext($"{40000 + id % 100000}")), ("anidb", Ext($"{15000 + id % 100000}")), ("anilist", $"{150000 + id % 100000}")],
                MediaKind.Movie => [("tmdb", Ext($"{1000000 + id % 1000000}")), ("imdb", _rng.Chance(0.9) ? $"tt{10000000 + id % 10000000}" : null)],
                _ => [("imdb", _rng.Chance(0.9) ? $"tt{20000000 + id % 10000000}" : null), ("tmdb", Ext($"{200000 + id % 1000000}")), ("tvdb", Ext($"{400000 + id % 1000000}"))],
            };
            var other = kind == MediaKind.Anime ? "mal" : "imdb";
            var genres = new List<string>();
            for (var i = _rng.Int(1, 4); i > 0; i--)
            {
                genres.Add(_rng.Pick(Names.Genres));
            }

            return new SynthTitle
            {
                Kind = kind,
                SimklId = id,
                Title = name,
                Romaji = romaji,
                Slug = slug,
                Poster = _rng.Chance(0.95) ? SynthRandom.ImagePath(id, 1) : null,
                Fanart = _rng.Chance(0.8) ? SynthRandom.ImagePath(id, 2) : null,
                Ids = ids,
                Released = released,
                Rank = _rng.Int(30) switch { < 3 => null, 3 => 0, _ => _rng.Int(1, 40000) },
                Ratings =
                [
                    new("simkl", _rng.Chance(0.1) ? null : Math.Round(4 + _rng.Double() * 5.5, 1), _rng.Chance(0.1) ? null : _rng.Int(1, 20000)),
                    new(other, _rng.Chance(0.2) ? null : Math.Round(3 + _rng.Double() * 6.5, 1), _rng.Int(5, 500000)),
                ],
                Country = kind == MediaKind.Anime ? "jp" : _rng.Chance(0.05) ? "" : _rng.Pick(Names.Countries),
                Genres = genres,
                Overview = Names.Overview(_rng, name),
            };
        }

        private TimeSpan PrimeTime()
        {
            // Mostly US evening (00:00–05:00Z), some European/daytime slots.
            var minutes = _rng.Chance(0.75) ? _rng.Int(0, 5 * 60) : _rng.Int(12 * 60, 24 * 60);
            return TimeSpan.FromMinutes(minutes / 15 * 15);
        }

        private static DateTime WeekdaySteps(DateTime first, int steps)
        {
            var d = first;
            for (var i = 0; i < steps; i++)
            {
                do
                {
                    d = d.AddDays(1);
                }
                while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            }

            return d;
        }
    }
}
