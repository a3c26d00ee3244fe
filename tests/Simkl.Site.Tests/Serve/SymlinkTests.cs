using System.Net;
using Simkl.Site.Serve;

namespace Simkl.Site.Tests.Serve;

/// <summary>The preview serves real files inside its folder only, whatever links the folder holds.</summary>
public sealed class SymlinkTests : IAsyncLifetime
{
    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("simkl-serve-links-");
    private SiteServer server = null!;
    private HttpClient client = null!;

    private string Site => Path.Combine(temp.FullName, "site");
    private string Outside => Path.Combine(temp.FullName, "outside");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Site, "calendar"));
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Site, "calendar", "index.html"), "inside");
        File.WriteAllText(Path.Combine(Site, "404.html"), "not here");
        File.WriteAllText(Path.Combine(Outside, "passwd"), "root:x:0:0");
        File.WriteAllText(Path.Combine(Outside, "index.html"), "outside index");

        Directory.CreateSymbolicLink(Path.Combine(Site, "etcdir"), Outside);
        File.CreateSymbolicLink(Path.Combine(Site, "passwd.txt"), Path.Combine(Outside, "passwd"));
        File.CreateSymbolicLink(Path.Combine(Site, "relative.txt"), "../outside/passwd");
        // A link inside that points at another link inside, which leads out.
        Directory.CreateSymbolicLink(Path.Combine(Site, "hop"), "etcdir");
        // Links that stay inside are fine.
        Directory.CreateSymbolicLink(Path.Combine(Site, "cal"), "calendar");
        File.CreateSymbolicLink(Path.Combine(Site, "home.html"), Path.Combine(Site, "calendar", "index.html"));

        server = await SiteServer.StartAsync(Site, port: 0);
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUrl };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
        temp.Delete(recursive: true);
    }

    [Theory]
    [InlineData("/etcdir/passwd")]
    [InlineData("/etcdir/")]
    [InlineData("/etcdir")]
    [InlineData("/passwd.txt")]
    [InlineData("/relative.txt")]
    [InlineData("/hop/passwd")]
    public async Task Links_that_lead_out_of_the_folder_are_not_found(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not here", body);
    }

    [Theory]
    [InlineData("/cal/", "inside")]
    [InlineData("/home.html", "inside")]
    public async Task Links_that_stay_inside_are_served(string path, string body)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }
}
