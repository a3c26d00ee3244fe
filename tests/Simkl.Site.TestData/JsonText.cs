using System.Globalization;
using System.Text;

namespace Simkl.Site.TestData;

/// <summary>How a file's strings are escaped, mimicking the server that wrote it.</summary>
public enum JsonEscaping
{
    /// <summary>Raw UTF-8, slashes as is (the v2 calendar and discover files).</summary>
    Utf8,

    /// <summary>PHP json_encode defaults: <c>\/</c> for slashes and <c>\uXXXX</c> for non-ASCII (v1 and API files).</summary>
    PhpDefault,
}

/// <summary>A JSON fragment written verbatim (for nested unknown fields).</summary>
public sealed record RawJson(string Text);

/// <summary>
/// A tiny compact JSON writer. We write by hand rather than with Utf8JsonWriter because the
/// synthetic files must reproduce server quirks (escaped slashes, \u escapes, key order,
/// numbers vs strings) byte for byte, and the output must not depend on library defaults.
/// </summary>
public sealed class JsonText
{
    private readonly StringBuilder _sb;
    private readonly JsonEscaping _escaping;
    private bool _needComma;

    public JsonText(JsonEscaping escaping, int capacity = 4096)
    {
        _escaping = escaping;
        _sb = new StringBuilder(capacity);
    }

    public int Length => _sb.Length;

    public override string ToString() => _sb.ToString();

    public JsonText StartObject() { Sep(); _sb.Append('{'); _needComma = false; return this; }
    public JsonText EndObject() { _sb.Append('}'); _needComma = true; return this; }
    public JsonText StartArray() { Sep(); _sb.Append('['); _needComma = false; return this; }
    public JsonText EndArray() { _sb.Append(']'); _needComma = true; return this; }

    public JsonText Name(string name)
    {
        Sep();
        Escape(name);
        _sb.Append(':');
        _needComma = false;
        return this;
    }

    public JsonText Prop(string name, object? value) => Name(name).Value(value);

    public JsonText Value(object? value)
    {
        Sep();
        switch (value)
        {
            case null: _sb.Append("null"); break;
            case string s: Escape(s); break;
            case bool b: _sb.Append(b ? "true" : "false"); break;
            case int i: _sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: _sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case double d: _sb.Append(FormatDouble(d)); break;
            case RawJson raw: _sb.Append(raw.Text); break;
            case IEnumerable<string> list:
                _sb.Append('[');
                _needComma = false;
                foreach (var item in list) { Value(item); }
                _sb.Append(']');
                break;
            default: throw new ArgumentException($"Unsupported JSON value type {value.GetType()}.", nameof(value));
        }

        _needComma = true;
        return this;
    }

    /// <summary>Shortest round-trip form, always with a digit after the point for non-integers.</summary>
    public static string FormatDouble(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    private void Sep()
    {
        if (_needComma)
        {
            _sb.Append(',');
            _needComma = false;
        }
    }

    private void Escape(string s)
    {
        _sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': _sb.Append("\\\""); break;
                case '\\': _sb.Append("\\\\"); break;
                case '\n': _sb.Append("\\n"); break;
                case '\r': _sb.Append("\\r"); break;
                case '\t': _sb.Append("\\t"); break;
                case '/' when _escaping == JsonEscaping.PhpDefault: _sb.Append("\\/"); break;
                default:
                    if (c < 0x20 || (c > 0x7e && _escaping == JsonEscaping.PhpDefault))
                    {
                        // Surrogate pairs come out as two \u escapes, exactly as PHP writes them.
                        _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _sb.Append(c);
                    }

                    break;
            }
        }

        _sb.Append('"');
    }
}
