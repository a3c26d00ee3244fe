using System.Globalization;

namespace Simkl.Site.Fetch;

/// <summary>A calendar month. Simkl's archive URLs use the month unpadded (<c>2026/8</c>; <c>2026/08</c> 404s).</summary>
public readonly record struct CalendarMonth(int Year, int Month)
{
    /// <summary>"YYYY-MM", as in source ids and <c>SourceRecord.Month</c>.</summary>
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>"YYYY/M", exactly as in Simkl's URL.</summary>
    public string UrlPath => string.Create(CultureInfo.InvariantCulture, $"{Year}/{Month}");

    public CalendarMonth Plus(int months)
    {
        var index = (Year * 12) + (Month - 1) + months;
        return new CalendarMonth(index / 12, (index % 12) + 1);
    }

    /// <summary>The months from <paramref name="back"/> before <paramref name="now"/>'s (UTC) month to <paramref name="ahead"/> after, oldest first.</summary>
    public static IReadOnlyList<CalendarMonth> Window(DateTimeOffset now, int back, int ahead)
    {
        var utc = now.UtcDateTime;
        var current = new CalendarMonth(utc.Year, utc.Month);
        return [.. Enumerable.Range(-back, back + ahead + 1).Select(current.Plus)];
    }
}
