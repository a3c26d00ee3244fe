using Microsoft.Playwright;
using Simkl.Site.BrowserTests.Infrastructure;
using Simkl.Site.Build;
using Simkl.Site.Serve;

namespace Simkl.Site.BrowserTests.Publishing;

/// <summary>The bundled sample built once and served with netlify.toml's headers, plus a page on another origin that frames it.</summary>
public sealed class CspSampleSite : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-csp-");
    private SiteServer? _site;
    private SiteServer? _other;

    public Uri Site => _site!.BaseUrl;

    /// <summary>Another origin (another port) whose page frames an embed page and a normal page of the site.</summary>
    public Uri Other => _other!.BaseUrl;

    public async Task InitializeAsync()
    {
        var repo = TestEnvironment.RepoRoot;
        var output = Path.Combine(_root.FullName, "_site");
        SiteBuilder.Build(new BuildOptions
        {
            DataDir = Path.Combine(repo, "input", "data", "sample"),
            InputDir = Path.Combine(repo, "input"),
            ThemeDir = Path.Combine(repo, "theme"),
            OutputDir = output,
            Generators = OutputGenerators.Default(),
        });
        _site = await SiteServer.StartAsync(output, port: 0, BrowserFixture.Headers());

        var other = Directory.CreateDirectory(Path.Combine(_root.FullName, "other")).FullName;
        await File.WriteAllTextAsync(Path.Combine(other, "index.html"), $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embedder</title></head>
            <body>
            <iframe id="embed" title="embed" src="{Site}embed/calendar/"></iframe>
            <iframe id="page" title="page" src="{Site}calendar/"></iframe>
            </body></html>
            """);
        _other = await SiteServer.StartAsync(other, port: 0);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_other is not null)
        {
            await _other.DisposeAsync();
        }

        _root.Delete(recursive: true); // the manifest beside _site is inside _root too
    }
}

/// <summary>
/// With the CDN's headers from netlify.toml, the pages break no Content-Security-Policy rule:
/// no inline script or style, no image or script from an unlisted origin. Violations are caught
/// both as console errors and as <c>securitypolicyviolation</c> events.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CspTests(BrowserFixture browser, CspSampleSite sample) : IClassFixture<CspSampleSite>
{
    private const string CollectViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    public static TheoryData<string> Pages() => new()
    {
        "/", "/calendar/", "/calendar/tv/", "/calendar/2026/11/", "/calendar/2026/11/27/", "/premieres/", "/finales/",
        "/trending/", "/airing/", "/best/", "/tv/9100101/harbor-lights/", "/changes/", "/404.html",
    };

    public static TheoryData<string> EmbedPages() => new() { "/embed/", "/embed/calendar/", "/embed/calendar/tv/dark/" };

    private async Task<(WatchedPage Page, IResponse Response)> OpenAsync(string path)
    {
        var watched = await browser.OpenAsync();
        await watched.Context.AddInitScriptAsync(CollectViolations);
        if (path == "/404.html")
        {
            watched.ExpectedErrorUrl = new Uri(sample.Site, path).ToString();
        }

        var response = await watched.GotoAsync(new Uri(sample.Site, path).ToString());
        return (watched, response);
    }

    private static async Task AssertNoViolationsAsync(WatchedPage watched, string path)
    {
        // Give late loads (deferred script, lazy images) a moment to report.
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var violations = await watched.Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(violations.Length == 0, $"{path}: CSP violations:\n  " + string.Join("\n  ", violations));
        watched.AssertClean(path);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_load_under_the_strict_policy_without_violations(string path)
    {
        var (watched, response) = await OpenAsync(path);
        await using (watched)
        {
            var csp = await response.HeaderValueAsync("content-security-policy");
            Assert.NotNull(csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("DENY", await response.HeaderValueAsync("x-frame-options"));
            await AssertNoViolationsAsync(watched, path);
        }
    }

    [Theory]
    [MemberData(nameof(EmbedPages))]
    public async Task Embed_pages_load_under_their_policy_without_violations(string path)
    {
        var (watched, response) = await OpenAsync(path);
        await using (watched)
        {
            var csp = await response.HeaderValueAsync("content-security-policy");
            Assert.NotNull(csp);
            Assert.Contains("frame-ancestors *", csp);
            Assert.Null(await response.HeaderValueAsync("x-frame-options"));
            await AssertNoViolationsAsync(watched, path);
        }
    }

    [Fact]
    public async Task Another_site_can_frame_an_embed_page_but_not_a_normal_page()
    {
        await using var watched = await browser.OpenAsync();
        await watched.Page.GotoAsync(sample.Other.ToString(), new() { WaitUntil = WaitUntilState.Load });

        var embed = await (await watched.Page.QuerySelectorAsync("#embed"))!.ContentFrameAsync();
        Assert.NotNull(embed);
        Assert.True(embed!.Url.Contains("/embed/calendar/", StringComparison.Ordinal), string.Join(", ", watched.Page.Frames.Select(f => f.Url)) + "\n" + string.Join("\n", watched.Problems));
        Assert.True(await embed.EvaluateAsync<bool>("() => document.querySelector('[data-simkl-id]') !== null"),
            "the embed page did not render inside the frame");

        // The framed normal page is refused by the browser (frame-ancestors 'none'): its frame never shows the calendar.
        var pageFrame = await (await watched.Page.QuerySelectorAsync("#page"))!.ContentFrameAsync();
        Assert.NotNull(pageFrame);
        Assert.DoesNotContain("/calendar/", pageFrame!.Url, StringComparison.Ordinal);
        Assert.Contains(watched.Problems, p => p.Contains("frame-ancestors", StringComparison.Ordinal));
    }
}
