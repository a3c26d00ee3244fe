using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text.Json;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// Reads the title-level fields every Simkl format shares (v2 metadata, v1 calendar items,
/// trending/premieres/airing/best items) into a <see cref="TitleDraft"/>, repairing as it goes.
/// </summary>
internal static class TitleFields
{
    /// <summary>Longest external id kept (IMDb, TMDB, MAL ids are a few to a dozen characters).</summary>
    private const int MaxIdLength = 100;

    /// <summary>Simkl (and the IMDb/MAL ratings it relays) rate out of 10.</summary>
    private const double MaxRating = 10;

    /// <summary>
    /// Reads the value of property <paramref name="name"/> (reader on the value) when it is a title
    /// field; returns false, reading nothing, when it is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryRead(scoped ReadOnlySpan<char> name, ref Utf8JsonReader r, ParseContext c, TitleDraft d)
    {
        switch (name)
        {
            case "title":
                d.Name = JsonValues.TitleText(ref r, c, "title");
                return true;
            case "title_romaji":
                d.RomajiName = JsonValues.TitleText(ref r, c, "title_romaji");
                return true;
            case "url":
                d.Url = SimklUrls.Read(ref r, c, "url");
                return true;
            case "poster":
                d.PosterPath = JsonValues.Text(ref r, c, "poster");
                return true;
            case "fanart":
                d.FanartPath = JsonValues.Text(ref r, c, "fanart");
                return true;
            case "ids":
                ReadIds(ref r, c, d);
                return true;
            case "rank":
                var rank = JsonValues.Int(ref r, c, "rank");
                if (rank <= 0)
                {
                    c.Repair(WarningCodes.RankUnranked, "rank");
                    rank = null;
                }

                d.Rank = rank;
                return true;
            case "ratings":
                ReadRatings(ref r, c, d);
                return true;
            case "genres":
                ReadGenres(ref r, c, d);
                return true;
            case "network":
                d.Network = JsonValues.Word(ref r, c, "network");
                return true;
            case "country":
                d.Country = JsonValues.Word(ref r, c, "country");
                return true;
            case "status":
                d.Status = JsonValues.Word(ref r, c, "status");
                return true;
            case "anime_type":
                d.AnimeType = JsonValues.Word(ref r, c, "anime_type");
                return true;
            case "overview":
                d.Overview = JsonValues.Text(ref r, c, "overview", JsonValues.MaxOverviewLength);
                return true;
            case "trailer":
                d.Trailer = JsonValues.Text(ref r, c, "trailer");
                return true;
            case "runtime":
                ReadRuntime(ref r, c, d);
                return true;
            case "year":
                d.Year = JsonValues.InRange(JsonValues.Int(ref r, c, "year"), 1850, 2200, c, "year");
                return true;
            case "total_episodes":
                d.TotalEpisodes = JsonValues.InRange(JsonValues.Int(ref r, c, "total_episodes"), 0, int.MaxValue, c, "total_episodes");
                return true;
            case "release_date":
                d.ReleaseDate = ReadReleaseDate(ref r, c, d.Kind, "release_date");
                return true;
            default:
                return false;
        }
    }

    /// <summary>A release date: <c>YYYY-MM-DD</c>, <c>MM/DD/YYYY</c> or an ISO timestamp (see <see cref="AiringDates.ReleaseDay"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateOnly? ReadReleaseDate(ref Utf8JsonReader r, ParseContext c, MediaKind kind, string field)
    {
        if (!JsonValues.IsOfType(JsonTokenType.String, ref r, c, field))
        {
            return null;
        }

        Span<byte> buffer = stackalloc byte[64];
        var text = Utf8(in r, buffer);
        if (text.IsEmpty)
        {
            return null;
        }

        // The range is checked on the written date, before ReleaseDay converts it between zones.
        if (DateText.TryParseIso(text, out var written))
        {
            return DateBounds.Contains(written.Date) ? AiringDates.ReleaseDay(written, kind) : OutOfRange(c, field);
        }

        if (DateText.TryParseUs(text, out var us))
        {
            return DateBounds.Contains(us) ? us : OutOfRange(c, field);
        }

        c.Repair(WarningCodes.ReleaseDateInvalid, field);
        return null;
    }

    private static DateOnly? OutOfRange(ParseContext c, string field)
    {
        c.Repair(WarningCodes.DateOutOfRange, field);
        return null;
    }

    /// <summary>The current string token as unescaped UTF-8 (empty when longer than the buffer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<byte> Utf8(in Utf8JsonReader r, Span<byte> buffer)
    {
        if (!r.HasValueSequence && !r.ValueIsEscaped)
        {
            return r.ValueSpan;
        }

        var length = r.HasValueSequence ? r.ValueSequence.Length : r.ValueSpan.Length;
        if (length > buffer.Length)
        {
            return default;
        }

        try
        {
            return buffer[..r.CopyString(buffer)];
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape has no UTF-8 form; no date or id contains one.
            return default;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadIds(ref Utf8JsonReader r, ParseContext c, TitleDraft d)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            JsonValues.WrongType(ref r, c, "ids");
            return;
        }

        Span<char> nameBuffer = stackalloc char[32];
        var fromSimklId = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonValues.Name(in r, nameBuffer);
            r.Read();
            switch (name)
            {
                case "simkl_id" or "simkl":
                    if (JsonValues.TryInt64(ref r, out var id) && id > 0)
                    {
                        // ids.simkl_id (list/calendar family) wins over ids.simkl (detail family).
                        if (!fromSimklId)
                        {
                            d.SimklId = id;
                            if (c.RowId == 0)
                            {
                                // Metadata entries are named by their key; rows by their ids.
                                c.RowId = id;
                            }

                            fromSimklId = name is "simkl_id";
                        }
                    }
                    else
                    {
                        // Unusable ids are not counted here: the row is dropped as row-no-id.
                        r.Skip();
                    }

                    break;
                case "slug":
                    d.RawSlug = JsonValues.Text(ref r, c, "ids.slug");
                    break;
                default:
                    if (name.IsEmpty)
                    {
                        r.Skip();
                        break;
                    }

                    ReadExternalId(ref r, c, d, name);
                    break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadExternalId(ref Utf8JsonReader r, ParseContext c, TitleDraft d, scoped ReadOnlySpan<char> name)
    {
        string? value;
        switch (r.TokenType)
        {
            case JsonTokenType.String:
                value = JsonValues.String(in r, c, "ids");
                break;
            case JsonTokenType.Number:
                value = System.Text.Encoding.UTF8.GetString(r.HasValueSequence ? r.ValueSequence.ToArray() : r.ValueSpan);
                c.Repair(WarningCodes.IdNumeric, "ids.", name);
                break;
            case JsonTokenType.Null:
                return;
            default:
                r.Skip();
                c.Repair(WarningCodes.FieldWrongType, "ids.", name);
                return;
        }

        if (value.Length > MaxIdLength)
        {
            // A cut id would link to the wrong page: drop it instead.
            c.Repair(WarningCodes.TextTooLong, "ids.", name);
            return;
        }

        var key = c.Pool.Get(name);
        if (value.Length > 0 && !d.HasId(key))
        {
            d.Ids.Add(new KeyValuePair<string, string>(key, value));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadRatings(ref Utf8JsonReader r, ParseContext c, TitleDraft d)
    {
        if (!JsonValues.IsOfType(JsonTokenType.StartObject, ref r, c, "ratings"))
        {
            return;
        }

        Span<char> nameBuffer = stackalloc char[32];
        Span<char> inner = stackalloc char[16];
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var source = JsonValues.Name(in r, nameBuffer);
            r.Read();
            if (source.IsEmpty)
            {
                r.Skip();
                continue;
            }

            double? value = null;
            int? votes = null;
            switch (r.TokenType)
            {
                case JsonTokenType.StartObject:
                    while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                    {
                        var field = JsonValues.Name(in r, inner);
                        r.Read();
                        switch (field)
                        {
                            case "rating":
                                value = JsonValues.Double(ref r, c, "ratings.rating");
                                break;
                            case "votes":
                                votes = JsonValues.Int(ref r, c, "ratings.votes");
                                break;
                            default:
                                r.Skip();
                                break;
                        }
                    }

                    break;
                case JsonTokenType.Number or JsonTokenType.String:
                    value = JsonValues.Double(ref r, c, "ratings");
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    JsonValues.WrongType(ref r, c, "ratings");
                    break;
            }

            // Simkl writes 0/0 for "no rating yet" (premieres); a rating of 0 does not exist.
            if (value is <= 0)
            {
                value = null;
            }
            else if (value > MaxRating)
            {
                c.Repair(WarningCodes.ValueOutOfRange, "ratings");
                value = null;
            }

            if (votes is < 0)
            {
                votes = null;
            }

            if (value is null && votes is null or 0)
            {
                continue;
            }

            var key = c.Pool.Get(source);
            if (!d.HasRating(key))
            {
                d.Ratings.Add(new Rating(key, value, votes));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadGenres(ref Utf8JsonReader r, ParseContext c, TitleDraft d)
    {
        if (!JsonValues.IsOfType(JsonTokenType.StartArray, ref r, c, "genres"))
        {
            return;
        }

        var duplicate = false;
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType != JsonTokenType.String)
            {
                JsonValues.WrongType(ref r, c, "genres[]");
                continue;
            }

            var genre = JsonValues.PooledString(ref r, c, "genres[]");
            if (string.IsNullOrWhiteSpace(genre))
            {
                continue;
            }

            if (d.HasGenre(genre))
            {
                duplicate = true;
            }
            else
            {
                d.Genres.Add(genre);
            }
        }

        if (duplicate)
        {
            c.Repair(WarningCodes.GenreDuplicate, "genres");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadRuntime(ref Utf8JsonReader r, ParseContext c, TitleDraft d)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Number:
                var minutes = JsonValues.InRange(JsonValues.Int(ref r, c, "runtime"), int.MinValue, RuntimeText.MaxMinutes, c, "runtime");
                d.RuntimeMinutes = minutes > 0 ? minutes : null;
                d.RuntimeText = null;
                break;
            case JsonTokenType.String:
                var text = JsonValues.Word(ref r, c, "runtime");
                d.RuntimeText = text;
                d.RuntimeMinutes = RuntimeText.ParseMinutes(text);
                if (text is not null && d.RuntimeMinutes is null)
                {
                    c.Repair(WarningCodes.RuntimeUnparsed, "runtime");
                }

                break;
            case JsonTokenType.Null:
                break;
            default:
                JsonValues.WrongType(ref r, c, "runtime");
                break;
        }
    }
}
