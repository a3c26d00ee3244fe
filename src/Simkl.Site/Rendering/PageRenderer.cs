using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Simkl.Site.Rendering;

/// <summary>
/// Renders pages from a shared <see cref="TemplateSet"/>: one fresh <see cref="HtmlTemplateContext"/>
/// per page (contexts are not thread-safe; parsed templates are), the page layout first, then the
/// <c>baseof</c> layout around it with the result as <c>content</c>.
/// </summary>
public sealed class PageRenderer
{
    public const string BaseLayout = "baseof";

    private readonly TemplateSet _templates;
    private readonly ScriptObject _shared;
    private readonly TemplateSet.Loader _loader;
    private readonly RenderLimits _limits;

    /// <param name="templates">The parsed theme.</param>
    /// <param name="globals">Site-wide values (read-only while rendering), e.g. <c>site</c>.</param>
    /// <param name="assetUrl">Maps an asset name (<c>site.css</c>) to its fingerprinted URL, or null when unknown.</param>
    /// <param name="limits">The engine's limits; <see cref="RenderLimits.Default"/> when null.</param>
    public PageRenderer(TemplateSet templates, IReadOnlyDictionary<string, object?> globals, Func<string, string?> assetUrl, RenderLimits? limits = null)
    {
        _templates = templates;
        _limits = limits ?? RenderLimits.Default;
        _loader = new TemplateSet.Loader(templates);
        _shared = new ScriptObject();
        foreach (var (name, value) in globals)
        {
            _shared.SetValue(name, value, true);
        }

        _shared.SetValue("include", new IncludeFunction(), true);
        _shared.Import("raw", new Func<object?, RawHtml>(Raw));
        _shared.Import("asset", new Func<string, string>(name =>
            assetUrl(name) ?? throw new ArgumentException($"No asset named '{name}' in the theme's assets folder.")));
        _shared.Import("json_ld", new Func<object?, RawHtml>(value => value is null ? RawHtml.Empty : JsonLd.Serialize(value)));
    }

    /// <summary>
    /// Renders layout <paramref name="layout"/> inside <paramref name="baseLayout"/> (default
    /// <c>baseof</c>), with <c>page</c>, <c>model</c> and <c>updated</c> set. <paramref name="updated"/>
    /// is the page's own stamp (when its content last changed): a per-page value outside the page
    /// view and model, so it neither changes the site-wide globals nor the page's model hash.
    /// </summary>
    public string Render(string outputPath, string layout, object page, object? model, string baseLayout = BaseLayout, object? updated = null)
    {
        var template = _templates.Layout(layout);
        var context = NewContext();
        var locals = new ScriptObject();
        locals.SetValue("page", page, false);
        locals.SetValue("model", model, false);
        locals.SetValue("updated", updated, false);
        locals.SetValue("content", RawHtml.Empty, false);
        context.PushGlobal(locals);
        try
        {
            var body = RenderOne(context, template);
            locals.SetValue("content", new RawHtml(body), false);
            return _templates.Layouts.TryGetValue(baseLayout, out var baseof) ? RenderOne(context, baseof) : body;
        }
        catch (Exception e) when (IsRenderError(e))
        {
            throw Failed(outputPath, layout, e);
        }
    }

    // Any failure inside the engine (a limit, a missing member, a bad value) fails the page: a
    // half-rendered page is never returned. Out-of-memory and our own errors pass through as they are.
    private static bool IsRenderError(Exception e) => e is not (SiteException or OutOfMemoryException or OperationCanceledException);

    private static SiteException Failed(string outputPath, string layout, Exception e)
    {
        var reason = e is ScriptRuntimeException s ? s.Message : $"{e.GetType().Name}: {e.Message}";
        return new SiteException($"Rendering '{outputPath}' with layout '{layout}' failed: {reason}", e);
    }

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext(_limits) { TemplateLoader = _loader };
        foreach (var (name, partial) in _templates.Partials)
        {
            // Pre-seeded so includes never load or parse anything per page.
            context.CachedTemplates[name] = partial;
        }

        context.PushGlobal(_shared);
        return context;
    }

    private static string RenderOne(TemplateContext context, Template template)
    {
        context.PushOutput();
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary>
    /// <c>{{ x | raw }}</c>: only for trusted HTML. Values that are already <see cref="RawHtml"/>
    /// pass through; plain strings are trusted by the template author's explicit choice.
    /// </summary>
    private static RawHtml Raw(object? value) => value switch
    {
        null => RawHtml.Empty,
        RawHtml r => r,
        _ => new RawHtml(value.ToString() ?? string.Empty),
    };
}
