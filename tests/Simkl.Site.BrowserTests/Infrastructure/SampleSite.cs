using Simkl.Site.Build;

namespace Simkl.Site.BrowserTests.Infrastructure;

/// <summary>The bundled sample, built as `simkl-site build` builds it (as of its capture time), and where its pages are served.</summary>
public sealed class SampleSite(string outputDir, Uri baseUrl)
{
    /// <summary>One page of each kind the tests visit (docs/url-map.md).</summary>
    public static readonly string[] PageKeys = ["home", "kind", "calendar", "month", "week", "day", "title", "trending", "premieres", "subscribe", "embed", "404"];

    /// <summary>The client id the sample is built with, so the pages carry Simkl's redirect actions ("Mark watched", the menu).</summary>
    public const string ClientId = "browser-test-client";

    public string OutputDir { get; } = outputDir;
    public Uri BaseUrl { get; } = baseUrl;

    public string Url(string key) => new Uri(BaseUrl, Path(key)).AbsoluteUri;

    /// <summary>The site path of a page kind, checked to exist in the output (so a missing page fails clearly).</summary>
    public string Path(string key)
    {
        var path = key switch
        {
            "home" => "/",
            "calendar" => "/calendar/",
            "month" => "/calendar/2026/11/",
            "day" => "/calendar/2026/11/27/",
            "week" => "/calendar/week/2026-W48/",
            "trending" => "/trending/",
            "kind" => "/tv/",
            "premieres" => "/premieres/",
            "subscribe" => "/subscribe/",
            "embed" => "/embed/",
            "title" => FirstTitlePath(),
            "404" => "/no-such-page/",
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a page kind"),
        };
        if (key != "404" && !File.Exists(System.IO.Path.Combine(OutputDir, path.TrimStart('/'), "index.html")))
        {
            throw new InvalidOperationException($"the sample build has no {key} page at {path}");
        }
        return path;
    }

    /// <param name="dataDir">The snapshot to build (null: the bundled sample).</param>
    public static string Build(string outputDir, string? dataDir = null)
    {
        var root = TestEnvironment.RepoRoot;
        SiteBuilder.Build(new BuildOptions
        {
            DataDir = dataDir ?? System.IO.Path.Combine(root, "input", "data", "sample"),
            InputDir = System.IO.Path.Combine(root, "input"),
            ThemeDir = System.IO.Path.Combine(root, "theme"),
            OutputDir = outputDir,
            Settings = Simkl.Site.Settings.SiteSettingsLoader.Load(
                System.IO.Path.Combine(root, "input", "site.json"), name => name == "SIMKL_CLIENT_ID" ? ClientId : null),
            Generators = OutputGenerators.Default(), // what `simkl-site build` runs
        });
        return outputDir;
    }

    private string FirstTitlePath()
    {
        var tv = System.IO.Path.Combine(OutputDir, "tv");
        var page = Directory.Exists(tv)
            ? Directory.EnumerateFiles(tv, "index.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        return page is null
            ? throw new InvalidOperationException("the sample build has no TV title page under /tv/")
            : "/" + System.IO.Path.GetRelativePath(OutputDir, System.IO.Path.GetDirectoryName(page)!).Replace('\\', '/') + "/";
    }
}
