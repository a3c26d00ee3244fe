using System.Runtime.CompilerServices;
namespace Simkl.Site.Load;

/// <summary>
/// A date or timestamp exactly as written: the wall-clock date and time and the offset, if any.
/// The instant decides how a row is read (see <see cref="AiringDates"/>); the written date is what a
/// value without a time means.
/// </summary>
internal readonly record struct WrittenDate(DateOnly Date, TimeOnly? Time, TimeSpan? Offset)
{
    public bool HasTime => Time is not null;

    /// <summary>The instant; a missing offset is read as UTC; a date alone as its 00:00 UTC.</summary>
    public DateTimeOffset Instant =>
        new(Date.ToDateTime(Time ?? TimeOnly.MinValue), Offset ?? TimeSpan.Zero);
}

/// <summary>
/// Allocation-free parsers for the date texts Simkl uses, straight from UTF-8 bytes:
/// ISO 8601 (<c>2026-10-07</c>, <c>2026-10-07T01:00:00Z</c>, <c>…-04:00</c>, fractions, <c>+0900</c>)
/// and US <c>MM/DD/YYYY</c>. Anything else fails; nothing is guessed.
/// </summary>
internal static class DateText
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseIso(ReadOnlySpan<byte> s, out WrittenDate value)
    {
        value = default;
        s = Trim(s);
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !TryDate(year, month, day, out var date))
        {
            return false;
        }

        if (s.Length == 10)
        {
            value = new WrittenDate(date, null, null);
            return true;
        }

        if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || s.Length < 16 || s[13] != ':'
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || hour > 23 || minute > 59)
        {
            return false;
        }

        var i = 16;
        var second = 0;
        long fractionTicks = 0;
        if (i < s.Length && s[i] == ':')
        {
            if (!Digits(s, i + 1, 2, out second) || second > 59)
            {
                return false;
            }

            i += 3;
            if (i < s.Length && (s[i] == '.' || s[i] == ','))
            {
                i++;
                var start = i;
                long scale = TimeSpan.TicksPerSecond;
                while (i < s.Length && s[i] is >= (byte)'0' and <= (byte)'9')
                {
                    scale /= 10;
                    fractionTicks += (s[i] - '0') * scale;
                    i++;
                }

                if (i == start)
                {
                    return false;
                }
            }
        }

        var time = new TimeOnly(new TimeSpan(hour, minute, second).Ticks + fractionTicks);
        if (i == s.Length)
        {
            value = new WrittenDate(date, time, null);
            return true;
        }

        if (s[i] is (byte)'Z' or (byte)'z')
        {
            if (i + 1 != s.Length)
            {
                return false;
            }

            value = new WrittenDate(date, time, TimeSpan.Zero);
            return true;
        }

        if (s[i] is not ((byte)'+' or (byte)'-'))
        {
            return false;
        }

        var sign = s[i] == '-' ? -1 : 1;
        if (!TryOffset(s[(i + 1)..], out var offHours, out var offMinutes))
        {
            return false;
        }

        if (offHours > 14 || offMinutes > 59)
        {
            return false;
        }

        value = new WrittenDate(date, time, sign * new TimeSpan(offHours, offMinutes, 0));
        return true;
    }

    /// <summary>US <c>MM/DD/YYYY</c> (one-digit month/day accepted), as the trending files write it.</summary>
    public static bool TryParseUs(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        s = Trim(s);
        var first = s.IndexOf((byte)'/');
        if (first is < 1 or > 2)
        {
            return false;
        }

        var second = s[(first + 1)..].IndexOf((byte)'/');
        if (second is < 1 or > 2)
        {
            return false;
        }

        var yearStart = first + 1 + second + 1;
        return s.Length - yearStart == 4
            && Digits(s, 0, first, out var month)
            && Digits(s, first + 1, second, out var day)
            && Digits(s, yearStart, 4, out var year)
            && TryDate(year, month, day, out date);
    }

    /// <summary>Offset digits after the sign: <c>hh</c>, <c>hh:mm</c> or <c>hhmm</c>.</summary>
    private static bool TryOffset(ReadOnlySpan<byte> rest, out int hours, out int minutes)
    {
        minutes = 0;
        return rest.Length switch
        {
            2 => Digits(rest, 0, 2, out hours),
            4 => Digits(rest, 0, 2, out hours) && Digits(rest, 2, 2, out minutes),
            5 => Digits(rest, 0, 2, out hours) && rest[2] == ':' && Digits(rest, 3, 2, out minutes),
            _ => Fail(out hours),
        };
    }

    private static bool Fail(out int value)
    {
        value = 0;
        return false;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s)
    {
        while (s.Length > 0 && s[0] is (byte)' ' or (byte)'\t')
        {
            s = s[1..];
        }

        while (s.Length > 0 && s[^1] is (byte)' ' or (byte)'\t')
        {
            s = s[..^1];
        }

        return s;
    }
}
