using Simkl.Site.Model;
using Simkl.Site.Urls;
using System.Globalization;
using System.Text;
using System.Xml;
using Simkl.Site.Outputs;
using Simkl.Site.Outputs.Html;

namespace Simkl.Site.Changes;

/// <summary>
/// Writes <c>/changes.xml</c>: an Atom feed of the change log. Entry ids are stable (derived from
/// what changed); each entry carries the previous and the new time, in words and as machine values.
/// Deterministic: <c>updated</c> is the newest entry's detection time (or when tracking started).
/// </summary>
public static class ChangesFeed
{
    public static byte[] Write(ScheduleState state, string siteTitle, string baseUrl, TimeZoneInfo zone, Func<string, bool>? titlePageExists = null)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            NewLineChars = "\n",
        };
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            w.WriteStartDocument();
            w.WriteStartElement("feed", ns);
            w.WriteElementString("id", ns, SiteUrls.Absolute(baseUrl, SiteUrls.ChangesFeed));
            w.WriteElementString("title", ns, XmlSafeText.Clean($"{siteTitle}: schedule changes"));
            w.WriteElementString("subtitle", ns, "Airings added, moved or removed between builds, from Simkl's calendar data.");
            Link(w, ns, "self", SiteUrls.Absolute(baseUrl, SiteUrls.ChangesFeed), "application/atom+xml");
            Link(w, ns, "alternate", SiteUrls.Absolute(baseUrl, SiteUrls.Changes), "text/html");
            var updated = state.Log.Count > 0 ? state.Log.Max(c => c.DetectedAt) : state.TrackingSince;
            w.WriteElementString("updated", ns, Stamp(updated));
            w.WriteStartElement("author", ns);
            w.WriteElementString("name", ns, XmlSafeText.Clean(siteTitle));
            w.WriteEndElement();
            w.WriteElementString("generator", ns, "Simkl.Site");

            foreach (var c in state.Log)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("id", ns, c.AtomId);
                w.WriteElementString("title", ns, XmlSafeText.Clean(ChangeText.Headline(c, zone)));
                w.WriteElementString("updated", ns, Stamp(c.DetectedAt));
                // The title's page when the site has one (a removed title may not), else the change on /changes/.
                var hasPage = titlePageExists?.Invoke(c.TitlePath) ?? true;
                Link(w, ns, "alternate", hasPage ? $"{baseUrl}{c.TitlePath}" : $"{baseUrl}{SiteUrls.Changes}#c-{c.Id}", "text/html");
                Link(w, ns, "related", SimklLinks.TitleUrl(c.Kind, c.SimklId, c.Slug), "text/html");
                w.WriteStartElement("category", ns);
                w.WriteAttributeString("term", Term(c.Type));
                w.WriteEndElement();
                w.WriteStartElement("category", ns);
                w.WriteAttributeString("term", c.Kind.Hook());
                w.WriteEndElement();
                w.WriteStartElement("summary", ns);
                w.WriteAttributeString("type", "text");
                w.WriteString(XmlSafeText.Clean(Summary(c, zone)));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>"previous: … (2026-12-01T01:00:00Z); new: … (2026-12-03T01:00:00Z)".</summary>
    public static string Summary(ScheduleChange c, TimeZoneInfo zone)
    {
        var parts = new List<string>();
        if (c.PreviousWhen is { } p)
        {
            parts.Add($"Previous: {ChangeText.When(p, zone)} ({p.MachineValue})");
        }

        if (c.NewWhen is { } n)
        {
            parts.Add($"New: {ChangeText.When(n, zone)} ({n.MachineValue})");
        }

        if (c.Type == ChangeType.Removed)
        {
            parts.Add("No longer in Simkl's calendar.");
        }

        return string.Join(". ", parts);
    }

    public static string Term(ChangeType type) => type switch
    {
        ChangeType.Added => "added",
        ChangeType.MovedDate => "moved-date",
        ChangeType.MovedTime => "moved-time",
        ChangeType.Removed => "removed",
        _ => "finale",
    };

    private static string Stamp(DateTimeOffset t) =>
        UtcText.Format(t);

    private static void Link(XmlWriter w, string ns, string rel, string href, string type)
    {
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
