using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Simkl.Site.Index;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Outputs.Search;

/// <summary>
/// Writes the title search index the header search box loads on demand (theme/assets/search.js):
/// every title, most popular first, split so a phone fetches little before the first result.
/// <list type="bullet">
/// <item><c>/search/index.json</c> (fixed URL, small): the shard and chunk URLs, the poster URL
/// parts and each title's word count (so a title that is exactly the query ranks first before any
/// title record is fetched).</item>
/// <item><c>/assets/search/words-{a..z,0,_}.{hash}.json</c>: the words starting with one letter,
/// each with the titles that contain it (delta-coded title numbers). A query fetches the shards of
/// its words' first letters only.</item>
/// <item><c>/assets/search/titles-{n}.{hash}.json</c>: what a result shows, <see cref="ChunkSize"/>
/// titles a file, in popularity order, so the usual results come from the first file.</item>
/// </list>
/// Shards and chunks are named by content hash (cached forever); the manifest is the only file
/// whose URL stays put, so a page does not change when the data does. Deterministic: titles sort
/// by Simkl rank, then kind and id; words sort ordinally; JSON is written by hand in fixed order.
/// Only text the pages show goes in (titles, network, the next airing's episode code, its episode
/// title unless spoiler-safe); the script renders it as text.
/// </summary>
public sealed class BuildSearchIndex : IOutputGenerator
{
    /// <summary>Titles per record file: about 5 KB gzipped, a few files for the usual result list.</summary>
    public const int ChunkSize = 128;

    private static readonly JsonWriterOptions Compact = new()
    {
        // The files are fetched as JSON, never put in a page, so non-ASCII stays as it is (smaller).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public IEnumerable<OutputFile> Generate(BuildContext context, SiteIndex index)
    {
        var titles = Ordered(context.Catalogue.Titles.Values);
        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var lengths = new char[titles.Count];
        for (var n = 0; n < titles.Count; n++)
        {
            var name = SearchText.Words(titles[n].Name);
            lengths[n] = (char)('0' + Math.Min(9, name.Count));
            foreach (var word in name.Concat(SearchText.Words(titles[n].RomajiName)).Distinct(StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(n);
            }
        }

        var files = new List<OutputFile>();
        var shards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var shard in postings.GroupBy(p => SearchText.ShardOf(p.Key)))
        {
            var file = Fingerprinted("words-" + shard.Key, Words(shard));
            files.Add(file);
            shards[shard.Key] = "/" + file.Path;
        }

        var chunks = new List<string>();
        for (var start = 0; start < titles.Count; start += ChunkSize)
        {
            var file = Fingerprinted(
                "titles-" + (start / ChunkSize).ToString(CultureInfo.InvariantCulture),
                Records(titles.Skip(start).Take(ChunkSize), context, index));
            files.Add(file);
            chunks.Add("/" + file.Path);
        }

        files.Add(new OutputFile(SiteUrls.File(SiteUrls.SearchIndex), Manifest(titles.Count, shards, chunks, new string(lengths))));
        return files;
    }

    /// <summary>Most popular first: ranked titles by rank, then unranked; ties by kind and id (stable across builds).</summary>
    public static List<Title> Ordered(IEnumerable<Title> titles) =>
        [.. titles.OrderBy(t => t.Rank ?? int.MaxValue).ThenBy(t => t.Kind).ThenBy(t => t.SimklId)];

    /// <summary>The next airing at or after the build's "now" (date-only ones from the site's today).</summary>
    public static Airing? NextAiring(IReadOnlyList<Airing>? airings, BuildContext context)
    {
        Airing? next = null;
        foreach (var a in airings ?? [])
        {
            var upcoming = a.When.Instant is { } at ? at >= context.Now : a.When.Date >= context.Today;
            if (upcoming && (next is null || a.When.SortKey < next.When.SortKey
                || (a.When.SortKey == next.When.SortKey && string.CompareOrdinal(a.Key, next.Key) < 0)))
            {
                next = a;
            }
        }

        return next;
    }

    /// <summary>What the next airing is called: "S02E05: Episode title", "E12", "Release".</summary>
    public static string NextLabel(Airing airing, bool spoilerSafe)
    {
        var code = AiringFacts.EpisodeCode(airing);
        if (code.Length == 0)
        {
            return airing.Kind == MediaKind.Movie ? "Release" : "Airs";
        }

        return AiringRules.ShownEpisodeTitle(airing, spoilerSafe) is { } title ? $"{code}: {title}" : code;
    }

    private static byte[] Words(IEnumerable<KeyValuePair<string, List<int>>> shard) => Json(w =>
    {
        // [word, [first title, gap, gap, ...], word, [...], ...]
        w.WriteStartArray();
        foreach (var (word, list) in shard)
        {
            w.WriteStringValue(word);
            w.WriteStartArray();
            var previous = 0;
            foreach (var n in list)
            {
                w.WriteNumberValue(n - previous);
                previous = n;
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    private static byte[] Records(IEnumerable<Title> titles, BuildContext context, SiteIndex index) => Json(w =>
    {
        // [path, name, alternative name, kind, year, network, poster path, [when, label]], one per title.
        w.WriteStartArray();
        foreach (var t in titles)
        {
            w.WriteStartArray();
            w.WriteStringValue(SiteUrls.Title(t));
            w.WriteStringValue(t.Name);
            Optional(w, t.RomajiName is { } alt && !alt.Equals(t.Name, StringComparison.Ordinal) ? alt : null);
            w.WriteStringValue(t.Kind.Hook());
            if (t.Year is { } year)
            {
                w.WriteNumberValue(year);
            }
            else
            {
                w.WriteNullValue();
            }

            Optional(w, t.Network);
            Optional(w, SimklImages.IsSafePath(t.PosterPath) ? t.PosterPath : null);
            if (NextAiring(index.ByTitle.GetValueOrDefault((t.Kind, t.SimklId)), context) is { } next)
            {
                w.WriteStartArray();
                w.WriteStringValue(next.When.MachineValue);
                w.WriteStringValue(NextLabel(next, context.Settings.SpoilerSafe));
                w.WriteEndArray();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    private static byte[] Manifest(int count, SortedDictionary<string, string> shards, List<string> chunks, string lengths) => Json(w =>
    {
        var (before, after) = SimklImages.Around(SimklImages.PosterSmall);
        w.WriteStartObject();
        w.WriteNumber("version", 1);
        w.WriteNumber("titles", count);
        w.WriteNumber("chunkSize", ChunkSize);
        w.WriteStartArray("poster");
        w.WriteStringValue(before);
        w.WriteStringValue(after);
        w.WriteEndArray();
        w.WriteStartObject("words");
        foreach (var (key, url) in shards)
        {
            w.WriteString(key, url);
        }

        w.WriteEndObject();
        w.WriteStartArray("chunks");
        foreach (var url in chunks)
        {
            w.WriteStringValue(url);
        }

        w.WriteEndArray();
        w.WriteString("lengths", lengths);
        w.WriteEndObject();
    });

    private static void Optional(Utf8JsonWriter w, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }

    private static OutputFile Fingerprinted(string stem, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
        return new OutputFile(SiteUrls.File(SiteUrls.SearchShard(stem, hash)), bytes);
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
