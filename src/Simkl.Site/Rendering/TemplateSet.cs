using System.Collections.Frozen;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Simkl.Site.Rendering;

/// <summary>
/// Every template of a theme (<c>layouts/*.scriban-html</c> and <c>partials/*.scriban-html</c>),
/// parsed once and shared read-only by all render threads. A parse error anywhere fails the
/// build with <c>file:line:column</c> for each message.
/// </summary>
public sealed class TemplateSet
{
    public const string Extension = ".scriban-html";

    private TemplateSet(FrozenDictionary<string, Template> layouts, FrozenDictionary<string, Template> partials)
    {
        Layouts = layouts;
        Partials = partials;
    }

    /// <summary>Layouts by name (file name without extension, '/'-separated below <c>layouts/</c>).</summary>
    public FrozenDictionary<string, Template> Layouts { get; }

    /// <summary>Partials by the name templates include them with.</summary>
    public FrozenDictionary<string, Template> Partials { get; }

    public Template Layout(string name) =>
        Layouts.TryGetValue(name, out var t) ? t : throw new SiteException($"The theme has no layout '{name}' (expected layouts/{name}{Extension}).");

    /// <summary>Loads and parses the theme at <paramref name="themeDir"/>.</summary>
    public static TemplateSet Load(string themeDir)
    {
        var layoutsDir = Path.Combine(themeDir, "layouts");
        if (!Directory.Exists(layoutsDir))
        {
            throw new SiteException($"Theme '{themeDir}' has no layouts folder.");
        }

        var errors = new List<string>();
        var layouts = ParseFolder(layoutsDir, themeDir, errors);
        var partialsDir = Path.Combine(themeDir, "partials");
        var partials = Directory.Exists(partialsDir) ? ParseFolder(partialsDir, themeDir, errors) : [];
        if (errors.Count > 0)
        {
            throw new SiteException("Template errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        return new TemplateSet(layouts.ToFrozenDictionary(StringComparer.Ordinal), partials.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Parses in-memory templates (name → text); for tests of the engine itself.</summary>
    public static TemplateSet FromSources(IReadOnlyDictionary<string, string> layouts, IReadOnlyDictionary<string, string> partials)
    {
        var errors = new List<string>();
        var l = layouts.ToDictionary(kv => kv.Key, kv => Parse(kv.Value, $"layouts/{kv.Key}{Extension}", errors), StringComparer.Ordinal);
        var p = partials.ToDictionary(kv => kv.Key, kv => Parse(kv.Value, $"partials/{kv.Key}{Extension}", errors), StringComparer.Ordinal);
        if (errors.Count > 0)
        {
            throw new SiteException("Template errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        return new TemplateSet(l.ToFrozenDictionary(StringComparer.Ordinal), p.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static Dictionary<string, Template> ParseFolder(string dir, string themeDir, List<string> errors)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);

        // Sorted so error messages come out in a stable order.
        var files = Directory.GetFiles(dir, "*" + Extension, SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(dir, file).Replace('\\', '/');
            name = name[..^Extension.Length];
            var display = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(themeDir)) ?? ".", file).Replace('\\', '/');
            result[name] = Parse(File.ReadAllText(file), display, errors);
        }

        return result;
    }

    private static Template Parse(string text, string fileName, List<string> errors)
    {
        var template = Template.Parse(text, fileName);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
            {
                if (m.Type == ParserMessageType.Error)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}:{m.Span.Start.Line + 1}:{m.Span.Start.Column + 1}: {m.Message}"));
                }
            }
        }
        else if (template.Page is { } page)
        {
            CachedMemberRead.ReplaceIn(page);
            NoEmptyIndents.In(page);
        }

        return template;
    }

    /// <summary>Resolves include names to partials; never loads from disk (everything is pre-parsed).</summary>
    internal sealed class Loader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"No partial named '{templatePath}' (expected partials/{templatePath}{Extension}). Partials: {string.Join(", ", set.Partials.Keys.Order(StringComparer.Ordinal))}.");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
