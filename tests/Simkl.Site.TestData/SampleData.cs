using Simkl.Site.Model;

namespace Simkl.Site.TestData;

/// <summary>
/// The invented titles and schedule behind the bundled sample. Ids: 9100xxx TV, 9300xxx anime,
/// 9500xxx movies. Every quirk is placed on purpose; comments name it.
/// </summary>
internal sealed class SampleData
{
    private readonly List<SynthTitle> _titles = [];

    public List<SynthAiring> Airings { get; } = [];

    public IReadOnlyList<SynthTitle> Titles => _titles;

    public SampleData()
    {
        AddTv();
        AddAnime();
        AddMovies();
    }

    private static DateTime U(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private SynthTitle Add(SynthTitle t)
    {
        _titles.Add(t);
        return t;
    }

    private SynthTitle Find(long id) => _titles.Single(t => t.SimklId == id);

    // ---------------------------------------------------------------- defaults per kind

    private static double Rating(long id, int salt) => Math.Round(6.0 + SynthRandom.Hash((ulong)(id * 7 + salt)) % 330 / 100.0, 1);

    private static int Votes(long id, int salt) => (int)(SynthRandom.Hash((ulong)(id * 13 + salt)) % 4000) + 12;

    private static int Rank(long id) => 150 + (int)(SynthRandom.Hash((ulong)id) % 6000);

    private static SynthTitle Tv(long id, string title, string slug, DateOnly released, int totalEpisodes, params string[] genres) => new()
    {
        Kind = MediaKind.Tv,
        SimklId = id,
        Title = title,
        Slug = slug,
        Poster = SynthRandom.ImagePath(id, 1),
        Fanart = SynthRandom.ImagePath(id, 2),
        Ids = [("imdb", $"tt{9876000 + id % 1000}"), ("tmdb", $"{771000 + id % 1000}"), ("tvdb", $"{455000 + id % 1000}")],
        Released = released,
        Rank = Rank(id),
        Ratings = [new("simkl", Rating(id, 0), Votes(id, 0)), new("imdb", Rating(id, 1), Votes(id, 1) * 37)],
        Runtime = "45m",
        Network = "Northwind TV",
        Country = "us",
        Status = "ongoing",
        TotalEpisodes = totalEpisodes,
        Genres = genres,
        Overview = $"{title} follows a small group of people through one long, strange season.",
    };

    private static SynthTitle Anime(long id, string english, string romaji, string slug, DateOnly released, int totalEpisodes, params string[] genres) => new()
    {
        Kind = MediaKind.Anime,
        SimklId = id,
        Title = english,
        Romaji = romaji,
        Slug = slug,
        Poster = SynthRandom.ImagePath(id, 1),
        Fanart = SynthRandom.ImagePath(id, 2),
        Ids = [("tmdb", null), ("mal", $"{61000 + id % 1000}"), ("anidb", $"{19000 + id % 1000}"), ("anilist", $"{188000 + id % 1000}")],
        Released = released,
        Rank = Rank(id),
        Ratings = [new("simkl", Rating(id, 0), Votes(id, 0)), new("mal", Rating(id, 2), Votes(id, 2) * 11)],
        Runtime = "24m",
        Network = "Tokyo MX",
        Country = "jp",
        Status = "ongoing",
        TotalEpisodes = totalEpisodes,
        Genres = genres,
        AnimeType = "tv",
        Overview = $"{english}: an anime about friendship, stubbornness and very late trains.",
    };

    private static SynthTitle Movie(long id, string title, string slug, DateOnly released, string? runtime, params string[] genres) => new()
    {
        Kind = MediaKind.Movie,
        SimklId = id,
        Title = title,
        Slug = slug,
        Poster = SynthRandom.ImagePath(id, 1),
        Fanart = SynthRandom.ImagePath(id, 2),
        Ids = [("tmdb", $"{1299000 + id % 1000}"), ("imdb", $"tt{3300000 + id % 1000}")],
        Released = released,
        Rank = Rank(id),
        Ratings = [new("simkl", Rating(id, 0), Votes(id, 0)), new("imdb", Rating(id, 1), Votes(id, 1) * 29)],
        Runtime = runtime,
        Country = "us",
        Status = released < DateOnly.FromDateTime(SampleSnapshot.CapturedAt.UtcDateTime) ? "released" : "upcoming",
        Genres = genres,
        Theater = released,
        DvdDate = released.AddDays(45),
        Overview = $"{title}: a feature film nobody has seen yet, because it does not exist.",
    };

    private static readonly string[] EpisodeWords =
    [
        "Low Tide", "The Long Way Round", "Static", "Breakwater", "Ghost Light", "Undertow", "The Ferryman",
        "Paper Walls", "Northern Line", "Open Water", "Second Chances", "The Quiet Part", "Fault Lines",
        "Homecoming", "Smoke and Mirrors", "Glass Houses", "The Reckoning", "First Frost",
    ];

    /// <summary>A weekly run: one row per week from <paramref name="first"/>, episode titles varied, some null.</summary>
    private List<SynthAiring> Weekly(SynthTitle t, DateTime first, int? season, int firstEpisode, int count, int stepDays = 7)
    {
        var rows = new List<SynthAiring>();
        for (var i = 0; i < count; i++)
        {
            var ep = firstEpisode + i;
            var h = SynthRandom.Hash((ulong)(t.SimklId * 100 + ep));
            string? title = t.Kind == MediaKind.Anime
                ? $"Episode {ep}"
                : (h % 7) switch { 0 => null, 1 => $"Episode {ep}", _ => EpisodeWords[(int)(h % (ulong)EpisodeWords.Length)] };
            rows.Add(new SynthAiring
            {
                Title = t,
                DateUtc = first.AddDays(i * stepDays),
                HasEpisode = true,
                Season = season,
                Episode = ep,
                EpisodeTitle = title,
                FinaleType = null,
            });
        }

        Airings.AddRange(rows);
        return rows;
    }

    /// <summary>Replaces one episode's row (by episode number) with an edited copy.</summary>
    private void Edit(List<SynthAiring> run, int episode, Func<SynthAiring, SynthAiring> edit)
    {
        var old = run.Single(a => a.Episode == episode);
        var updated = edit(old);
        run[run.IndexOf(old)] = updated;
        Airings[Airings.IndexOf(old)] = updated;
    }

    // ---------------------------------------------------------------- TV (9100xxx)

    private void AddTv()
    {
        var harbor = Add(Tv(9100101, "Harbor Lights", "harbor-lights", D(2024, 3, 12), 30, "Drama", "Mystery") with
        {
            Overview = "A lighthouse keeper's daughter returns home.<br><br>Nothing about the harbor is as she left it &mdash; and the tide keeps `bringing` things back.",
        });
        var h = Weekly(harbor, U(10, 7, 1), 3, 1, 10);
        Edit(h, 9, a => a with { EpisodeTitle = SampleSnapshot.ImgOnError });
        Edit(h, 10, a => a with { FinaleType = 2, EpisodeTitle = "The Last Lamp" }); // season finale
        // Season 0 special after the finale.
        Airings.Add(new SynthAiring { Title = harbor, DateUtc = U(12, 20, 2), HasEpisode = true, Season = 0, Episode = 3, EpisodeTitle = "Behind the Lighthouse", FinaleType = null });

        // Premiere soon (S01E01 after capture); poster/fanart/network/rank/runtime all null.
        var paper = Add(Tv(9100102, "Paper Satellites", "paper-satellites", D(2026, 11, 29), 8, "Sci-Fi") with
        {
            Poster = null, Fanart = null, Network = null, Rank = null, Runtime = null, Ids = [],
            Ratings = [new("simkl", null, null)], Status = null, Country = "",
        });
        var p = Weekly(paper, U(11, 30, 3), 1, 1, 5);
        Edit(p, 1, a => a with { EpisodeTitle = null, EpisodeUrlOverride = "" });
        Edit(p, 5, a => a with { FinaleType = 1 }); // mid-season finale

        var script = Add(Tv(9100103, SampleSnapshot.Script + " Night", "script-alert-1-script-night", D(2025, 9, 4), 26, "Thriller") with
        {
            Overview = "An overview that tries " + SampleSnapshot.Script + " and <b>bold</b> markup.",
        });
        var s = Weekly(script, U(10, 1, 2), 2, 1, 10);
        Edit(s, 9, a => a with { EpisodeTitle = "<script>alert(\"ep\")</script>" });

        // Premiered recently; airs at 23:59Z (a minute before midnight UTC).
        var quoted = Add(Tv(9100104, "The \"Quoted\" Show's Return", "the-quoted-show-s-return", D(2026, 11, 4), 8, "Comedy", "Comedy") with
        {
            Overview = "Quotes \"double\" and 'single', plus &quot;entities&quot; that must not be decoded twice.",
        });
        var q = Weekly(quoted, U(11, 4, 23, 59), 1, 1, 8);
        Edit(q, 8, a => a with { FinaleType = 2 });

        // Series finale inside the rolling window.
        var fenwick = Add(Tv(9100105, "Last Light Over Fenwick", "last-light-over-fenwick", D(2019, 1, 9), 62, "Drama") with { Status = "ended" });
        var f = Weekly(fenwick, U(10, 7, 3), 5, 1, 11);
        Edit(f, 11, a => a with { FinaleType = 3, EpisodeTitle = "Goodnight, Fenwick" });

        // Binge drop: 8 episodes at the same instant (03:00 US Eastern = 08:00Z).
        var velvet = Add(Tv(9100106, "Velvet Circuit", "velvet-circuit", D(2025, 6, 20), 16, "Sci-Fi", "Thriller") with { Network = "Netflix", Runtime = "1h 2m" });
        var v = Weekly(velvet, U(12, 4, 8), 2, 1, 8, stepDays: 0);
        Edit(v, 8, a => a with { FinaleType = 2 });

        var salt = Add(Tv(9100107, "Salt &amp; Pepper Kitchen", "salt-pepper-kitchen", D(2015, 2, 2), 300, "Reality", "Food") with
        {
            Runtime = "30m",
            Overview = "Two chefs, one pan &amp; no recipe.",
        });
        var sk = Weekly(salt, U(10, 26, 17), 12, 1, 10);
        foreach (var ep in new[] { 2, 5, 9 })
        {
            Edit(sk, ep, a => a with { EpisodeTitle = null });
        }

        // Right-to-left titles.
        var cairo = Add(Tv(9100108, "ليالي القاهرة", "layali-al-qahira", D(2026, 10, 4), 10, "Drama") with
        {
            Network = "Shahid", Country = "eg", Overview = "دراما عائلية في قلب القاهرة.",
        });
        var c = Weekly(cairo, U(10, 4, 19), 1, 1, 10);
        Edit(c, 7, a => a with { EpisodeTitle = "الحلقة السابعة" });
        Edit(c, 10, a => a with { FinaleType = 2 });

        var hebrew = Add(Tv(9100109, "הלילה האחרון", "halayla-haacharon", D(2026, 10, 31), 9, "Drama") with { Network = "Kan 11", Country = "il" });
        Weekly(hebrew, U(10, 31, 20), 1, 1, 7);

        // Emoji title; airs at 00:30Z (just after midnight UTC).
        var pizza = Add(Tv(9100110, "Pizza Party 🍕🎉", "pizza-party", D(2023, 5, 5), 52, "Comedy", "Animation") with { Runtime = "22m" });
        var pz = Weekly(pizza, U(10, 2, 0, 30), 4, 1, 13);
        Edit(pz, 12, a => a with { EpisodeTitle = "🎄 Holiday Special 🎅" });

        // A slug that tries to climb out of the output folder.
        var traversal = Add(Tv(9100111, "Path Traversal", "../../etc", D(2026, 11, 2), 7, "Crime") with { UrlOverride = "/tv/9100111/../../etc" });
        Weekly(traversal, U(11, 3, 1, 30), 1, 1, 7);

        // Date-only episodes: v2 gives local midnight US Eastern, T04:00:00Z in October (EDT), T05:00:00Z after 1 Nov (EST).
        var ledger = Add(Tv(9100112, "The Midnight Ledger", "the-midnight-ledger", D(2025, 10, 3), 26, "Documentary"));
        for (var i = 0; i < 10; i++)
        {
            var day = D(2026, 10, 30).AddDays(7 * i);
            Airings.Add(new SynthAiring
            {
                Title = ledger, DateUtc = ZoneRules.MidnightUtc(day, MediaKind.Tv), HasEpisode = true, Season = 2, Episode = 1 + i,
                EpisodeTitle = i == 0 ? "Halloween Accounts" : null, FinaleType = null,
            });
        }

        // finale_type 0 (= none) and a mid-season finale before a break.
        var north = Add(Tv(9100113, "Northbound", "northbound", D(2022, 9, 12), 36, "Adventure"));
        var n = Weekly(north, U(10, 5, 2), 3, 1, 10);
        Edit(n, 6, a => a with { FinaleType = 0 });
        Edit(n, 10, a => a with { FinaleType = 1 });

        // Rows whose title has no v2 metadata record.
        var ghost = Add(Tv(9100114, "Ghost Signal", "ghost-signal", D(2026, 11, 10), 10, "Horror") with { MissingFromV2Metadata = true });
        Weekly(ghost, U(11, 11, 3), 1, 1, 8);

        // Rescheduled episode: the December archive still says 13 Dec, the rolling file 14 Dec (rolling wins).
        var crown = Add(Tv(9100115, "Crown & Compass", "crown-compass", D(2025, 10, 5), 26, "History", "Drama", "History"));
        var cc = Weekly(crown, U(10, 4, 2), 2, 1, 13);
        Edit(cc, 11, a => a with { ArchiveDateUtc = a.DateUtc, DateUtc = a.DateUtc.AddDays(1) });

        // External ids as numbers in the v2 metadata; rank 0 (unranked).
        var vets = Add(Tv(9100116, "Quiet Valley Vets", "quiet-valley-vets", D(2019, 4, 4), 120, "Family") with
        {
            Ids = [("imdb", "tt9876116"), ("tmdb", 771116L), ("tvdb", 455116L)], Rank = 0,
        });
        var qv = Weekly(vets, U(10, 1, 1), 7, 1, 12);
        Edit(qv, 12, a => a with { FinaleType = 2 });

        var glass = Add(Tv(9100117, "Glasshouse", "glasshouse", D(2026, 10, 5), 13, "Drama"));
        var g = Weekly(glass, U(10, 6, 2), 1, 1, 10);
        Edit(g, 8, a => a with { EpisodeTitle = "It's \"Complicated\"" });

        // Unknown extra fields on rows and metadata; 04:30Z is still the previous evening in New York.
        var toast = Add(Tv(9100118, "Burnt Toast Comedy Hour", "burnt-toast-comedy-hour", D(2018, 1, 6), 200, "Comedy") with
        {
            Runtime = "1h", Extra = [("certification", "TV-14"), ("alt_titles", new RawJson("[{\"title\":\"Burnt Toast\",\"country\":\"gb\"}]"))],
        });
        var bt = Weekly(toast, U(10, 31, 4, 30), 9, 5, 9);
        Edit(bt, 6, a => a with { Extra = [("source", "tvdb"), ("airs_in", new RawJson("{\"us\":\"23:30\"}"))] });

        // Premiered the day before capture.
        var medics = Add(Tv(9100119, "Frontier Medics", "frontier-medics", D(2026, 11, 26), 10, "Drama", "Medical"));
        Weekly(medics, U(11, 27, 3), 1, 1, 6);

        // Docuseries with a series finale on the first day of the rolling window.
        var deep = Add(Tv(9100120, "Deep Current", "deep-current", D(2026, 10, 10), 8, "Documentary") with { Status = "ended", Runtime = "50m" });
        var dc = Weekly(deep, U(10, 11, 1), 1, 1, 8);
        Edit(dc, 8, a => a with { FinaleType = 3 });

        var oslo = Add(Tv(9100121, "Lanterns of Oslo", "lanterns-of-oslo", D(2024, 11, 1), 16, "Crime") with { Country = "no", Network = "NRK1" });
        Weekly(oslo, U(11, 6, 21), 2, 1, 6);

        // Premieres at exactly midnight UTC; finale_type key absent on every row.
        var kitchen = Add(Tv(9100122, "Kitchen Nightfall", "kitchen-nightfall", D(2026, 12, 9), 4, "Reality"));
        var k = Weekly(kitchen, U(12, 10, 0), 1, 1, 4);
        for (var ep = 1; ep <= 4; ep++)
        {
            Edit(k, ep, a => a with { FinaleType = Absent.Value });
        }

        var echo = Add(Tv(9100123, "Echo Park Precinct", "echo-park-precinct", D(2023, 9, 20), 52, "Crime", "Drama"));
        var e = Weekly(echo, U(10, 7, 2), 4, 1, 11);
        Edit(e, 9, a => a with { EpisodeUrlOverride = "" });
        Edit(e, 10, a => a with { EpisodeTitle = "Fire &amp; Ice" });

        // An episode url that is a script URL.
        var sunday = Add(Tv(9100124, "Sunday Ledger Live", "sunday-ledger-live", D(2024, 1, 8), 90, "Talk Show") with { Runtime = "1h" });
        var sl = Weekly(sunday, U(11, 2, 4, 35), 3, 1, 9);
        Edit(sl, 5, a => a with { EpisodeUrlOverride = SampleSnapshot.JavascriptUrl });

        var moonlit = Add(Tv(9100125, "Moonlit Orchard", "moonlit-orchard", D(2026, 12, 16), 6, "Romance"));
        Weekly(moonlit, U(12, 17, 2), 1, 1, 3);

        // Season finale before the rolling window: only in the archives.
        var rivet = Add(Tv(9100126, "Rivet City", "rivet-city", D(2025, 10, 2), 16, "Action"));
        var rc = Weekly(rivet, U(10, 1, 2, 30), 2, 1, 8);
        Edit(rc, 8, a => a with { FinaleType = 2 });

        // Season premiere (S03E01) inside the rolling window.
        var hollow = Add(Tv(9100127, "Hollow Creek", "hollow-creek", D(2022, 3, 1), 30, "Mystery"));
        Weekly(hollow, U(12, 1, 3), 3, 1, 5);

        var quiz = Add(Tv(9100128, "The Late Late Quiz", "the-late-late-quiz", D(2026, 1, 10), 40, "Game Show") with
        {
            Overview = "Host asks &quot;What's the capital of nowhere?&quot; &lt;again&gt;.", Runtime = "soon",
        });
        Weekly(quiz, U(10, 31, 23), 1, 34, 9);

        // Trending-only and premieres-only TV titles (no calendar rows in this window).
        Add(Tv(9100201, "Old Harbor Saga", "old-harbor-saga", D(2012, 4, 1), 80, "Drama", "Drama") with { Status = "ended", Trailer = "dQw4w9WgXcQ" });
        Add(Tv(9100202, "Starfall Station", "starfall-station", D(2021, 2, 14), 40, "Sci-Fi") with { Network = null });
        Add(Tv(9100203, "Lemon Street", "lemon-street", D(2020, 6, 6), 60, "Comedy") with { Runtime = "22m" });
        Add(Tv(9100204, "Ash & Ember", "ash-ember", D(2024, 8, 8), 20, "Fantasy") with { Country = "" });
        Add(Tv(9100205, "Glacier Road", "glacier-road", D(2027, 1, 6), 10, "Adventure") with { Ratings = [new("simkl", null, null), new("imdb", null, null)], Rank = null });
        Add(Tv(9100206, "Signal & Noise", "signal-noise", D(2027, 1, 8), 8, "Thriller") with { Ratings = [new("simkl", null, null), new("imdb", null, null)], Rank = null });
        Add(Tv(9100207, "The Ninth Lantern", "the-ninth-lantern", D(2027, 1, 14), 8, "Fantasy") with { Ratings = [new("simkl", null, null), new("imdb", null, null)], Rank = null });
        Add(Tv(9100208, "Copper Hills", "copper-hills", D(2027, 1, 20), 10, "Western") with { Ratings = [new("simkl", null, null), new("imdb", null, null)], Rank = null, Poster = null });

        // A YouTube let's-play that Simkl's best list includes as a "show".
        Add(Tv(9100301, "PixelPlays: Hardcore Survival", "pixelplays-hardcore-survival", D(2021, 7, 7), 500, "Game") with
        {
            Network = "YouTube", Runtime = "25m", Ratings = [new("simkl", 9.1, 2210)],
        });
    }

    // ---------------------------------------------------------------- Anime (9300xxx)

    private void AddAnime()
    {
        // Date-only in JST: 15:00Z is midnight in Tokyo.
        var kumori = Add(Anime(9300456, "Kumori Academy Nights", "Kumori Gakuen no Yoru", "kumori-gakuen-no-yoru", D(2026, 7, 8), 26, "Fantasy", "School") with
        {
            Rank = null, Fanart = null, Ratings = [new("simkl", null, Absent.Value), new("mal", 7.1, 5120)],
        });
        var ku = Weekly(kumori, U(10, 6, 15), null, 14, 13);
        Edit(ku, 26, a => a with { FinaleType = 2 });

        // An anime film inside anime.json: no episode object at all.
        var film = Add(Anime(9300777, "Kumori Academy: Moon Song", "Kumori Gakuen Movie: Tsuki no Uta", "kumori-gakuen-movie-tsuki-no-uta", D(2026, 12, 12), 1, "Fantasy") with
        {
            AnimeType = "movie", Runtime = "1h 40m", Ids = [("mal", "62001")], Rank = 0, Network = Absent.Value, TotalEpisodes = null,
        });
        Airings.Add(new SynthAiring { Title = film, DateUtc = U(12, 11, 15), FinaleType = null });

        var hoshi = Add(Anime(9300401, "Star Shadow Rangers", "Hoshikage Rangers", "hoshikage-rangers", D(2026, 10, 4), 13, "Action", "Action", "Sci-Fi"));
        var hs = Weekly(hoshi, U(10, 3, 15, 30), null, 1, 13);
        Edit(hs, 13, a => a with { FinaleType = 3 });

        var bakery = Add(Anime(9300402, "Reborn as a Bakery", "Tensei Bakery", "tensei-bakery", D(2026, 10, 2), 12, "Comedy", "Isekai"));
        var tb = Weekly(bakery, U(10, 2, 13), null, 1, 12);
        Edit(tb, 12, a => a with { FinaleType = 2 });

        // Premiere "soon" (the day after capture).
        var postman = Add(Anime(9300403, "Shinobi Postman", "Shinobi Yuubin", "shinobi-yuubin", D(2026, 11, 29), 12, "Action", "Comedy") with { Rank = null });
        Weekly(postman, U(11, 28, 15, 30), null, 1, 5);

        // Premiered the day before capture; near midnight UTC.
        var gekko = Add(Anime(9300404, "Song of the Moonlight", "Gekko no Uta", "gekko-no-uta", D(2026, 11, 27), 12, "Music", "Drama"));
        Weekly(gekko, U(11, 26, 23, 45), null, 1, 6);

        var mecha = Add(Anime(9300405, "Mecha Karaoke Z", "Mecha Karaoke Z", "mecha-karaoke-z", D(2025, 10, 5), 52, "Mecha", "Music") with { Status = "ended" });
        var mk = Weekly(mecha, U(11, 1, 8), null, 44, 9);
        Edit(mk, 52, a => a with { FinaleType = 3 });

        var neko = Add(Anime(9300406, "Moon and Cat", "Tsuki to Neko", "tsuki-to-neko", D(2026, 10, 12), 12, "Slice of Life") with { AnimeType = "ona", Network = null, Runtime = "12m" });
        Weekly(neko, U(10, 12, 10), null, 1, 8);

        var kissa = Add(Anime(9300407, "Blue Flower Café", "Aoi Hana Kissa", "aoi-hana-kissa", D(2026, 10, 8), 12, "Romance") with { Country = "" });
        Weekly(kissa, U(10, 7, 15), null, 1, 10);

        var knight = Add(Anime(9300408, "The Black Knight", "Kuro no Kishi", "kuro-no-kishi", D(2025, 4, 6), 24, "Fantasy", "Action"));
        Weekly(knight, U(11, 2, 23, 45), null, 17, 8);

        // An OVA with episode 1 (not a series premiere in the TV sense).
        var ova = Add(Anime(9300409, "Star Shadow Rangers OVA", "Hoshikage Rangers OVA", "hoshikage-rangers-ova", D(2026, 12, 24), 1, "Action") with { AnimeType = "ova", Runtime = "30m" });
        Weekly(ova, U(12, 23, 15), null, 1, 1);

        var dragon = Add(Anime(9300410, "Dragon Egg", "Ryuu no Tamago", "ryuu-no-tamago", D(2026, 10, 3), 24, "Fantasy"));
        var de = Weekly(dragon, U(10, 3, 14), null, 1, 12);
        Edit(de, 12, a => a with { FinaleType = 1 });

        var sakura = Add(Anime(9300411, "Sakura & Storm", "Sakura to Arashi", "sakura-to-arashi", D(2026, 10, 10), 12, "Drama") with
        {
            Overview = "Sakura&#39;s storm <i>rages</i>.<br>Second line ✨",
        });
        Weekly(sakura, U(10, 10, 12, 30), null, 1, 10);

        var kaiju = Add(Anime(9300412, "Night Kaiju", "Yoru no Kaiju", "yoru-no-kaiju", D(2026, 10, 1), 12, "Action") with { Rank = 0, Runtime = null });
        Weekly(kaiju, U(10, 1, 14), null, 1, 9);

        Add(Anime(9300501, "Eternal Blade Chronicle", "Eien no Tsurugi", "eien-no-tsurugi", D(2019, 1, 1), 48, "Action", "Action") with { Status = "ended" });
        Add(Anime(9300502, "Slime Office Life", "Suraimu Kaisha Seikatsu", "suraimu-kaisha-seikatsu", D(2024, 4, 4), 24, "Comedy") with { Network = null });
    }

    // ---------------------------------------------------------------- Movies (9500xxx)

    private void AddMovies()
    {
        void Release(SynthTitle t) => Airings.Add(new SynthAiring { Title = Add(t), DateUtc = ZoneRules.MidnightUtc(t.Released, MediaKind.Movie), FinaleType = null });

        Release(Movie(9500042, "The Glass Orchard", "the-glass-orchard", D(2026, 10, 10), "1h 52m", "Drama", "Drama", "Romance") with
        {
            MetadataLine = "October 10, 2026 \u2022 Budget $40M \u2022 Box office $96M",
        });

        // Percent-encoded slug; use the URL as given.
        Release(Movie(9500043, "Can’t Stop the Rain", "can%E2%80%99t-stop-the-rain", D(2026, 11, 27), "2h", "Drama"));
        Release(Movie(9500044, "Winter Ledger", "winter-ledger", D(2026, 12, 4), "1h 40m", "Thriller"));
        Release(Movie(9500045, "Gallery " + SampleSnapshot.ImgOnError, "gallery-img-src-x-onerror-alert-1", D(2026, 12, 11), "1h 35m", "Horror") with
        {
            Overview = "An overview with " + SampleSnapshot.ImgOnError + " inside.",
        });
        Release(Movie(9500046, "Soon Untitled", "soon-untitled", D(2026, 12, 18), "soon", "Action") with { Ratings = [new("simkl", null, null), new("imdb", null, null)], Rank = null });
        Release(Movie(9500047, "Quiet Frequencies", "quiet-frequencies", D(2026, 12, 25), null, "Sci-Fi") with { Fanart = null, DvdDate = null });
        Release(Movie(9500048, "Nightfall Express", "nightfall-express", D(2026, 10, 23), "2h 11m", "Action", "Thriller"));
        Release(Movie(9500049, "Paper Moon Over Tokyo", "paper-moon-over-tokyo", D(2026, 11, 6), "1h 58m", "Romance"));
        Release(Movie(9500050, "The Last Orchard", "the-last-orchard", D(2026, 11, 13), "1h 44m", "Drama"));
        Release(Movie(9500051, "Holiday Heist", "holiday-heist", D(2026, 11, 25), "1h 39m", "Comedy", "Crime"));
        Release(Movie(9500052, "Emoji Movie Night 🎬", "emoji-movie-night", D(2026, 12, 2), "1h 30m", "Family", "Animation"));
        Release(Movie(9500053, "Dune Riders", "dune-riders", D(2026, 12, 31), "2h 5m", "Adventure") with { Ids = [("tmdb", 1299053L), ("imdb", null)] });

        Add(Movie(9500101, "Silver Comet", "silver-comet", D(2026, 8, 14), "1h 49m", "Sci-Fi") with { Trailer = "aBcDeFgHiJk" });
        Add(Movie(9500102, "Harvest of Ghosts", "harvest-of-ghosts", D(2026, 9, 25), "1h 47m", "Horror", "Horror"));
    }

    // ---------------------------------------------------------------- lists

    /// <summary>Trending: the kind's titles ordered by a per-interval score; each file a different order.</summary>
    public List<ListItem> Trending(MediaKind kind, string interval)
    {
        var salt = interval switch { "today" => 1UL, "week" => 2UL, _ => 3UL };
        var count = interval switch { "today" => 10, "week" => 14, _ => 18 };
        var items = _titles
            .Where(t => t.Kind == kind && t.SimklId is not 9100301 && t.Released <= DateOnly.FromDateTime(SampleSnapshot.CapturedAt.UtcDateTime))
            .OrderBy(t => SynthRandom.Hash((ulong)t.SimklId * 1000 + salt))
            .ThenBy(t => t.SimklId)
            .Take(count)
            .Select(t => new ListItem(t))
            .ToList();

        // The docs example for movies used "/movie/" (singular); keep one such url.
        if (kind == MediaKind.Movie && interval == "today")
        {
            items[0] = items[0] with { Url = $"/movie/{items[0].Title.SimklId}/{items[0].Title.Slug}" };
        }

        // An unknown extra field on one trending item.
        if (interval == "month")
        {
            items[^1] = items[^1] with { Extra = [("badge", "rising")] };
        }

        return items;
    }

    public List<ListItem> Premieres(MediaKind kind, string variant)
    {
        var now = SampleSnapshot.CapturedAt.UtcDateTime;

        // The first aired row of each title that starts a series (S01E01, or anime episode 1 / a film).
        var starts = Airings
            .Where(a => a.Title.Kind == kind && (kind == MediaKind.Anime ? a.Episode == 1 || !a.HasEpisode : a.Season == 1 && a.Episode == 1))
            .Select(a => (a.Title, When: a.DateUtc))
            .ToList();

        // Premieres beyond the calendar window (January 2027) appear in "soon" only.
        starts.AddRange(_titles.Where(t => t.Kind == kind && t.Released.Year == 2027)
            .Select(t => (t, ZoneRules.MidnightUtc(t.Released, kind))));

        var picked = variant == "new"
            ? starts.Where(s => s.When <= now && s.When >= now.AddDays(-60)).OrderByDescending(s => s.When)
            : starts.Where(s => s.When > now).OrderBy(s => s.When);
        return picked.ThenBy(s => s.Title.SimklId).Select(s => new ListItem(s.Title) { DateUtc = s.When }).ToList();
    }

    public List<ListItem> AiringList(MediaKind kind, string day)
    {
        var date = DateOnly.FromDateTime(SampleSnapshot.CapturedAt.UtcDateTime).AddDays(day == "today" ? 0 : 1);
        var items = Airings
            .Where(a => a.Title.Kind == kind && a.HasEpisode)
            .Where(a => DateOnly.FromDateTime(a.DateUtc + (kind == MediaKind.Anime ? ZoneRules.Tokyo : ZoneRules.Eastern(a.DateUtc))) == date)
            .OrderBy(a => a.DateUtc).ThenBy(a => a.Title.SimklId).ThenBy(a => a.Episode)
            .Select(a => new ListItem(a.Title) { DateUtc = a.DateUtc, Airing = a })
            .ToList();

        // The anime airing list's doc example has "date": null.
        if (kind == MediaKind.Anime && day == "today" && items.Count > 0)
        {
            items[0] = items[0] with { DateUtc = null };
        }

        return items;
    }

    public List<ListItem> Best(MediaKind kind)
    {
        var items = _titles
            .Where(t => t.Kind == kind && t.Ratings.Count > 0 && t.Ratings[0].Rating is double && t.SimklId is not 9100301)
            .Where(t => t.Released <= DateOnly.FromDateTime(SampleSnapshot.CapturedAt.UtcDateTime))
            .OrderByDescending(t => (double)t.Ratings[0].Rating!).ThenBy(t => t.SimklId)
            .Take(kind == MediaKind.Tv ? 12 : 10)
            .Select(t => new ListItem(t))
            .ToList();

        if (kind == MediaKind.Tv)
        {
            // The YouTube let's-play Simkl lists among the best shows.
            items.Insert(2, new ListItem(Find(9100301)) { Extra = [("type", "game"), ("network", "YouTube")] });

            // The detail-endpoint id key (ids.simkl) on one list item.
            items[4] = items[4] with { SimklKey = true };
        }

        return items;
    }
}
