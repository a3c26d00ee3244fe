using System.Text;
using Simkl.Site.Build;
using Simkl.Site.BrowserTests.Infrastructure;
using Simkl.Site.Serve;

namespace Simkl.Site.BrowserTests.Widgets;

/// <summary>
/// Two origins on 127.0.0.1: <see cref="SiteUrl"/> serves a site built from <see cref="WidgetSite"/>
/// (real theme, real generators) with netlify.toml's headers, as the CDN would; <see cref="HostUrl"/>
/// serves the pages of "another site" that embed its widgets. So every widget fetch and frame is
/// cross-origin and the CORS and framing headers are the published ones.
/// </summary>
public sealed class WidgetSites : IAsyncLifetime
{
    private DirectoryInfo _site = null!;
    private DirectoryInfo _host = null!;
    private SiteServer _siteServer = null!;
    private SiteServer _hostServer = null!;
    private int _pages;

    public Uri SiteUrl => _siteServer.BaseUrl;

    public Uri HostUrl => _hostServer.BaseUrl;

    public async Task InitializeAsync()
    {
        _site = Directory.CreateTempSubdirectory("simkl-widget-site-");
        _host = Directory.CreateTempSubdirectory("simkl-widget-host-");
        var context = WidgetSite.Context();
        SiteBuilder.Build(new BuildOptions
        {
            Catalogue = context.Catalogue,
            Settings = context.Settings,
            OutputDir = _site.FullName,
            ThemeDir = Path.Combine(TestEnvironment.RepoRoot, "theme"),
            InputDir = Path.Combine(TestEnvironment.RepoRoot, "input"),
            Generators = OutputGenerators.Default(),
            MaxParallelism = 2,
        });
        _siteServer = await SiteServer.StartAsync(_site.FullName, port: 0, BrowserFixture.Headers());
        _hostServer = await SiteServer.StartAsync(_host.FullName, port: 0, NetlifyHeaders.Empty);
    }

    public async Task DisposeAsync()
    {
        await _siteServer.DisposeAsync();
        await _hostServer.DisposeAsync();
        _site.Delete(recursive: true);
        _host.Delete(recursive: true);
    }

    /// <summary>Puts a page on the host origin and returns its URL.</summary>
    public string HostPage(string title, string body, string head = "")
    {
        var name = $"host-{Interlocked.Increment(ref _pages)}.html";
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{title}</title>{head}</head>
            <body>
            <main>
            <h1>{title}</h1>
            {body}
            </main>
            </body>
            </html>
            """;
        File.WriteAllText(Path.Combine(_host.FullName, name), html, new UTF8Encoding(false));
        return new Uri(HostUrl, name).AbsoluteUri;
    }

    /// <summary>Adds a file to the built site (for hand-made data the generators would never write).</summary>
    public void SiteFile(string path, string content)
    {
        var full = Path.Combine(_site.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
    }

    public byte[] ReadSiteFile(string path) => File.ReadAllBytes(Path.Combine(_site.FullName, path));
}
