using Simkl.Site.Fetch;

namespace Simkl.Site.Tests.Fetch;

public sealed class FetchOptionsTests
{
    private static readonly Dictionary<string, string?> Env = new()
    {
        ["SIMKL_DATA_BASE"] = "http://mirror.local/data/",
        ["SIMKL_API_BASE"] = "http://mirror.local/api",
    };

    [Fact]
    public void Options_win_over_the_environment_which_wins_over_the_defaults()
    {
        var fromEnv = FetchOptions.Resolve(null, null, " id ", Env.GetValueOrDefault);
        Assert.Equal(("http://mirror.local/data", "http://mirror.local/api", "id"), (fromEnv.DataBase, fromEnv.ApiBase, fromEnv.ClientId));

        var fromOptions = FetchOptions.Resolve("https://a.example/", "https://b.example", null, Env.GetValueOrDefault);
        Assert.Equal(("https://a.example", "https://b.example", null), (fromOptions.DataBase, fromOptions.ApiBase, fromOptions.ClientId));

        var defaults = FetchOptions.Resolve(null, "", "  ", _ => null);
        Assert.Equal(("https://data.simkl.in", "https://api.simkl.com", null), (defaults.DataBase, defaults.ApiBase, defaults.ClientId));
        Assert.Equal((TimeSpan.FromSeconds(60), 4, 4), (defaults.Timeout, defaults.MaxAttempts, defaults.CdnParallelism));
        Assert.True(defaults.ApiInterval >= TimeSpan.FromMilliseconds(100));
    }

    [Theory]
    [InlineData("data.simkl.in")]
    [InlineData("ftp://data.simkl.in")]
    [InlineData("https://data.simkl.in/?x=1")]
    public void Bad_base_urls_are_errors_naming_the_setting(string value)
    {
        var e = Assert.Throws<SiteException>(() => FetchOptions.Resolve(value, null, null, _ => null));
        Assert.Contains("--data-base / SIMKL_DATA_BASE", e.Message, StringComparison.Ordinal);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
    }
}
