using Simkl.Site.Fetch;
using Simkl.Site.Settings;

namespace Simkl.Site.Tests.Fetch;

/// <summary>The User-Agent (docs/data-rules.md): names the project and version, and is a setting checked like a header value.</summary>
public sealed class UserAgentTests
{
    [Fact]
    public void The_user_agent_names_the_project_and_version_and_no_placeholder()
    {
        Assert.Matches(@"^Simkl\.Site/\d+\.\d+\.\d+\S*$", new FetchOptions().UserAgent);
        Assert.DoesNotContain("github.com", new FetchOptions().UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_user_agent_is_a_setting_checked_like_a_header_value()
    {
        var dir = Directory.CreateTempSubdirectory("simkl-ua-").FullName;
        try
        {
            var path = Path.Combine(dir, "site.json");
            File.WriteAllText(path, """{ "userAgent": "MyCalendar/2.0 (+https://cal.example.org)" }""");
            Assert.Equal("MyCalendar/2.0 (+https://cal.example.org)", SiteSettingsLoader.Load(path, _ => null).UserAgent);

            File.WriteAllText(path, """{ "userAgent": "bad\r\nX-Injected: 1" }""");
            var e = Assert.Throws<SiteException>(() => SiteSettingsLoader.Load(path, _ => null));
            Assert.Contains("userAgent", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Fetch_sends_the_configured_user_agent_on_every_request()
    {
        await using var h = await FetchHarness.StartAsync();
        h.Settings = h.Settings with { UserAgent = "MyCalendar/2.0 (+https://cal.example.org)" };

        await h.FetchAsync();

        Assert.NotEmpty(h.Fake.Requests);
        Assert.All(h.Fake.Requests, r => Assert.Equal("MyCalendar/2.0 (+https://cal.example.org)", r.Header("User-Agent")));
    }
}
