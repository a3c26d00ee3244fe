using Microsoft.Playwright;
using Simkl.Site.Api;
using Simkl.Site.Widgets;

namespace Simkl.Site.BrowserTests.Widgets;

/// <summary>
/// One Chromium (Debian's /usr/bin/chromium, nothing downloaded) and two static servers on
/// different 127.0.0.1 ports: <see cref="Site"/> serves the generated widget files and JSON,
/// <see cref="Host"/> serves the pages that embed them, so every fetch is cross-origin.
/// </summary>
public sealed class WidgetFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    internal StaticFiles Site { get; private set; } = null!;

    internal StaticFiles Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string AxePath => Path.Combine(RepoRoot, "node_modules", "axe-core", "axe.min.js");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium");
        Assert.True(File.Exists(AxePath), $"axe-core is missing: run `npm ci` in {RepoRoot}");
        Site = await StaticFiles.StartAsync();
        Host = await StaticFiles.StartAsync();
        WidgetSite.Publish(Site, WidgetSite.Context(), new BuildApiJson(), new WriteWidgetScript());
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    /// <summary>A page in a fresh context with the given zone, its clock fixed at the snapshot time.</summary>
    public async Task<IPage> NewPageAsync(string timezoneId = "UTC", ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new()
        {
            TimezoneId = timezoneId,
            Locale = "en-GB",
            ColorScheme = scheme,
            ViewportSize = new() { Width = 800, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(WidgetSite.Now.UtcDateTime);
        return page;
    }

    /// <summary>Runs axe-core (WCAG 2 A/AA + best practice) on the page; returns "rule: target" lines.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxePath });
        var json = await page.EvaluateAsync<string>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });" +
            " return JSON.stringify(r.violations.map(v => v.id + ': ' + v.nodes.map(n => JSON.stringify(n.target)).join(' '))); }");
        return System.Text.Json.JsonSerializer.Deserialize<string[]>(json)!;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simkl.Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
