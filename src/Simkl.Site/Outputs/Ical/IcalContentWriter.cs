using System.Buffers;
using System.Text;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Writes RFC 5545 content lines as UTF-8 straight into a buffer rented from the shared pool:
/// <c>NAME[;PARAM=…]:value</c>, CRLF after every line, and lines folded so that no physical line
/// is longer than 75 octets. A fold never splits a UTF-8 sequence (a surrogate pair is one
/// character of 4 octets); otherwise lines are filled greedily, like Ical.Net folds, so the two
/// agree line for line. Values come from data: TEXT values are escaped (§3.3.11: <c>\</c>,
/// <c>;</c>, <c>,</c>, newlines), and every value drops what cannot be in a content line at all
/// (control characters other than tab in TEXT, lone surrogates), so no data can break a line.
/// Dispose returns the buffer; <see cref="ToArray"/> copies the bytes out first.
/// </summary>
public sealed class IcalContentWriter : IDisposable
{
    public const int MaxLineOctets = 75;

    private static readonly byte[] Fold = "\r\n "u8.ToArray();

    private byte[] _buffer;
    private int _length;
    private int _lineOctets;

    public IcalContentWriter(int initialCapacity = 16 * 1024)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far (valid until the next write or Dispose).</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public void Begin(string component) => Value("BEGIN", component);

    public void End(string component) => Value("END", component);

    /// <summary>
    /// A value written as it is (URIs, durations, tokens): not escaped, but control characters and
    /// lone surrogates are dropped so the line stays one line.
    /// </summary>
    public void Value(string name, string value)
    {
        StartLine(name, value.Length);
        AppendText(value, escape: false);
        EndLine();
    }

    /// <summary>A TEXT value, escaped.</summary>
    public void Text(string name, string value)
    {
        StartLine(name, value.Length);
        AppendText(value, escape: true);
        EndLine();
    }

    /// <summary>A list of TEXT values (CATEGORIES), each escaped, separated by commas.</summary>
    public void TextList(string name, IReadOnlyList<string> values)
    {
        var total = 0;
        for (var i = 0; i < values.Count; i++)
        {
            total += values[i].Length + 1;
        }

        StartLine(name, total);
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                AppendAscii((byte)',');
            }

            AppendText(values[i], escape: true);
        }

        EndLine();
    }

    /// <summary>A UTC DATE-TIME: <c>NAME:20261128T010000Z</c>.</summary>
    public void UtcDateTime(string name, DateTime utc)
    {
        StartLine(name, 16);
        AppendDate(DateOnly.FromDateTime(utc));
        AppendAscii((byte)'T');
        AppendDigits(utc.Hour, 2);
        AppendDigits(utc.Minute, 2);
        AppendDigits(utc.Second, 2);
        AppendAscii((byte)'Z');
        EndLine();
    }

    /// <summary>A DATE: <c>NAME;VALUE=DATE:20261204</c>.</summary>
    public void Date(string name, DateOnly date)
    {
        StartLine(name, 8, ";VALUE=DATE");
        AppendDate(date);
        EndLine();
    }

    /// <summary>
    /// Copies whole content lines another writer made (its bytes from <paramref name="start"/> to
    /// <paramref name="end"/>, both at line starts): lines are folded and escaped on their own, so
    /// a copy is what writing them again would write.
    /// </summary>
    public void CopyLines(IcalContentWriter from, int start, int end)
    {
        var lines = from.WrittenSpan[start..end];
        Ensure(lines.Length);
        lines.CopyTo(_buffer.AsSpan(_length));
        _length += lines.Length;
        _lineOctets = 0;
    }

    public void Integer(string name, int value)
    {
        Value(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reserves room for one line: every char of the value takes at most 3 octets (an escape takes
    /// 2, a surrogate pair 4 for 2 chars), plus a 3-octet fold every 74 octets and the CRLF.
    /// </summary>
    private void StartLine(string name, int valueChars, string parameters = "")
    {
        var octets = (name.Length + parameters.Length + 1 + (valueChars * 3)) + 2;
        Ensure(octets + (octets / 74 * 3) + 16);
        _lineOctets = 0;
        AppendAsciiString(name);
        AppendAsciiString(parameters);
        AppendAscii((byte)':');
    }

    private void EndLine()
    {
        _buffer[_length++] = (byte)'\r';
        _buffer[_length++] = (byte)'\n';
        _lineOctets = 0;
    }

    private void Ensure(int extra)
    {
        if (_length + extra <= _buffer.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + extra));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = bigger;
    }

    private void AppendAscii(byte b)
    {
        if (_lineOctets + 1 > MaxLineOctets)
        {
            FoldLine();
        }

        _buffer[_length++] = b;
        _lineOctets++;
    }

    private void AppendAsciiString(string s)
    {
        foreach (var c in s)
        {
            AppendAscii((byte)c);
        }
    }

    private void AppendDigits(int value, int width)
    {
        for (var p = Pow10(width - 1); p > 0; p /= 10)
        {
            AppendAscii((byte)('0' + (value / p % 10)));
        }
    }

    private void AppendDate(DateOnly date)
    {
        AppendDigits(date.Year, 4);
        AppendDigits(date.Month, 2);
        AppendDigits(date.Day, 2);
    }

    private static int Pow10(int n)
    {
        var p = 1;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }

    private void FoldLine()
    {
        Fold.CopyTo(_buffer.AsSpan(_length));
        _length += Fold.Length;
        _lineOctets = 1;
    }

    // Printable ASCII that goes out as it is: everything but the escaped characters in TEXT values.
    private static readonly SearchValues<char> PlainText = SearchValues.Create(PrintableAscii().Where(c => c is not ('\\' or ';' or ',')).ToArray());
    private static readonly SearchValues<char> PlainValue = SearchValues.Create(PrintableAscii());

    private static char[] PrintableAscii() => [.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c)];

    private void AppendText(string value, bool escape)
    {
        var text = value.AsSpan();
        var plain = escape ? PlainText : PlainValue;
        var i = 0;
        while (i < text.Length)
        {
            // Runs of characters that need no escaping (most of every value) are copied a line's
            // room at a time; the rest goes one character at a time.
            var run = text[i..].IndexOfAnyExcept(plain);
            if (run < 0)
            {
                run = text.Length - i;
            }

            while (run > 0)
            {
                if (_lineOctets >= MaxLineOctets)
                {
                    FoldLine();
                }

                var n = Math.Min(run, MaxLineOctets - _lineOctets);
                System.Text.Ascii.FromUtf16(text.Slice(i, n), _buffer.AsSpan(_length, n), out _);
                _length += n;
                _lineOctets += n;
                i += n;
                run -= n;
            }

            if (i < text.Length)
            {
                i = AppendOther(value, i, escape);
            }
        }
    }

    /// <summary>Writes the character at <paramref name="i"/> (escaped, dropped or UTF-8 encoded); returns the index after it.</summary>
    private int AppendOther(string value, int i, bool escape)
    {
        var c = value[i];
        if (c < 0x80)
        {
            switch (c)
            {
                case '\\' or ';' or ',' when escape:
                    AppendAscii((byte)'\\');
                    AppendAscii((byte)c);
                    break;
                case '\r' or '\n' when escape:
                    // CRLF, CR and LF are all one line break in the data.
                    if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    AppendAscii((byte)'\\');
                    AppendAscii((byte)'n');
                    break;
                case '\t' when escape:
                    AppendAscii((byte)c);
                    break;
                default:
                    if (c >= 0x20 && c != 0x7F)
                    {
                        AppendAscii((byte)c);
                    }

                    break;
            }
        }
        else if (char.IsHighSurrogate(c))
        {
            if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                AppendRune(new Rune(c, value[i + 1]));
                i++;
            }
        }
        else if (!char.IsLowSurrogate(c) && !char.IsControl(c))
        {
            AppendRune(new Rune(c));
        }

        return i + 1;
    }

    private void AppendRune(Rune rune)
    {
        var octets = rune.Utf8SequenceLength;
        if (_lineOctets + octets > MaxLineOctets)
        {
            FoldLine();
        }

        _length += rune.EncodeToUtf8(_buffer.AsSpan(_length));
        _lineOctets += octets;
    }
}
