using System.Globalization;

namespace Simkl.Site.Load;

/// <summary>
/// Simkl's display texts for runtime (<c>25m</c>, <c>1h 40m</c>, <c>2h</c>) and drop rate
/// (<c>7.1%</c>) turned into numbers. Unparsable text gives null; callers keep the raw text.
/// </summary>
internal static class RuntimeText
{
    /// <summary>Longest runtime believed, in minutes (about 69 days; the longest films run a few days).</summary>
    public const int MaxMinutes = 100_000;

    /// <summary>Minutes from <c>25m</c>, <c>1h 40m</c>, <c>1h40m</c>, <c>2h</c>, <c>45 min</c>, <c>90</c>; null otherwise.</summary>
    public static int? ParseMinutes(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.AsSpan().Trim();
        var total = 0L;
        var sawUnit = false;
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }

            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == start || i - start > 6)
            {
                return null;
            }

            var number = long.Parse(s[start..i], NumberStyles.None, CultureInfo.InvariantCulture);
            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }

            var unitStart = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }

            var unit = s[unitStart..i];
            if (unit.IsEmpty)
            {
                // A bare number is minutes, but only on its own ("90"), never after "1h".
                if (sawUnit || i < s.Length)
                {
                    return null;
                }

                total += number;
                break;
            }

            if (IsAny(unit, "h", "hr", "hrs", "hour", "hours"))
            {
                total += number * 60;
            }
            else if (IsAny(unit, "m", "min", "mins", "minute", "minutes"))
            {
                total += number;
            }
            else
            {
                return null;
            }

            sawUnit = true;
        }

        return total is > 0 and <= MaxMinutes ? (int)total : null;
    }

    /// <summary>A fraction from <c>7.1%</c> (0.071); <c>7.1</c> is read as a percentage too; null when not 0-100.</summary>
    public static double? ParsePercent(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.AsSpan().Trim();
        if (s.EndsWith("%"))
        {
            s = s[..^1].TrimEnd();
        }

        return double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 100
            ? Math.Round(v / 100, 6)
            : null;
    }

    private static bool IsAny(ReadOnlySpan<char> unit, params ReadOnlySpan<string> names)
    {
        foreach (var n in names)
        {
            if (unit.Equals(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
