using System.Text.Json;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Cli;

/// <summary>
/// <c>--json</c> promises one JSON document on stdout. A command that fails before it has a report
/// of its own (bad settings, a missing folder) still prints one: <c>ok</c> false, the exit code
/// and the same message as on stderr.
/// </summary>
public sealed class JsonFailureTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("simkl-cli-json-fail-");

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<string[], int> Failures() => new()
    {
        // Malformed settings: fetch fails before any request, so there is no fetch report.
        { ["fetch", "--data", "snap", "--settings", "broken.json", "--json"], 2 },
        { ["stats", "--data", "no-such-snapshot", "--json"], 2 },
        { ["check", "--site", "no-such-site", "--json"], 2 },
        { ["guard", "--site", "no-such-site", "--json"], 2 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Failure_before_a_report_is_still_one_json_document(string[] args, int expectedExit)
    {
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "broken.json"), "{ \"timeZone\": ");

        var (exit, stdout, stderr) = await SimklCli.RunAsync(_dir.FullName, args);

        Assert.Equal(expectedExit, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.False(doc.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(expectedExit, doc.RootElement.GetProperty("exitCode").GetInt32());
        var error = doc.RootElement.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Contains($"error: {error}", stderr, StringComparison.Ordinal);
    }
}
