using Simkl.Site.Build;

namespace Simkl.Site.BrowserTests.Infrastructure;

/// <summary>The bundled sample, built as `simkl-site build` builds it (as of its capture time), and where its pages are served.</summary>
public sealed class SampleSite(string outputDir, Uri baseUrl)
{
    /// <summary>One page of each kind the tests visit (docs/url-map.md).</summary>
    public static readonly string[] PageKeys = ["home", "calendar", "month", "week", "day", "title", "trending", "404"];

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

    public static string Build(string outputDir)
    {
        var root = TestEnvironment.RepoRoot;
        SiteBuilder.Build(new BuildOptions
        {
            DataDir = System.IO.Path.Combine(root, "input", "data", "sample"),
            InputDir = System.IO.Path.Combine(root, "input"),
            ThemeDir = System.IO.Path.Combine(root, "theme"),
            OutputDir = outputDir,
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
