using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.TestData;

/// <summary>
/// Collects raw bodies under their snapshot paths (layout contract in the team briefing) and writes
/// them with a <c>snapshot.json</c> recording each as a fresh 200 with validators.
/// </summary>
public sealed class SnapshotBuilder(DateTimeOffset capturedAt)
{
    public const string DataBase = "https://data.simkl.in";
    public const string ApiBase = "https://api.simkl.com";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<(SourceRecord Record, byte[] Body)> _files = [];

    public DateTimeOffset CapturedAt { get; } = capturedAt;

    public long TotalBytes => _files.Sum(f => (long)f.Body.Length);

    public int Count => _files.Count;

    public void CalendarV2(MediaKind kind, string body, int? year = null, int? month = null) =>
        Calendar(SourceType.CalendarV2, "calendar-v2", "calendar/v2/", kind, body, year, month);

    public void CalendarV1(MediaKind kind, string body, int? year = null, int? month = null) =>
        Calendar(SourceType.CalendarV1, "calendar-v1", "calendar/", kind, body, year, month);

    private void Calendar(SourceType type, string idPrefix, string urlPrefix, MediaKind kind, string body, int? year, int? month)
    {
        // Month is NOT zero-padded in the URL (a padded month 404s upstream); the id uses YYYY-MM.
        var monthPart = year is { } y && month is { } m ? $"{y}/{m}/" : "";
        var monthId = year is { } y2 && month is { } m2 ? string.Create(CultureInfo.InvariantCulture, $"{y2:0000}-{m2:00}") : null;
        var urlPath = $"{urlPrefix}{monthPart}{kind.CalendarFile()}.json";
        Add(new SourceRecord
        {
            // Same ids as the fetch stage writes (SourceSpec): calendar ids use the kind hook (tv|anime|movie).
            Id = monthId is null ? $"{idPrefix}/{kind.Hook()}" : $"{idPrefix}/{monthId}/{kind.Hook()}",
            Type = type,
            Kind = kind,
            Month = monthId,
            Url = $"{DataBase}/{urlPath}",
            Path = $"data/{urlPath}",
            Outcome = SourceOutcome.Fresh,
        }, body, CalendarLastModified());
    }

    public void Trending(MediaKind kind, string interval, string body)
    {
        var urlPath = $"discover/trending/{kind.Section()}/{interval}_100.json";
        Add(new SourceRecord
        {
            Id = $"trending/{kind.Section()}/{interval}",
            Type = SourceType.Trending,
            Kind = kind,
            Variant = interval,
            Url = $"{DataBase}/{urlPath}",
            Path = $"data/{urlPath}",
            Outcome = SourceOutcome.Fresh,
        }, body, interval == "today" ? Floor(CapturedAt, 1) : Floor(CapturedAt, 24));
    }

    public void Premieres(MediaKind kind, string variant, int page, int pageSize, string body) => Add(new SourceRecord
    {
        Id = $"premieres/{kind.Section()}/{variant}/{page}",
        Type = SourceType.Premieres,
        Kind = kind,
        Variant = variant,
        Page = page,
        Url = string.Create(CultureInfo.InvariantCulture, $"{ApiBase}/{kind.Section()}/premieres/{variant}?page={page}&limit={pageSize}"),
        Path = $"api/{kind.Section()}/premieres/{variant}/page-{page}.json",
        Outcome = SourceOutcome.Fresh,
    }, body, null);

    public void Airing(MediaKind kind, string day, string body) => Add(new SourceRecord
    {
        Id = $"airing/{kind.Section()}/{day}",
        Type = SourceType.Airing,
        Kind = kind,
        Variant = day,
        Url = $"{ApiBase}/{kind.Section()}/airing?date={day}",
        Path = $"api/{kind.Section()}/airing/{day}.json",
        Outcome = SourceOutcome.Fresh,
    }, body, null);

    public void Best(MediaKind kind, string filter, string body) => Add(new SourceRecord
    {
        Id = $"best/{kind.Section()}/{filter}",
        Type = SourceType.Best,
        Kind = kind,
        Variant = filter,
        Url = $"{ApiBase}/{kind.Section()}/best/{filter}",
        Path = $"api/{kind.Section()}/best/{filter}.json",
        Outcome = SourceOutcome.Fresh,
    }, body, null);

    private void Add(SourceRecord record, string body, DateTimeOffset? lastModified)
    {
        var bytes = Utf8NoBom.GetBytes(body);
        _files.Add((record with
        {
            ETag = ETagOf(bytes),
            LastModified = lastModified?.ToString("r", CultureInfo.InvariantCulture),
            GoodAt = CapturedAt,
            FetchedAt = CapturedAt,
            HttpStatus = 200,
            Bytes = bytes.Length,
        }, bytes));
    }

    /// <summary>
    /// Writes the snapshot into <paramref name="dir"/>. Replaces <c>data/</c>, <c>api/</c> and
    /// <c>snapshot.json</c> (so removed sources do not linger) and leaves anything else (README).
    /// </summary>
    public SnapshotManifest WriteTo(string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (var sub in new[] { "data", "api" })
        {
            var p = Path.Combine(dir, sub);
            if (Directory.Exists(p))
            {
                Directory.Delete(p, recursive: true);
            }
        }

        foreach (var (record, body) in _files)
        {
            var path = Path.Combine(dir, record.Path!.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, body);
        }

        var manifest = new SnapshotManifest
        {
            CapturedAt = CapturedAt,
            DataBase = DataBase,
            ApiBase = ApiBase,
            Synthetic = true,
            Sources = _files.Select(f => f.Record).OrderBy(r => r.Id, StringComparer.Ordinal).ToList(),
        };
        // Relaxed escaping only so ETags read as "\"abc\"" rather than "\u0022abc\u0022"; readers do not care.
        var options = new JsonSerializerOptions(SnapshotJson.Options) { NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        File.WriteAllText(Path.Combine(dir, SnapshotManifest.FileName), JsonSerializer.Serialize(manifest, options) + "\n", Utf8NoBom);
        return manifest;
    }

    /// <summary>Calendar files are regenerated every 6 h upstream.</summary>
    private DateTimeOffset CalendarLastModified() => Floor(CapturedAt, 6);

    private static DateTimeOffset Floor(DateTimeOffset t, int hours)
    {
        var utc = t.UtcDateTime;
        var floored = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour / hours * hours, 0, 0, DateTimeKind.Utc);
        return new DateTimeOffset(floored == utc ? floored.AddHours(-hours) : floored, TimeSpan.Zero);
    }

    /// <summary>A strong ETag like the CDN's: a stable hash of the body.</summary>
    private static string ETagOf(byte[] body)
    {
        var h = 14695981039346656037UL;
        foreach (var b in body)
        {
            h = (h ^ b) * 1099511628211UL;
        }

        return "\"" + h.ToString("x16", CultureInfo.InvariantCulture) + "\"";
    }
}
