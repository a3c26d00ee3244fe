using System.Globalization;
using Simkl.Site.Model;

namespace Simkl.Site.TestData;

/// <summary>One entry of an API/discover list, with the per-list quirks it is written with.</summary>
public sealed record ListItem(SynthTitle Title)
{
    /// <summary>Replaces the title's url in this list only (e.g. "/movie/…" singular).</summary>
    public string? Url { get; init; }

    /// <summary>Writes <c>ids.simkl</c> instead of <c>ids.simkl_id</c> (the detail-endpoint key).</summary>
    public bool SimklKey { get; init; }

    /// <summary>Airing/premiere lists: the instant (UTC) the list gives; null writes <c>"date": null</c>.</summary>
    public DateTime? DateUtc { get; init; }

    /// <summary>Airing lists: the episode.</summary>
    public SynthAiring? Airing { get; init; }

    public IReadOnlyList<(string Key, object? Value)> Extra { get; init; } = [];
}

/// <summary>
/// Writes the Simkl file shapes from synthetic titles and airings:
/// field names, order, nesting, nulls and number-vs-string exactly as the real files.
/// </summary>
public static class SimklFiles
{
    /// <summary>v2 calendar: <c>{"calendar":[rows],"metadata":{"id":{…}}}</c>, metadata in first-row order.</summary>
    public static string CalendarV2(IEnumerable<SynthAiring> rows, bool archive, IReadOnlyList<(string Key, object? Value)>? topExtra = null)
    {
        var w = new JsonText(JsonEscaping.Utf8, 1 << 16);
        var titles = new List<SynthTitle>();
        var seen = new HashSet<long>();
        w.StartObject().Name("calendar").StartArray();
        foreach (var r in rows)
        {
            w.StartObject()
                .Prop("simkl_id", r.Title.SimklId)
                .Prop("date", ZoneRules.Utc(archive ? r.ArchiveDateUtc ?? r.DateUtc : r.DateUtc));
            if (r.FinaleType is not Absent)
            {
                w.Prop("finale_type", r.FinaleType);
            }

            if (r.HasEpisode)
            {
                w.Name("episode").StartObject();
                if (r.Season is { } s)
                {
                    w.Prop("season", s);
                }

                w.Prop("episode", r.Episode).Prop("title", r.EpisodeTitle).Prop("url", r.EpisodeUrl).EndObject();
            }

            Extras(w, r.Extra);
            w.EndObject();
            if (seen.Add(r.Title.SimklId) && !r.Title.MissingFromV2Metadata)
            {
                titles.Add(r.Title);
            }
        }

        w.EndArray().Name("metadata").StartObject();
        foreach (var t in titles)
        {
            w.Name(t.SimklId.ToString(CultureInfo.InvariantCulture));
            MetadataV2(w, t);
        }

        w.EndObject();
        Extras(w, topExtra ?? []);
        return w.EndObject().ToString();
    }

    private static void MetadataV2(JsonText w, SynthTitle t)
    {
        w.StartObject().Prop("title", t.Title);
        if (t.Romaji is not null)
        {
            w.Prop("title_romaji", t.Romaji);
        }

        w.Prop("url", t.SiteUrl).Prop("poster", t.Poster).Prop("fanart", t.Fanart);
        Ids(w, t, tmdbAsNumber: false, simklKey: false);
        if (t.Kind != MediaKind.Movie)
        {
            w.Prop("release_date", ZoneRules.Utc(ZoneRules.MidnightUtc(t.Released, t.Kind)));
        }

        w.Prop("rank", t.Rank);
        Ratings(w, t.Ratings, zeroForNull: false);
        w.Prop("runtime", t.Runtime);
        if (t.Network is not Absent)
        {
            w.Prop("network", t.Network);
        }

        if (t.Country is not null)
        {
            w.Prop("country", t.Country);
        }

        if (t.Status is not null)
        {
            w.Prop("status", t.Status);
        }

        if (t.TotalEpisodes is { } total)
        {
            w.Prop("total_episodes", total);
        }

        if (t.DvdDate is { } dvd)
        {
            w.Prop("dvd_date", ZoneRules.IsoDate(dvd));
        }

        if (t.Genres.Count > 0)
        {
            w.Prop("genres", t.Genres);
        }

        Extras(w, t.Extra);
        w.EndObject();
    }

    /// <summary>v1 calendar: a bare array of self-contained items, dates in local time with offset.</summary>
    public static string CalendarV1(IEnumerable<SynthAiring> rows)
    {
        var w = new JsonText(JsonEscaping.PhpDefault, 1 << 16);
        w.StartArray();
        foreach (var r in rows)
        {
            var t = r.Title;
            var offset = t.Kind == MediaKind.Anime ? ZoneRules.Tokyo : ZoneRules.Eastern(r.DateUtc);
            w.StartObject()
                .Prop("title", t.Romaji ?? t.Title)
                .Prop("poster", t.Poster)
                .Prop("date", ZoneRules.Local(r.DateUtc, offset))
                .Prop("release_date", ZoneRules.IsoDate(t.Released))
                .Prop("rank", t.Rank ?? 0);
            Ratings(w, t.Ratings, zeroForNull: false);
            w.Prop("url", t.AbsoluteUrl);
            Ids(w, t, tmdbAsNumber: false, simklKey: false);
            if (r.HasEpisode)
            {
                w.Name("episode").StartObject();
                if (r.Season is { } s)
                {
                    w.Prop("season", s);
                }

                w.Prop("episode", r.Episode).Prop("url", r.EpisodeUrl).EndObject();
            }

            if (t.AnimeType is not null)
            {
                w.Prop("anime_type", t.AnimeType);
            }

            w.EndObject();
        }

        return w.EndArray().ToString();
    }

    /// <summary>data.simkl.in/discover/trending/{kind}/{interval}_100.json: a bare array of rich items.</summary>
    public static string Trending(IEnumerable<ListItem> items, string interval, bool tmdbAsNumber)
    {
        var w = new JsonText(JsonEscaping.Utf8, 1 << 14);
        w.StartArray();
        foreach (var item in items)
        {
            var t = item.Title;
            var h = SynthRandom.Hash((ulong)t.SimklId ^ (ulong)interval.Length * 977);
            var scale = interval switch { "today" => 1, "week" => 6, _ => 22 };
            w.StartObject().Prop("title", t.Title);
            if (t.Romaji is not null)
            {
                w.Prop("title_romaji", t.Romaji);
            }

            w.Prop("url", item.Url ?? t.SiteUrl).Prop("poster", t.Poster).Prop("fanart", t.Fanart);
            Ids(w, t, tmdbAsNumber, item.SimklKey);
            w.Prop("release_date", ZoneRules.UsDate(t.Released));
            if (t.Kind == MediaKind.Movie)
            {
                w.Prop("theater", t.Theater is { } th ? ZoneRules.UsDate(th) : null);
                w.Prop("dvd_date", t.DvdDate is { } dvd ? ZoneRules.UsDate(dvd) : null);
            }

            w.Prop("rank", t.Rank)
                .Prop("drop_rate", string.Create(CultureInfo.InvariantCulture, $"{(h % 150) / 10.0:0.0}%"))
                .Prop("watched", (int)(h % 900 + 40) * scale)
                .Prop("plan_to_watch", (int)((h >> 12) % 1500 + 25) * scale);
            Ratings(w, t.Ratings, zeroForNull: false);
            w.Prop("country", t.Country ?? "us").Prop("runtime", t.Runtime).Prop("status", t.Status ?? "ongoing");
            if (t.Kind != MediaKind.Movie)
            {
                w.Prop("total_episodes", t.TotalEpisodes);
                w.Prop("network", t.Network is Absent ? null : t.Network);
            }

            w.Prop("metadata", t.MetadataLine ?? DefaultMetadataLine(t))
                .Prop("overview", t.Overview ?? "")
                .Prop("genres", t.Genres);
            if (t.Trailer is not null)
            {
                w.Prop("trailer", t.Trailer);
            }

            if (t.AnimeType is not null)
            {
                w.Prop("anime_type", t.AnimeType);
            }

            Extras(w, item.Extra);
            w.EndObject();
        }

        return w.EndArray().ToString();
    }

    /// <summary>api.simkl.com/{tv|anime}/premieres/{new|soon}: short items, local-midnight date with a fixed offset.</summary>
    public static string Premieres(IEnumerable<ListItem> items)
    {
        var w = new JsonText(JsonEscaping.PhpDefault);
        w.StartArray();
        foreach (var item in items)
        {
            var t = item.Title;
            var offset = t.Kind == MediaKind.Anime ? ZoneRules.Tokyo : TimeSpan.FromHours(-5);
            var day = item.DateUtc is { } d ? DateOnly.FromDateTime(d + offset) : t.Released;
            w.StartObject()
                .Prop("title", t.Title)
                .Prop("year", t.Year)
                .Prop("date", ZoneRules.Local(day.ToDateTime(TimeOnly.MinValue) - offset, offset))
                .Prop("url", item.Url ?? t.SiteUrl)
                .Prop("poster", t.Poster);
            Ids(w, t, tmdbAsNumber: false, item.SimklKey, short_: true);
            w.Prop("rank", t.Rank);
            Ratings(w, t.Ratings, zeroForNull: true);
            if (t.AnimeType is not null)
            {
                w.Prop("anime_type", t.AnimeType);
            }

            Extras(w, item.Extra);
            w.EndObject();
        }

        return w.EndArray().ToString();
    }

    /// <summary>api.simkl.com/{tv|anime}/airing?date=…: items with the airing episode (site-relative url).</summary>
    public static string Airing(IEnumerable<ListItem> items)
    {
        var w = new JsonText(JsonEscaping.PhpDefault);
        w.StartArray();
        foreach (var item in items)
        {
            var t = item.Title;
            w.StartObject().Prop("title", t.Title).Prop("year", t.Year);
            if (item.DateUtc is { } d)
            {
                var offset = t.Kind == MediaKind.Anime ? ZoneRules.Tokyo : ZoneRules.Eastern(d);
                w.Prop("date", ZoneRules.Local(d, offset));
            }
            else
            {
                w.Prop("date", null);
            }

            w.Prop("poster", t.Poster).Prop("rank", t.Rank).Prop("url", item.Url ?? t.SiteUrl);
            Ids(w, t, tmdbAsNumber: false, item.SimklKey, short_: true);
            if (item.Airing is { HasEpisode: true } a)
            {
                w.Name("episode").StartObject();
                if (a.Season is { } s)
                {
                    w.Prop("season", s);
                }

                w.Prop("episode", a.Episode).Prop("url", a.SiteEpisodeUrl).EndObject();
            }

            if (t.AnimeType is not null)
            {
                w.Prop("anime_type", t.AnimeType);
            }

            Extras(w, item.Extra);
            w.EndObject();
        }

        return w.EndArray().ToString();
    }

    /// <summary>api.simkl.com/{tv|anime}/best/{filter}: title, year, poster, url, ids, ratings.</summary>
    public static string Best(IEnumerable<ListItem> items)
    {
        var w = new JsonText(JsonEscaping.PhpDefault);
        w.StartArray();
        foreach (var item in items)
        {
            var t = item.Title;
            w.StartObject().Prop("title", t.Title).Prop("year", t.Year).Prop("poster", t.Poster).Prop("url", item.Url ?? t.SiteUrl);
            Ids(w, t, tmdbAsNumber: false, item.SimklKey, short_: true);
            Ratings(w, t.Ratings, zeroForNull: false);
            Extras(w, item.Extra);
            w.EndObject();
        }

        return w.EndArray().ToString();
    }

    private static string DefaultMetadataLine(SynthTitle t) => t.Kind switch
    {
        MediaKind.Movie => $"{t.Released.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)} \u2022 {t.Runtime ?? "TBA"}",
        _ => $"{t.Year} \u2022 {(t.Network as string) ?? "Unknown network"} \u2022 {t.TotalEpisodes?.ToString(CultureInfo.InvariantCulture) ?? "?"} episodes",
    };

    private static void Ids(JsonText w, SynthTitle t, bool tmdbAsNumber, bool simklKey, bool short_ = false)
    {
        w.Name("ids").StartObject().Prop(simklKey ? "simkl" : "simkl_id", t.SimklId).Prop("slug", t.Slug);
        if (!short_)
        {
            foreach (var (key, value) in t.Ids)
            {
                var v = tmdbAsNumber && key == "tmdb" && value is string s && long.TryParse(s, CultureInfo.InvariantCulture, out var n) ? n : value;
                w.Prop(key, v);
            }
        }

        w.EndObject();
    }

    private static void Ratings(JsonText w, IReadOnlyList<SynthRating> ratings, bool zeroForNull)
    {
        if (ratings.Count == 0)
        {
            return;
        }

        w.Name("ratings").StartObject();
        foreach (var r in ratings)
        {
            w.Name(r.Source).StartObject().Prop("rating", r.Rating ?? (zeroForNull ? 0 : null));
            if (r.Votes is not Absent)
            {
                w.Prop("votes", r.Votes ?? (zeroForNull ? 0 : null));
            }

            w.EndObject();
        }

        w.EndObject();
    }

    private static void Extras(JsonText w, IReadOnlyList<(string Key, object? Value)> extra)
    {
        foreach (var (key, value) in extra)
        {
            w.Prop(key, value);
        }
    }
}
