using System.Globalization;

namespace Simkl.Site.Model;

/// <summary>
/// The one machine form of an instant the site writes: UTC to the second, <c>2026-10-07T01:00:00Z</c>
/// (<c>&lt;time datetime&gt;</c>, feeds, JSON, the changes state, reports).
/// </summary>
public static class UtcText
{
    public const string Pattern = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
