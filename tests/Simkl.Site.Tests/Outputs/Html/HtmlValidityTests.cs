using System.Diagnostics;
using System.Text.Json;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.Outputs.Html;

/// <summary>
/// Every page of the built sample is valid HTML by html-validate (the pinned npm package, run by node
/// once over all files with the committed <c>.htmlvalidate.json</c>). A known-bad page goes along in
/// the same run, so a validator that read nothing or a config that turned everything off fails too.
/// </summary>
public sealed class HtmlValidityTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string Canary = "<!doctype html>\n<html lang=\"en\"><head><title>canary</title></head><body><p>bad doctype case</p></body></html>\n";

    internal sealed record Finding(string RuleId, int Severity, string Message, int Line);

    internal sealed record FileResult(string FilePath, IReadOnlyList<Finding> Messages);

    [Fact]
    public void Every_built_page_of_the_sample_has_no_html_validate_errors()
    {
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 150, $"only {pages.Count} pages built");
        var canaryDir = Directory.CreateTempSubdirectory("simkl-html-canary-");
        try
        {
            var canary = Path.Combine(canaryDir.FullName, "canary.html");
            File.WriteAllText(canary, Canary);

            var results = Validate([.. pages, canary]);

            var canaryErrors = results.Where(r => r.FilePath == canary).SelectMany(r => r.Messages).Select(m => m.RuleId);
            Assert.Equal(["doctype-style"], canaryErrors);
            var errors = results.Where(r => r.FilePath != canary)
                .SelectMany(r => r.Messages.Where(m => m.Severity == 2).Select(m => $"{Path.GetRelativePath(site.Output, r.FilePath)}:{m.Line} {m.RuleId}: {m.Message}"))
                .ToList();
            Assert.True(errors.Count == 0, $"{errors.Count} html-validate errors, e.g.\n{string.Join('\n', errors.Take(20))}");
        }
        finally
        {
            canaryDir.Delete(recursive: true);
        }
    }

    /// <summary>One node process over all files, JSON formatter: the files with messages (html-validate lists no clean file).</summary>
    internal static List<FileResult> Validate(IReadOnlyList<string> files)
    {
        var root = TestSite.RepoRoot;
        var cli = Path.Combine(root, "node_modules", "html-validate", "bin", "html-validate.mjs");
        Assert.True(File.Exists(cli), $"html-validate is missing: run `npm ci` in {root}.");
        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "--config", Path.Combine(root, ".htmlvalidate.json"), "--formatter", "json" }.Concat(files))
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();

        // Exit 1 means "errors found" (the canary has one); anything else is the tool failing.
        Assert.True(process.ExitCode is 0 or 1, $"html-validate failed (exit {process.ExitCode}): {stderr.Result}");
        return JsonSerializer.Deserialize<List<FileResult>>(stdout.Result, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
