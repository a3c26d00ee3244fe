using System.Diagnostics;
using System.Globalization;
using Simkl.Site.Build;
using Simkl.Site.Content;
using Simkl.Site.Index;
using Simkl.Site.Load;
using Simkl.Site.Outputs.Html;
using Simkl.Site.Outputs.Widgets;
using Simkl.Site.Rendering;
using Simkl.Site.Settings;
using Simkl.Site.Urls;

namespace Simkl.Site.Benchmarks;

/// <summary>
/// The templates alone: every page of a snapshot rendered on one thread, warm, several passes,
/// timed per layout (the page's own layout, then baseof around it). A build's per-stage figures
/// mix template time with garbage collections and the other thread's work; this gives the same
/// page set's template cost with the noise of neither, so two themes (<c>--theme</c>) or two
/// versions of the renderer can be told apart by a few percent. Several <c>--theme</c> folders are
/// rendered in turn within every pass, so a slow stretch of a shared machine hits them all. Page models are made before the
/// clock starts; the footer's "updated" stamp is left out (it needs the previous build's stamps).
/// </summary>
public static class RenderBenchmark
{
    public static int Run(string dir, IReadOnlyList<string> themeDirs, int passes, string? onlyLayout)
    {
        var catalogue = LoadCatalogue.FromSnapshot(dir);
        var settings = File.Exists("input/site.json") ? SiteSettingsLoader.Load("input/site.json") : new SiteSettings();
        var context = SiteBuilder.CreateContext(new BuildOptions { Catalogue = catalogue, Settings = settings });
        var content = ContentPages.Load(Path.Combine("input", "pages"), SiteUrls.ReservedSlugs);
        var plan = PlanSite.Run(context, PageIndex.Build(context, SiteIndex.Build(context)), content);
        var site = SiteViewFactory.Create(context, content);
        var renderers = themeDirs.Select(dir =>
        {
            var assets = FingerprintAssets.Run(Path.Combine(dir, "assets"), [WriteWidgetScript.ThemeAsset]);
            return new PageRenderer(TemplateSet.Load(dir), new Dictionary<string, object?> { ["site"] = site }, assets.Url);
        }).ToList();
        var pages = plan.Pages.Select(p => p.Make()).Where(p => onlyLayout is null || p.Layout == onlyLayout).ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"no pages with layout '{onlyLayout}'");
            return 2;
        }

        Console.WriteLine($"render benchmark: {Path.GetFullPath(dir)}");
        Console.WriteLine($"  {pages.Count:N0} pages{(onlyLayout is null ? "" : $" with layout '{onlyLayout}'")}; one thread; 1 warm-up pass + {passes}, " +
                          $"{(renderers.Count > 1 ? "the themes alternating in every pass; " : "")}fastest and median pass per layout");

        var runs = renderers.Select(_ => new List<Dictionary<string, (long Ticks, int Pages, long Chars)>>()).ToList();
        for (var i = -1; i < passes; i++)
        {
            for (var k = 0; k < renderers.Count; k++)
            {
                // Rotating order: no theme always runs first (or right after a collection).
                var t = (k + Math.Max(i, 0)) % renderers.Count;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var times = Pass(renderers[t], pages);
                if (i >= 0)
                {
                    runs[t].Add(times);
                }
            }
        }

        for (var t = 0; t < renderers.Count; t++)
        {
            Print(themeDirs[t], runs[t]);
        }

        return 0;
    }

    private static void Print(string themeDir, List<Dictionary<string, (long Ticks, int Pages, long Chars)>> runs)
    {
        Console.WriteLine($"  theme {Path.GetFullPath(themeDir)}");
        Console.WriteLine($"    {"layout",-24} {"pages",7} {"ms (fastest)",13} {"ms (median)",12} {"µs/page",10} {"KB/page",8}");
        var totals = runs.Select(r => r.Values.Sum(v => v.Ticks) * 1000.0 / Stopwatch.Frequency).ToList();
        foreach (var layout in runs[0].Keys.OrderByDescending(k => runs[0][k].Ticks))
        {
            var ms = runs.Select(r => r[layout].Ticks * 1000.0 / Stopwatch.Frequency).ToList();
            var (_, count, chars) = runs[0][layout];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {layout,-24} {count,7:N0} {ms.Min(),13:F1} {Machine.Median(ms),12:F1} {ms.Min() * 1000 / count,10:F1} {chars / 1024.0 / count,8:F1}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    all pages: fastest pass {totals.Min():F0} ms, median {Machine.Median(totals):F0} ms"));
    }

    private static Dictionary<string, (long Ticks, int Pages, long Chars)> Pass(PageRenderer renderer, List<PagePlan> pages)
    {
        var times = new Dictionary<string, (long Ticks, int Pages, long Chars)>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var start = Stopwatch.GetTimestamp();
            using var rendered = renderer.RenderInPlace(page.OutputPath, page.Layout, page.Page, page.Model, page.BaseLayout);
            var elapsed = Stopwatch.GetTimestamp() - start;
            var key = page.Layout;
            times.TryGetValue(key, out var sum);
            times[key] = (sum.Ticks + elapsed, sum.Pages + 1, sum.Chars + rendered.Html.Length);
        }

        return times;
    }
}
