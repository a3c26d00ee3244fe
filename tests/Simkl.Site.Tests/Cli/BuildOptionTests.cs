using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Cli;

/// <summary>
/// <c>build --now</c> and <c>--time-zone</c> values the build cannot use are bad options: one
/// <c>error:</c> line and exit 1, never an unhandled exception.
/// </summary>
public sealed class BuildOptionTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("simkl-build-options-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("--now", "9999-12-31T23:00:00Z", "--now '9999-12-31T23:00:00Z' is outside 1900-01-01 to 2100-12-31.")]
    [InlineData("--now", "0001-01-01T00:00:00Z", "--now '0001-01-01T00:00:00Z' is outside 1900-01-01 to 2100-12-31.")]
    [InlineData("--now", "1899-12-31T23:59:59Z", "--now '1899-12-31T23:59:59Z' is outside 1900-01-01 to 2100-12-31.")]
    [InlineData("--now", "2101-01-01T00:00:00Z", "--now '2101-01-01T00:00:00Z' is outside 1900-01-01 to 2100-12-31.")]
    [InlineData("--now", "yesterday", "--now 'yesterday' is not an ISO 8601 instant (e.g. 2026-11-27T12:00:00Z).")]
    [InlineData("--time-zone", "Mars/Olympus_Mons", "--time-zone: unknown time zone 'Mars/Olympus_Mons' (use an IANA id such as 'Europe/Berlin').")]
    [InlineData("--time-zone", "../../etc/passwd", "--time-zone: unknown time zone '../../etc/passwd' (use an IANA id such as 'Europe/Berlin').")]
    [InlineData("--time-zone", "", "--time-zone: unknown time zone '' (use an IANA id such as 'Europe/Berlin').")]
    public async Task A_value_the_build_cannot_use_is_a_bad_option(string option, string value, string message)
    {
        var (exit, _, err) = await SimklCli.RunAsync(_dir.FullName,
            "build", "--data", Path.Combine(Simkl.Site.Tests.TestSupport.TestSite.RepoRoot, "input", "data", "sample"), "--site", "_site", option, value);

        Assert.Equal(1, exit);
        Assert.Equal("error: " + message, err.Trim());
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "_site")));
    }
}
