using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Load;

/// <summary>Counts for one kind of airing.</summary>
public sealed record AiringCounts(int Total, int Timed, int DateOnly);

/// <summary>Airings on one day of the chosen zone, per kind.</summary>
public sealed record DayCounts(DateOnly Date, int Tv, int Anime, int Movie)
{
    public int Total => Tv + Anime + Movie;
}

public sealed record ListCount(ListId Id, int Entries);

/// <summary>
/// Where one kind's airings came from: the v2 calendar files, the v1 (legacy) files, and the
/// airing and premiere list endpoints (dated entries, and those Simkl lists with no date).
/// </summary>
public sealed record AiringOrigins(int V2, int V1, int ListDated, int ListUndated);

/// <summary>
/// What a loaded catalogue holds, in numbers: titles and airings per kind, airings per day in a
/// zone, list sizes, source outcomes and warnings per code. Used by <c>simkl-site stats</c>.
/// </summary>
public sealed record CatalogueStats
{
    public required IReadOnlyDictionary<MediaKind, int> Titles { get; init; }
    public required IReadOnlyDictionary<MediaKind, AiringCounts> Airings { get; init; }

    /// <summary>Every day of the window (zero days included), in the zone.</summary>
    public required IReadOnlyList<DayCounts> Days { get; init; }

    public DateOnly? FirstDay { get; init; }
    public DateOnly? LastDay { get; init; }
    public required IReadOnlyList<ListCount> Lists { get; init; }
    public required IReadOnlyDictionary<SourceOutcome, int> Outcomes { get; init; }
    public required IReadOnlyDictionary<string, int> WarningsByCode { get; init; }

    /// <summary>Per kind: which files the airings came from.</summary>
    public required IReadOnlyDictionary<MediaKind, AiringOrigins> Origins { get; init; }

    /// <summary>Per kind: records dropped or repaired, by warning code (sources of no known kind are left out).</summary>
    public required IReadOnlyDictionary<MediaKind, IReadOnlyDictionary<string, int>> WarningsByKind { get; init; }

    public int TitleTotal => Titles.Values.Sum();
    public int AiringTotal => Airings.Values.Sum(a => a.Total);
    public int WarningRecords => WarningsByCode.Values.Sum();

    /// <summary>
    /// Computes the numbers. The per-day window starts at <paramref name="from"/> (default: the first
    /// day with airings) and runs <paramref name="days"/> days (default: through the last day with airings).
    /// </summary>
    public static CatalogueStats Compute(SiteCatalogue catalogue, TimeZoneInfo zone, DateOnly? from = null, int? days = null)
    {
        var titles = MediaKindNames.All.ToDictionary(k => k, _ => 0);
        foreach (var key in catalogue.Titles.Keys)
        {
            titles[key.Kind]++;
        }

        var total = new int[3];
        var timed = new int[3];
        var perDay = new SortedDictionary<DateOnly, int[]>();
        foreach (var a in catalogue.Airings)
        {
            var k = (int)a.Kind;
            total[k]++;
            if (!a.When.IsDateOnly)
            {
                timed[k]++;
            }

            var day = a.When.DayIn(zone);
            if (!perDay.TryGetValue(day, out var counts))
            {
                counts = new int[3];
                perDay[day] = counts;
            }

            counts[k]++;
        }

        DateOnly? first = perDay.Count > 0 ? perDay.Keys.First() : null;
        DateOnly? last = perDay.Count > 0 ? perDay.Keys.Last() : null;
        var start = from ?? first;
        var dayList = new List<DayCounts>();
        if (start is { } s)
        {
            var end = days is { } n ? s.AddDays(n - 1) : last ?? s;
            for (var d = s; d <= end; d = d.AddDays(1))
            {
                var c = perDay.TryGetValue(d, out var x) ? x : new int[3];
                dayList.Add(new DayCounts(d, c[0], c[1], c[2]));
            }
        }

        var outcomes = Enum.GetValues<SourceOutcome>().ToDictionary(o => o, _ => 0);
        foreach (var source in catalogue.Snapshot.Sources)
        {
            outcomes[source.Outcome]++;
        }

        var byPath = new Dictionary<string, SourceRecord>(StringComparer.Ordinal);
        foreach (var source in catalogue.Snapshot.Sources)
        {
            if (source.Path is { } path)
            {
                byPath.TryAdd(path, source);
            }
        }

        var origins = new int[3, 4];
        foreach (var a in catalogue.Airings)
        {
            var type = byPath.TryGetValue(a.SourceFile, out var source) ? source.Type : SourceType.CalendarV2;
            origins[(int)a.Kind, type == SourceType.CalendarV1 ? 1 : 0]++;
        }

        foreach (var list in catalogue.Lists.Where(l => l.Id.Family is ListFamily.Airing or ListFamily.Premieres))
        {
            foreach (var entry in list.Entries)
            {
                origins[(int)entry.Kind, entry.When is null ? 3 : 2]++;
            }
        }

        var warningsByKind = MediaKindNames.All.ToDictionary(k => k, k => (IReadOnlyDictionary<string, int>)LoadWarnings.CountByCode(
            catalogue.Warnings.Where(w => byPath.TryGetValue(w.Source, out var source) && source.Kind == k)));

        return new CatalogueStats
        {
            Origins = MediaKindNames.All.ToDictionary(k => k, k => new AiringOrigins(origins[(int)k, 0], origins[(int)k, 1], origins[(int)k, 2], origins[(int)k, 3])),
            WarningsByKind = warningsByKind,
            Titles = titles,
            Airings = MediaKindNames.All.ToDictionary(k => k, k => new AiringCounts(total[(int)k], timed[(int)k], total[(int)k] - timed[(int)k])),
            Days = dayList,
            FirstDay = first,
            LastDay = last,
            Lists = [.. catalogue.Lists.Select(l => new ListCount(l.Id, l.Entries.Count))],
            Outcomes = outcomes,
            WarningsByCode = LoadWarnings.CountByCode(catalogue.Warnings),
        };
    }
}
