using System.Globalization;
using System.Text;
using System.Xml;
using Simkl.Site.Model;
using Simkl.Site.Urls;
using Simkl.Site.Index;

namespace Simkl.Site.Outputs.Atom;

/// <summary>
/// Writes <c>/feed.xml</c>: an Atom 1.0 feed of premieres and finales from a week ago to the end
/// of the data. Entry ids are <c>tag:</c> URIs from <see cref="Airing.Key"/>, so an entry keeps its
/// id when its date moves; <c>updated</c> is the snapshot's capture time (Simkl's data carries no
/// per-item change time), so the bytes only change when the data does.
/// </summary>
public sealed class BuildAtomFeed : IOutputGenerator
{
    /// <summary>How far back the feed reaches, so a finale that just aired is still "new".</summary>
    public const int DaysBack = 7;

    /// <summary>Upper bound on entries, earliest first, so the feed stays small for readers.</summary>
    public const int MaxEntries = 300;

    /// <summary>The dated part of every tag: URI; fixed so ids never change with the build date.</summary>
    public const string TagDate = "2026";

    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        yield return new OutputFile(SiteUrls.File(SiteUrls.AtomFeed), Write(context, Plan(context, index)));
    }

    /// <summary>Calendar premieres and finales, plus Simkl's premiere lists for shows not in the calendar yet.</summary>
    public static IReadOnlyList<AtomEntry> Plan(BuildContext context, SiteIndex index)
    {
        var from = context.Today.AddDays(-DaysBack);
        var spoilerSafe = context.Settings.SpoilerSafe;
        var entries = new Dictionary<string, AtomEntry>(StringComparer.Ordinal);
        foreach (var airing in index.AiringsBetween(from))
        {
            if (index.TitleOf(airing) is not { } title)
            {
                continue;
            }

            var label = AiringRules.FinaleLabel(airing.Finale) ?? AiringRules.PremiereLabel(airing);
            if (label is null)
            {
                continue;
            }

            var category = AiringRules.IsFinale(airing) ? "finale" : "premiere";
            entries[airing.Key] = new AtomEntry(airing.Key, title, airing.When,
                $"{label}: {AiringFacts.Summary(title, airing, spoilerSafe)}", label, category, SimklLinks.EpisodeUrl(title, airing));
        }

        // Premiere lists name new shows before their episodes reach the calendar. They get the
        // key the calendar's episode 1 will have, so the entry keeps its id when it does.
        foreach (var list in context.Catalogue.Lists.Where(l => l.Id.Family == ListFamily.Premieres).OrderBy(l => l.Id.ToString(), StringComparer.Ordinal))
        {
            foreach (var entry in list.Entries)
            {
                if (entry.When is not { } when || when.DayIn(context.Zone) < from
                    || context.Catalogue.FindTitle(entry.Kind, entry.SimklId) is not { } title || entry.Kind == MediaKind.Movie)
                {
                    continue;
                }

                var first = new Airing
                {
                    SimklId = entry.SimklId,
                    Kind = entry.Kind,
                    When = when,
                    Season = entry.Kind == MediaKind.Tv ? 1 : null,
                    Episode = 1,
                    SourceFile = "",
                };
                if (!entries.ContainsKey(first.Key))
                {
                    entries[first.Key] = new AtomEntry(first.Key, title, when, $"Series premiere: {title.Name}", "Series premiere", "premiere", title.SimklUrl);
                }
            }
        }

        return [.. entries.Values
            .OrderBy(e => e.When.SortKey).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(MaxEntries)];
    }

    public static byte[] Write(BuildContext context, IReadOnlyList<AtomEntry> entries)
    {
        var settings = context.Settings;
        var host = SiteUrls.Host(settings.BaseUrl);
        var updated = Timestamp(context.Catalogue.Snapshot.CapturedAt);
        using var stream = new MemoryStream();
        var xmlSettings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var w = XmlWriter.Create(stream, xmlSettings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            w.WriteStartDocument();
            w.WriteStartElement("feed", ns);
            w.WriteAttributeString("xml", "lang", null, settings.Language);
            w.WriteElementString("id", ns, $"tag:{host},{TagDate}:feed");
            w.WriteElementString("title", ns, XmlSafeText.Clean($"{settings.Title}: premieres and finales"));
            w.WriteElementString("subtitle", ns, XmlSafeText.Clean("Upcoming series and season premieres and new finales of TV shows and anime. Data from Simkl."));
            w.WriteElementString("updated", ns, updated);
            Link(w, ns, "self", "application/atom+xml", SiteUrls.Absolute(settings.BaseUrl, SiteUrls.AtomFeed));
            Link(w, ns, "alternate", "text/html", SiteUrls.Absolute(settings.BaseUrl, SiteUrls.Premieres));
            w.WriteStartElement("author", ns);
            w.WriteElementString("name", ns, XmlSafeText.Clean(settings.Title));
            w.WriteElementString("uri", ns, settings.BaseUrl + "/");
            w.WriteEndElement();
            w.WriteElementString("generator", ns, "Simkl.Site");
            w.WriteElementString("rights", ns, "Data from Simkl (https://simkl.com).");

            foreach (var e in entries)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("id", ns, $"tag:{host},{TagDate}:{e.Key}");
                w.WriteElementString("title", ns, XmlSafeText.Clean(e.Headline));
                w.WriteElementString("updated", ns, updated);
                Link(w, ns, "alternate", "text/html", SiteUrls.Absolute(settings.BaseUrl, SiteUrls.Title(e.Title)));
                Link(w, ns, "related", "text/html", e.SimklUrl);
                w.WriteStartElement("category", ns);
                w.WriteAttributeString("term", e.Category);
                w.WriteAttributeString("label", e.Label);
                w.WriteEndElement();
                w.WriteStartElement("category", ns);
                w.WriteAttributeString("term", e.Title.Kind.Hook());
                w.WriteAttributeString("label", e.Title.Kind.Label());
                w.WriteEndElement();
                w.WriteElementString("summary", ns, XmlSafeText.Clean(Describe(context, e)));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    private static void Link(XmlWriter w, string ns, string rel, string type, string href)
    {
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    /// <summary>"Season finale of Harbor Lights (TV, Northwind TV): Saturday, 28 November 2026, 01:00 (UTC)."</summary>
    private static string Describe(BuildContext context, AtomEntry e)
    {
        var t = e.Title;
        var network = string.IsNullOrWhiteSpace(t.Network) ? "" : ", " + t.Network.Trim();
        string when;
        if (e.When.Instant is { } instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, context.Zone);
            when = local.ToString("dddd, d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({context.Settings.TimeZone})";
        }
        else
        {
            when = e.When.Date!.Value.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        return $"{e.Label} of {t.Name} ({t.Kind.Label()}{network}): {when}.";
    }

    /// <summary>RFC 3339 in UTC with a Z, second precision.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        UtcText.Format(value);
}
