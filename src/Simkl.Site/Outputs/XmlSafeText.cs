using System.Text;
using System.Xml;

namespace Simkl.Site.Outputs;

/// <summary>
/// Drops characters XML 1.0 cannot carry (most C0 controls, lone surrogates) from data text, so
/// a stray control character upstream cannot make XmlWriter throw or the feed invalid.
/// XmlWriter does the escaping of &lt; &amp; and quotes itself.
/// </summary>
public static class XmlSafeText
{
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
