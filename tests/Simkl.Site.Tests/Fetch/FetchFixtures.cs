namespace Simkl.Site.Tests.Fetch;

/// <summary>Paths of the fetch fixtures copied to the test output.</summary>
internal static class FetchFixtures
{
    /// <summary>A small Simkl in the snapshot layout: v2/v1 calendars, trending, premieres (4 tv/new pages), airing, best.</summary>
    public static string Basic => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Fetch", "basic");
}
