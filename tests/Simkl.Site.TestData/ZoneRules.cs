using System.Globalization;
using Simkl.Site.Model;

namespace Simkl.Site.TestData;

/// <summary>
/// The two zones Simkl's v1 and API files write offsets in. US Eastern is computed from the US
/// rule (second Sunday of March to first Sunday of November) so the generator does not depend on
/// the machine's tz database.
/// </summary>
public static class ZoneRules
{
    public static readonly TimeSpan Tokyo = TimeSpan.FromHours(9);

    public static TimeSpan Eastern(DateTime utc)
    {
        var start = NthSunday(utc.Year, 3, 2).AddHours(7); // 02:00 EST
        var end = NthSunday(utc.Year, 11, 1).AddHours(6);  // 02:00 EDT
        return utc >= start && utc < end ? TimeSpan.FromHours(-4) : TimeSpan.FromHours(-5);
    }

    /// <summary>
    /// Local midnight of a date as a UTC instant: how Simkl writes date-only values in v2
    /// (T04:00:00Z / T05:00:00Z for US dates, T15:00:00Z the day before for Japanese dates).
    /// </summary>
    public static DateTime MidnightUtc(DateOnly date, MediaKind kind)
    {
        if (kind == MediaKind.Anime)
        {
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Tokyo;
        }

        var summer = date.ToDateTime(new TimeOnly(4, 0), DateTimeKind.Utc);
        return Eastern(summer) == TimeSpan.FromHours(-4) ? summer : summer.AddHours(1);
    }

    /// <summary>"2026-11-27T21:00:00-05:00": the instant written as local time with its offset.</summary>
    public static string Local(DateTime utc, TimeSpan offset)
    {
        var local = utc + offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            + string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    /// <summary>"2026-11-27T12:00:00Z".</summary>
    public static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string UsDate(DateOnly d) => d.ToString("MM'/'dd'/'yyyy", CultureInfo.InvariantCulture);

    private static DateTime NthSunday(int year, int month, int n)
    {
        var d = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        while (d.DayOfWeek != DayOfWeek.Sunday)
        {
            d = d.AddDays(1);
        }

        return d.AddDays(7 * (n - 1));
    }
}

/// <summary>SplitMix64: a tiny PRNG whose sequence is fixed forever (System.Random's is not promised).</summary>
public sealed class SynthRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, max).</summary>
    public int Int(int max) => (int)(Next() % (ulong)max);

    public int Int(int min, int maxExclusive) => min + Int(maxExclusive - min);

    public double Double() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Double() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];

    /// <summary>A stable hash of a number, for ids and image paths that must not depend on call order.</summary>
    public static ulong Hash(ulong value) => new SynthRandom(value).Next();

    /// <summary>An image path like "37/3791c0de4a55e1f2b": a 2-char shard, then the file id.</summary>
    public static string ImagePath(long simklId, int salt)
    {
        var hex = Hash((ulong)simklId * 31 + (ulong)salt).ToString("x16", CultureInfo.InvariantCulture)
            + Hash((ulong)simklId * 131 + (ulong)salt).ToString("x16", CultureInfo.InvariantCulture);
        var id = hex[..(17 + (int)(simklId % 2))];
        return id[..2] + "/" + id;
    }
}
