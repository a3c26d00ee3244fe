using System.Text;
using System.Xml;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Sitemap;

/// <summary><c>sitemap.xml</c> and <c>robots.txt</c>.</summary>
public static class SiteFiles
{
    public static byte[] Sitemap(string baseUrl, IEnumerable<string> urlPaths)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in urlPaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", baseUrl + path);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static string Robots(string baseUrl) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(baseUrl, SiteUrls.Sitemap)}\n";
}
