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
    private readonly ScriptObject _builtins;
    private readonly ThreadLocal<HtmlTemplateContext?> _contexts = new();

    /// <param name="templates">The parsed theme.</param>
    /// <param name="globals">Site-wide values (read-only while rendering), e.g. <c>site</c>.</param>
    /// <param name="assetUrl">Maps an asset name (<c>site.css</c>) to its fingerprinted URL, or null when unknown.</param>
    /// <param name="limits">The engine's limits; <see cref="RenderLimits.Default"/> when null.</param>
    public PageRenderer(TemplateSet templates, IReadOnlyDictionary<string, object?> globals, Func<string, string?> assetUrl, RenderLimits? limits = null)
    {
        _templates = templates;
        _limits = limits ?? RenderLimits.Default;
        _loader = new TemplateSet.Loader(templates);

        // Scriban copies its builtin functions into every new context unless it is given them: one
        // read-only set, shared by every page and thread, instead of a copy per page.
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        _builtins.IsReadOnly = true;
        _shared = new ScriptObject();
        foreach (var (name, value) in globals)
        {
            _shared.SetValue(name, value, true);
        }

        _shared.SetValue("include", new IncludeFunction(templates), true);
        _shared.SetValue("include_cached", new IncludeFunction(templates, new PartialCache()), true);
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
        using var rendered = RenderInPlace(outputPath, layout, page, model, baseLayout, updated);
        return rendered.Html.ToString();
    }

    /// <summary>
    /// <see cref="Render"/> without the string: the page's text in buffers the renderer lends,
    /// valid until the result is disposed. The build verifies and writes it from there.
    /// </summary>
    public RenderedPage RenderInPlace(string outputPath, string layout, object page, object? model, string baseLayout = BaseLayout, object? updated = null)
    {
        var template = _templates.Layout(layout);
        var context = TakeContext();
        var locals = new ScriptObject();
        locals.SetValue("page", page, false);
        locals.SetValue("model", model, false);
        locals.SetValue("updated", updated, false);
        locals.SetValue("content", RawHtml.Empty, false);
        context.PushGlobal(locals);
        var buffers = Buffers.Rent();
        try
        {
            RenderOne(context, template, buffers.Body);
            var html = buffers.Body;
            if (_templates.Layouts.TryGetValue(baseLayout, out var baseof))
            {
                locals.SetValue("content", buffers.Body, false);
                RenderOne(context, baseof, buffers.Page);
                html = buffers.Page;
            }

            // Only a context that finished a page cleanly serves the next one.
            _contexts.Value = context;
            return new RenderedPage(buffers, html);
        }
        catch (Exception e) when (IsRenderError(e))
        {
            Buffers.Return(buffers);
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

    /// <summary>
    /// This thread's context, reset to the shared globals (Scriban's <c>Reset</c> is its way to run
    /// a context again on the same thread), or a new one. Building a context per page allocated more
    /// than many a page's own output.
    /// </summary>
    private HtmlTemplateContext TakeContext()
    {
        var context = _contexts.Value;
        _contexts.Value = null;
        if (context is null)
        {
            context = new HtmlTemplateContext(_limits, _builtins) { TemplateLoader = _loader };
        }
        else
        {
            context.Reset();
        }

        context.PushGlobal(_shared);
        return context;
    }

    private static void RenderOne(TemplateContext context, Template template, TextBuffer buffer) =>
        TemplateOutput.Into(context, buffer, () => TemplateOutput.WriteInto(context, template));

    /// <summary>A rendered page's text; disposing it gives its buffers back for the next page.</summary>
    public sealed class RenderedPage : IDisposable
    {
        private Buffers? _buffers;
        private readonly TextBuffer _html;

        internal RenderedPage(Buffers buffers, TextBuffer html)
        {
            _buffers = buffers;
            _html = html;
        }

        public ReadOnlySpan<char> Html => _buffers is null ? throw new ObjectDisposedException(nameof(RenderedPage)) : _html.Span;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _buffers, null) is { } buffers)
            {
                Buffers.Return(buffers);
            }
        }
    }

    /// <summary>
    /// The two text buffers of a page being rendered (the page layout's output and the page's),
    /// lent page after page from one pool: there are as many as renders run at once, each grown to
    /// the largest page it rendered. Kept per thread, every thread-pool thread the parallel loop ran
    /// on could keep a pair of its own, up to 8 MB each (the largest pages are megabytes of HTML).
    /// </summary>
    internal sealed class Buffers
    {
        private static readonly Stack<Buffers> Free = new();

        public TextBuffer Body { get; } = new();

        public TextBuffer Page { get; } = new();

        public static Buffers Rent()
        {
            lock (Free)
            {
                if (Free.TryPop(out var buffers))
                {
                    return buffers;
                }
            }

            return new Buffers();
        }

        public static void Return(Buffers buffers)
        {
            lock (Free)
            {
                Free.Push(buffers);
            }
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
