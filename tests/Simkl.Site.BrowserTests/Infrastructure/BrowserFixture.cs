using Microsoft.Playwright;
using Simkl.Site.Serve;

namespace Simkl.Site.BrowserTests.Infrastructure;

/// <summary>
/// One Chromium for all browser tests, plus the sites they visit, each started on first use and
/// served by <see cref="SiteServer"/> on a free port with netlify.toml's headers (so the CSP the
/// CDN sends is enforced here too): the script test page and the built sample site.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The instant the sample is captured at: the site is built "as of" it, and pages see it as now.</summary>
    public const string SampleNow = "2026-11-27T12:00:00Z";

    // Used when the repository has no netlify.toml: the same strict policy the pages get there.
    private const string StrictCsp = """
        [[headers]]
        for = "/*"
        [headers.values]
        Content-Security-Policy = "default-src 'self'; img-src 'self' https://wsrv.nl data:; script-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
        """;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<DirectoryInfo> temps = [];
    private readonly List<SiteServer> servers = [];
    private IPlaywright? playwright;
    private SiteServer? scriptSite;
    private SampleSite? sampleSite;
    private SampleSite? dailySite;

    public IBrowser Browser { get; private set; } = null!;

    public string AxeSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        TestEnvironment.RequireChromium();
        AxeSource = TestEnvironment.RequireAxe();
        // An assertion polls for 5 s by default, short on a loaded 2-core machine where the other
        // test assembly builds sites meanwhile: the same 30 s as navigation.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = TestEnvironment.ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }
        foreach (var temp in temps)
        {
            temp.Delete(recursive: true);
        }
    }

    public static NetlifyHeaders Headers()
    {
        var toml = Path.Combine(TestEnvironment.RepoRoot, "netlify.toml");
        return File.Exists(toml) ? NetlifyHeaders.Load(toml) : NetlifyHeaders.Parse(StrictCsp, "built-in CSP");
    }

    /// <summary>The hand-made calendar page (Fixtures/script) with the theme's real site.js and site.css (tokens inlined).</summary>
    public async Task<Uri> ScriptSiteAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (scriptSite is null)
            {
                var dir = NewTemp("simkl-script-site-");
                CopyTree(Path.Combine(AppContext.BaseDirectory, "Fixtures", "script"), dir.FullName);
                var assets = Directory.CreateDirectory(Path.Combine(dir.FullName, "assets")).FullName;
                var theme = Path.Combine(TestEnvironment.RepoRoot, "theme", "assets");
                File.Copy(Path.Combine(theme, "site.js"), Path.Combine(assets, "site.js"));

                // As the build writes it: tokens.css inlined where site.css imports it.
                var css = Simkl.Site.Build.CssImports.Inline(File.ReadAllText(Path.Combine(theme, "site.css")), "site.css", n => File.ReadAllText(Path.Combine(theme, n)));
                File.WriteAllText(Path.Combine(assets, "site.css"), css);
                scriptSite = await Serve(dir.FullName);
            }
            return scriptSite.BaseUrl;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The bundled sample, built once into a temp folder as of <see cref="SampleNow"/>, and served.</summary>
    public async Task<SampleSite> SampleSiteAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (sampleSite is null)
            {
                var dir = NewTemp("simkl-sample-site-");
                var output = SampleSite.Build(Path.Combine(dir.FullName, "_site"));
                sampleSite = new SampleSite(output, (await Serve(output)).BaseUrl);
            }
            return sampleSite;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Any built site folder (e.g. the large snapshot's), served with netlify.toml's headers.</summary>
    public async Task<Uri> ServeFolderAsync(string folder) => (await Serve(folder)).BaseUrl;

    /// <summary>
    /// A site at Simkl's real daily volume (DailyVolumeSnapshot: ~290 TV, 30 anime and 50 movie
    /// releases a day, captured at <see cref="SampleNow"/>), built once into a temp folder and served.
    /// </summary>
    public async Task<SampleSite> DailyVolumeSiteAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (dailySite is null)
            {
                var dir = NewTemp("simkl-daily-site-");
                var data = Path.Combine(dir.FullName, "data");
                Simkl.Site.TestData.DailyVolumeSnapshot.Build(new Simkl.Site.TestData.DailyVolume()).WriteTo(data);
                var output = SampleSite.Build(Path.Combine(dir.FullName, "_site"), data);
                dailySite = new SampleSite(output, (await Serve(output)).BaseUrl);
            }
            return dailySite;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A fresh browser context and page; the clock is fixed at <paramref name="now"/> (null: the real clock).</summary>
    /// <param name="bypassCsp">Only for injecting axe-core (an inline script the site's CSP rightly blocks).</param>
    public Task<WatchedPage> OpenAsync(
        string? timeZone = "UTC", bool javaScript = true, ColorScheme scheme = ColorScheme.Light,
        int width = 1280, string? now = SampleNow, bool bypassCsp = false, int height = 900) =>
        WatchedPage.OpenAsync(Browser, new BrowserNewContextOptions
        {
            TimezoneId = timeZone,
            Locale = "en-GB",
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
            ViewportSize = new() { Width = width, Height = height },
            BypassCSP = bypassCsp,
        }, now);

    private async Task<SiteServer> Serve(string folder)
    {
        var server = await SiteServer.StartAsync(folder, port: 0, Headers());
        servers.Add(server);
        return server;
    }

    private DirectoryInfo NewTemp(string prefix)
    {
        var dir = Directory.CreateTempSubdirectory(prefix);
        temps.Add(dir);
        return dir;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
