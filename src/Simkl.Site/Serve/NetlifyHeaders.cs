using System.Text;
using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;

namespace Simkl.Site.Serve;

/// <summary>One <c>[[headers]]</c> table of netlify.toml: the <c>for</c> pattern and its values, in file order.</summary>
public sealed record NetlifyHeaderRule(string For, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    internal Regex Pattern { get; } = NetlifyHeaders.PatternFor(For);

    /// <summary>Whether this rule applies to a request path such as <c>/calendar/</c>.</summary>
    public bool Matches(string path) => Pattern.IsMatch(path);
}

/// <summary>
/// The <c>[[headers]]</c> rules of a netlify.toml, matched the way Netlify does it, so the local
/// preview sends the headers the CDN will send. Matching follows Netlify's own rule compiler
/// (@netlify/headers-parser, also used by <c>netlify dev</c>): the <c>for</c> path is split on '/',
/// a segment that is exactly <c>*</c> matches the rest of the path or nothing, and the '/' before
/// it is optional (so <c>/assets/*</c> matches <c>/assets</c>, and also <c>/assets.xml</c>), a <c>*</c> inside a segment matches any characters (slashes included,
/// so <c>/*.ics</c> matches <c>/ics/tv.ics</c>), <c>:name</c> matches one segment, a trailing slash is
/// optional and the match ignores case. Every matching rule applies, in file order; when two rules
/// set the same header the later one wins (as <c>netlify dev</c> does).
/// </summary>
public sealed partial class NetlifyHeaders
{
    public static NetlifyHeaders Empty { get; } = new([]);

    public NetlifyHeaders(IReadOnlyList<NetlifyHeaderRule> rules) => Rules = rules;

    public IReadOnlyList<NetlifyHeaderRule> Rules { get; }

    /// <summary>Reads netlify.toml; a missing file is an error (callers decide whether the file is optional).</summary>
    public static NetlifyHeaders Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new SiteException($"{path}: file not found");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses the <c>[[headers]]</c> tables of a netlify.toml text; other tables are ignored.</summary>
    public static NetlifyHeaders Parse(string toml, string sourceName = "netlify.toml")
    {
        TomlTable model;
        try
        {
            model = TomlSerializer.Deserialize<TomlTable>(toml)
                ?? throw new SiteException($"{sourceName}: empty document");
        }
        catch (TomlException e)
        {
            throw new SiteException($"{sourceName}: not valid TOML: {e.Message}", e);
        }

        if (!model.TryGetValue("headers", out var headersValue))
        {
            return Empty;
        }
        if (headersValue is not TomlTableArray tables)
        {
            throw new SiteException($"{sourceName}: `headers` must be an array of tables ([[headers]])");
        }

        var rules = new List<NetlifyHeaderRule>();
        var index = 0;
        foreach (var table in tables)
        {
            index++;
            var where = $"{sourceName}: [[headers]] number {index}";
            if (!table.TryGetValue("for", out var forValue) || forValue is not string forPath || forPath.Trim().Length == 0)
            {
                throw new SiteException($"{where}: `for` must be a non-empty string such as \"/*\"");
            }
            if (!table.TryGetValue("values", out var valuesValue))
            {
                continue; // Netlify ignores a rule without values.
            }
            if (valuesValue is not TomlTable values)
            {
                throw new SiteException($"{where}: `values` must be a table ([headers.values])");
            }

            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var (rawName, rawValue) in values)
            {
                var name = rawName.Trim();
                if (name.Length == 0)
                {
                    throw new SiteException($"{where}: empty header name");
                }
                pairs.Add(new(name, NormaliseValue(rawValue, $"{where}: header `{name}`")));
            }
            if (pairs.Count > 0)
            {
                rules.Add(new NetlifyHeaderRule(forPath.Trim(), pairs));
            }
        }
        return new NetlifyHeaders(rules);
    }

    /// <summary>
    /// The headers for a request path (e.g. <c>/assets/site.3f2a9c1b.css</c>): every matching rule
    /// in file order; a later rule replaces an earlier value of the same (case-insensitive) name.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string path)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var rule in Rules)
        {
            if (!rule.Matches(path))
            {
                continue;
            }
            foreach (var pair in rule.Values)
            {
                var existing = result.FindIndex(p => string.Equals(p.Key, pair.Key, StringComparison.OrdinalIgnoreCase));
                if (existing >= 0)
                {
                    result[existing] = pair;
                }
                else
                {
                    result.Add(pair);
                }
            }
        }
        return result;
    }

    // A multi-line string or an array becomes one line, as Netlify folds them: comma-separated
    // parts joined by ", ", line breaks (e.g. in a long Content-Security-Policy) become one space.
    private static string NormaliseValue(object? value, string where) => value switch
    {
        string s => string.Join(", ", MultipleValues().Split(LineBreaks().Replace(s.Trim(), " "))),
        TomlArray array => string.Join(", ", array.Select(item => item is string s
            ? s.Trim()
            : throw new SiteException($"{where}: array items must be strings"))),
        _ => throw new SiteException($"{where}: value must be a string or an array of strings"),
    };

    internal static Regex PatternFor(string forPath)
    {
        var parts = forPath.Split('/')
            .Select(part => part.TrimEnd())
            .Where(part => part.Length > 0)
            .Select(part => part switch
            {
                // The whole segment optional, and the '/' before it too (upstream's "?(.*)"): so
                // "/assets/*" matches "/assets", "/assets/x/y" and, as on Netlify, "/assetsx".
                "*" => "?(.*)",
                _ when part.StartsWith(':') => "([^/]+)",
                // Upstream leaves the rest of the segment unescaped (so '.' is a wildcard there); we
                // escape it, which only differs for paths no site has ("/fooXics" against "/*.ics").
                _ => string.Join("(.*)", part.Split('*').Select(Regex.Escape)),
            });
        var body = new StringBuilder("^/").AppendJoin('/', parts).Append("/?$").ToString();
        return new Regex(body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\s*,\s*")]
    private static partial Regex MultipleValues();

    [GeneratedRegex(@"\s*[\r\n]+\s*")]
    private static partial Regex LineBreaks();
}
