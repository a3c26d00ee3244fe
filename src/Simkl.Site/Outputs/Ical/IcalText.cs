using System.Text;

namespace Simkl.Site.Outputs.Ical;

/// <summary>
/// Makes data text safe for an iCalendar TEXT value. Ical.Net escapes <c>\</c>, <c>,</c>,
/// <c>;</c> and newlines itself (RFC 5545 §3.3.11); what it does not handle are control
/// characters, which RFC 5545 forbids in TEXT, so they are dropped here and line breaks are
/// normalised to <c>\n</c> (so CR or CRLF in the data never splits a content line).
/// </summary>
public static class IcalText
{
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == '\n' || c == '\t' || !(char.IsControl(c) || char.IsSurrogate(c)))
            {
                // Lone surrogates cannot be encoded as UTF-8 and are dropped with the controls.
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
