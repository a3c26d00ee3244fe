using System.Buffers;
using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Load;

/// <summary>
/// Reads one stored file of a snapshot and hands it to the right parser. Calendars are sniffed
/// by their first byte (<c>[</c> v1, <c>{</c> v2) whatever the manifest says. A file that is
/// missing, unreadable, not JSON or the wrong shape yields one warning naming it and no data;
/// it never stops the load.
/// </summary>
internal static class ParseSource
{
    public static ParsedSource Run(SourceRecord source, string snapshotDir, MetadataCache? metadata = null)
    {
        var file = source.Path!;
        var result = new ParsedSource(source, new ParseContext(file, source.Kind, new StringPool()) { Metadata = metadata });
        var w = result.Context.Warnings;
        if (!TryResolve(snapshotDir, file, out var fullPath))
        {
            w.File(WarningCodes.SourcePathInvalid, $"source '{source.Id}': path {ParseContext.Quote(file)} is not inside the snapshot folder; skipped");
            return result;
        }

        byte[]? buffer = null;
        try
        {
            int length;
            try
            {
                using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
                var size = RandomAccess.GetLength(handle);
                if (size > int.MaxValue / 2)
                {
                    w.File(WarningCodes.FileUnreadable, $"source '{source.Id}': {size} bytes is too large to be a Simkl file; skipped");
                    return result;
                }

                // Pooled buffers: a load reads dozens of multi-MB files, two at a time.
                buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(size, 1));
                length = 0;
                int n;
                while (length < size && (n = RandomAccess.Read(handle, buffer.AsSpan(length, (int)size - length), length)) > 0)
                {
                    length += n;
                }
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                w.File(WarningCodes.FileMissing, $"source '{source.Id}': the stored file does not exist; skipped");
                return result;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                w.File(WarningCodes.FileUnreadable, $"source '{source.Id}': {e.Message}; skipped");
                return result;
            }

            Parse(buffer.AsSpan(0, length), result);
            return result;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Parses a body already in memory (also used by tests).</summary>
    public static void Parse(ReadOnlySpan<byte> json, ParsedSource result)
    {
        var w = result.Context.Warnings;
        var id = result.Source.Id;
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        var start = json.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            w.File(WarningCodes.MalformedJson, $"source '{id}': the file is empty; skipped");
            return;
        }

        var first = json[start];
        try
        {
            var isCalendar = result.Source.Type is SourceType.CalendarV1 or SourceType.CalendarV2;
            switch (first)
            {
                case (byte)'[' when isCalendar:
                    result.Format = SourceFormat.CalendarV1;
                    CalendarV1Parser.Parse(json, result);
                    break;
                case (byte)'{' when isCalendar:
                    result.Format = SourceFormat.CalendarV2;
                    CalendarV2Parser.Parse(json, result);
                    break;
                case (byte)'[':
                    result.Format = SourceFormat.List;
                    ListParser.Parse(json, result);
                    break;
                case (byte)'{':
                    // Typically an API error object ({"error": ...}) stored as if it were a list.
                    ValidateJson(json);
                    w.File(WarningCodes.WrongShape, $"source '{id}': a JSON object where a list was expected ({Preview(json[start..])}); skipped");
                    break;
                default:
                    ValidateJson(json);
                    w.File(WarningCodes.WrongShape, $"source '{id}': a bare JSON value, not a {(isCalendar ? "calendar" : "list")}; skipped");
                    break;
            }
        }
        catch (JsonException e)
        {
            result.Fail(WarningCodes.MalformedJson, $"not valid JSON ({e.Message}); the whole file was skipped");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            result.Fail(WarningCodes.WrongShape, $"could not be read ({e.Message}); the whole file was skipped");
        }
    }

    /// <summary>Throws <see cref="JsonException"/> when the body is not one valid JSON value.</summary>
    private static void ValidateJson(ReadOnlySpan<byte> json)
    {
        var r = new Utf8JsonReader(json, SourceReader.Options);
        while (r.Read())
        {
        }
    }

    private static string Preview(ReadOnlySpan<byte> json)
    {
        var text = System.Text.Encoding.UTF8.GetString(json[..Math.Min(json.Length, 80)]).ReplaceLineEndings(" ").Trim();
        return json.Length > 80 ? text + "…" : text;
    }

    /// <summary>The file for a manifest path, refusing absolute paths and anything that leaves the snapshot folder.</summary>
    internal static bool TryResolve(string snapshotDir, string relative, out string fullPath)
    {
        fullPath = "";
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Contains('\\', StringComparison.Ordinal)
            || relative.Split('/').Any(seg => seg is "" or "." or ".."))
        {
            return false;
        }

        var root = Path.GetFullPath(snapshotDir);
        var candidate = Path.GetFullPath(Path.Combine(root, relative));
        if (!candidate.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        fullPath = candidate;
        return true;
    }
}
