namespace Simkl.Site.BrowserTests.Infrastructure;

/// <summary>Where the repository, Chromium and axe-core are; fails loudly (never skips) when one is missing.</summary>
internal static class TestEnvironment
{
    /// <summary>Debian's Chromium; Playwright drives it, nothing is downloaded.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private const string HowToInstall =
        "Run `bash .ci/run` once (it installs both), or by hand: `apt-get update && apt-get install -y chromium` " +
        "and `npm ci` in the repository root.";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string AxePath => Path.Combine(RepoRoot, "node_modules", "axe-core", "axe.min.js");

    public static void RequireChromium()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}, and it is not there. {HowToInstall}");
        }
    }

    public static string RequireAxe()
    {
        if (!File.Exists(AxePath))
        {
            throw new InvalidOperationException(
                $"The accessibility tests need axe-core at {AxePath}, and it is not there. {HowToInstall}");
        }
        return File.ReadAllText(AxePath);
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
        throw new InvalidOperationException($"Simkl.Site.sln not found above {AppContext.BaseDirectory}");
    }
}
