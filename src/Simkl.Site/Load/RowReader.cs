using System.Runtime.CompilerServices;
using System.Text.Json;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// The row loop every array of rows shares (v1 calendar files, v2 <c>calendar</c> arrays, list
/// files): a row that is not an object is dropped, <c>date</c> and <c>episode</c> are read the
/// same way everywhere, a row without a usable id (or, where rows carry titles, without a title)
/// is dropped, and the format decides the rest through <see cref="IRowFormat{TSelf}"/>.
/// </summary>
internal static class RowReader
{
    /// <summary>Reads the rows of the array the reader is on (its <c>[</c>) up to its <c>]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReadAll<TFormat>(ref Utf8JsonReader r, ParsedSource result)
        where TFormat : struct, IRowFormat<TFormat>
    {
        var c = result.Context;
        c.RowLabel = "row";
        c.Row = 0;
        var titles = TFormat.RowsCarryTitles ? new Dictionary<long, TitleDraft>() : null;
        var title = TFormat.RowsCarryTitles ? new TitleDraft() : null;
        Span<char> nameBuffer = stackalloc char[32];
        Span<byte> dateBuffer = stackalloc byte[64];
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            c.NextRow();
            if (r.TokenType != JsonTokenType.StartObject)
            {
                var what = SourceReader.Describe(r.TokenType);
                r.Skip();
                c.Warnings.Drop(WarningCodes.RowBadShape, $"{c.Where}: {what}, not an object");
                continue;
            }

            var own = default(TFormat);
            var row = default(RowFields);
            title?.Reset(c.Kind, c.File);
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var name = JsonValues.Name(in r, nameBuffer);
                r.Read();
                switch (name)
                {
                    case "date":
                        row.DateNull = r.TokenType == JsonTokenType.Null;
                        row.Date = SourceReader.ReadTimestamp(ref r, dateBuffer, out row.BadDate, out row.DateOutOfRange);
                        break;
                    case "episode":
                        row.Episode = EpisodeFields.Read(ref r, c);
                        break;
                    default:
                        if (!TFormat.TryReadField(name, ref r, c, ref own, ref row)
                            && !(title is not null && TitleFields.TryRead(name, ref r, c, title)))
                        {
                            r.Skip();
                        }

                        break;
                }

                if (title is not null)
                {
                    c.RowId = title.SimklId;
                }
            }

            if (title is not null)
            {
                row.SimklId = title.SimklId;
            }

            if (row.SimklId <= 0)
            {
                c.Warnings.Drop(WarningCodes.RowNoId, $"{c.Where}: no usable {(title is null ? "simkl_id" : "ids.simkl_id")}");
                continue;
            }

            if (title is { Name: null })
            {
                c.Warnings.Drop(WarningCodes.RowNoTitle, $"{c.Where}: no title");
                continue;
            }

            if (!TFormat.Keep(in own, in row, title, c))
            {
                continue;
            }

            row.Episode.Normalise(c);
            TFormat.Add(in own, in row, title, c, result);
            if (titles is null)
            {
                continue;
            }

            if (titles.TryGetValue(row.SimklId, out var known))
            {
                known.FillFrom(title!);
            }
            else
            {
                var draft = title!.Clone();
                titles[row.SimklId] = draft;
                result.Titles.Add(draft);
            }
        }
    }
}
