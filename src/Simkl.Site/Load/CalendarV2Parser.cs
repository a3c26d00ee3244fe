using System.Runtime.CompilerServices;
using System.Buffers.Text;
using System.Text.Json;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// Reads a v2 calendar file: <c>{"calendar": [rows], "metadata": {"&lt;simkl id&gt;": title}}</c>.
/// Rows are thin (id, UTC date, finale, episode); title data lives once per title in metadata.
/// Rows whose metadata is missing are kept but flagged; the merge keeps them only when another
/// file knows the title.
/// </summary>
internal static class CalendarV2Parser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse(ReadOnlySpan<byte> json, ParsedSource result)
    {
        var c = result.Context;
        var r = new Utf8JsonReader(json, SourceReader.Options);
        r.Read();
        if (r.TokenType != JsonTokenType.StartObject)
        {
            result.Fail(WarningCodes.WrongShape, "expected a v2 calendar object; the file was skipped");
            return;
        }

        var sawCalendar = false;
        var metadata = new Dictionary<long, TitleDraft>();
        Span<char> nameBuffer = stackalloc char[32];
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonValues.Name(in r, nameBuffer);
            r.Read();
            switch (name)
            {
                case "calendar" when r.TokenType == JsonTokenType.StartArray:
                    sawCalendar = true;
                    RowReader.ReadAll<Row>(ref r, result);
                    break;
                case "calendar":
                    result.Fail(WarningCodes.WrongShape, $"'calendar' is {SourceReader.Describe(r.TokenType)}, not an array; the file was skipped");
                    return;
                case "metadata" when r.TokenType == JsonTokenType.StartObject:
                    ReadMetadata(json, ref r, c, metadata, result.Titles);
                    break;
                case "metadata":
                    r.Skip();
                    c.Warnings.Drop(WarningCodes.MetadataBadShape, "'metadata' is not an object; rows need title data from other files");
                    break;
                default:
                    r.Skip();
                    break;
            }
        }

        SourceReader.ExpectEnd(ref r);
        if (!sawCalendar)
        {
            result.Fail(WarningCodes.WrongShape, "no 'calendar' array (not a v2 calendar); the file was skipped");
            return;
        }

        for (var i = 0; i < result.Airings.Count; i++)
        {
            if (!metadata.ContainsKey(result.Airings[i].Airing.SimklId))
            {
                result.Airings[i] = result.Airings[i] with { MetadataMissing = true };
            }
        }

        result.Usable = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadMetadata(ReadOnlySpan<byte> json, ref Utf8JsonReader r, ParseContext c, Dictionary<long, TitleDraft> byId, List<TitleDraft> titles)
    {
        c.RowLabel = "metadata entry";
        c.Row = 0;
        Span<char> nameBuffer = stackalloc char[32];
        Span<byte> keyBuffer = stackalloc byte[32];
        TitleDraft? draft = null;
        List<(string Code, string Field)>? repairs = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            c.NextRow();
            var keyBytes = TitleFields.Utf8(in r, keyBuffer);
            long keyId = Utf8Parser.TryParse(keyBytes, out long k, out var used) && used == keyBytes.Length && k > 0 ? k : 0;
            c.RowId = keyId;
            r.Read();
            if (r.TokenType != JsonTokenType.StartObject)
            {
                var what = SourceReader.Describe(r.TokenType);
                r.Skip();
                c.Warnings.Drop(WarningCodes.MetadataBadShape, $"{c.Where}: {what}, not an object");
                continue;
            }

            // A record already parsed in another file with the very same bytes: reuse it.
            var start = checked((int)r.TokenStartIndex);
            var cache = c.Metadata;
            if (cache is not null && keyId > 0 && !byId.ContainsKey(keyId) && cache.Contains(c.Kind, keyId))
            {
                var probe = r;
                probe.Skip();
                if (cache.TryGet(c.Kind, keyId, json[start..checked((int)probe.BytesConsumed)], out var hit))
                {
                    r = probe;
                    foreach (var (code, field) in hit.Repairs)
                    {
                        c.Repair(code, field);
                    }

                    byId[keyId] = hit.Draft;
                    titles.Add(hit.Draft);
                    continue;
                }
            }

            // A fresh draft per entry (each is kept); a rejected one is reused for the next entry.
            draft ??= new TitleDraft();
            draft.Reset(c.Kind, c.File);
            if (cache is not null && keyId > 0)
            {
                repairs ??= [];
                repairs.Clear();
                c.RepairLog = repairs;
            }

            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonValues.Name(in r, nameBuffer);
                r.Read();
                if (!TitleFields.TryRead(name, ref r, c, draft))
                {
                    r.Skip();
                }
            }

            var id = keyId > 0 ? keyId : draft.SimklId;
            if (keyId > 0 && draft.SimklId > 0 && draft.SimklId != keyId)
            {
                c.Repair(WarningCodes.MetadataIdMismatch, "ids.simkl_id");
            }

            var logged = c.RepairLog;
            c.RepairLog = null;
            if (id <= 0)
            {
                c.Warnings.Drop(WarningCodes.MetadataBadShape, $"{c.Where}: no usable Simkl id in the key or ids.simkl_id");
                continue;
            }

            if (draft.Name is null)
            {
                c.Warnings.Drop(WarningCodes.MetadataBadShape, $"{c.Where}: no title");
                continue;
            }

            draft.SimklId = id;
            if (byId.TryGetValue(id, out var existing))
            {
                // The same key twice in one file: the first wins, the second fills gaps.
                if (existing.Shared)
                {
                    var own = existing.Clone();
                    titles[titles.IndexOf(existing)] = own;
                    byId[id] = own;
                    existing = own;
                }

                existing.FillFrom(draft);
            }
            else
            {
                byId[id] = draft;
                titles.Add(draft);
                if (logged is not null && id == keyId)
                {
                    cache!.Offer(c.Kind, keyId, json[start..checked((int)r.BytesConsumed)], draft, logged);
                }

                draft = null;
            }
        }

        c.RowLabel = "row";
    }

    /// <summary>A v2 row: its <c>simkl_id</c> and <c>finale_type</c>; title data lives in <c>metadata</c>.</summary>
    private struct Row : IRowFormat<Row>
    {
        private int? finale;

        public static bool RowsCarryTitles => false;

        public static bool TryReadField(scoped ReadOnlySpan<char> name, ref Utf8JsonReader r, ParseContext c, ref Row own, ref RowFields row)
        {
            switch (name)
            {
                case "simkl_id":
                    if (!JsonValues.TryInt64(ref r, out row.SimklId))
                    {
                        r.Skip();
                        row.SimklId = 0;
                    }

                    c.RowId = row.SimklId;
                    return true;
                case "finale_type":
                    own.finale = JsonValues.Int(ref r, c, "finale_type");
                    return true;
                default:
                    return false;
            }
        }

        public static bool Keep(in Row own, in RowFields row, TitleDraft? title, ParseContext c) => row.HasTimestamp(c);

        public static void Add(in Row own, in RowFields row, TitleDraft? title, ParseContext c, ParsedSource result)
        {
            result.Airings.Add(new AiringRow(new Airing
            {
                SimklId = row.SimklId,
                Kind = c.Kind,
                When = AiringDates.Read(row.Date!.Value, c.Kind, row.HasEpisode),
                Season = row.Episode.Season,
                Episode = row.Episode.Number,
                EpisodeTitle = row.Episode.Title,
                EpisodeUrl = row.Episode.Url,
                Finale = SourceReader.Finale(own.finale, c),
                SourceFile = c.File,
            }, false));
        }
    }
}
