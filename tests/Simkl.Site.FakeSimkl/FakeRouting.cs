using Microsoft.AspNetCore.Http;

namespace Simkl.Site.FakeSimkl;

/// <summary>Where a request lands: its fixture path and, for paged API lists, the page numbers.</summary>
internal sealed record FakeRoute(string Host, string Path, string FixturePath, int? Page = null, int? PageCount = null, int? Limit = null);

/// <summary>
/// Maps request URLs to fixture paths with the snapshot layout contract:
/// <c>/data/x/y.json</c> → <c>data/x/y.json</c> (query ignored, like the CDN);
/// <c>/api/tv/airing?date=today</c> → <c>api/tv/airing/today.json</c>;
/// <c>/api/tv/premieres/new?page=2</c> → <c>api/tv/premieres/new/page-2.json</c> when page files exist;
/// <c>/api/tv/best/all</c> → <c>api/tv/best/all.json</c>.
/// </summary>
internal static class FakeRouting
{
    public static FakeRoute? Resolve(PathString path, IQueryCollection query, Func<string, bool> exists)
    {
        var value = path.Value ?? "";
        if (value.StartsWith("/data/", StringComparison.Ordinal))
        {
            var rest = value["/data".Length..];
            return new FakeRoute("data", rest, "data" + rest);
        }

        if (!value.StartsWith("/api/", StringComparison.Ordinal))
        {
            return null;
        }

        var apiPath = value["/api".Length..];
        var key = "api" + apiPath.TrimEnd('/');
        if (query.TryGetValue("date", out var date) && !string.IsNullOrEmpty(date))
        {
            key += "/" + date;
        }

        var pageCount = CountPages(key, exists);
        if (pageCount == 0)
        {
            return new FakeRoute("api", apiPath, key + ".json");
        }

        var page = int.TryParse(query["page"], out var p) && p > 0 ? p : 1;
        var limit = int.TryParse(query["limit"], out var l) && l > 0 ? l : 10;
        return new FakeRoute("api", apiPath, $"{key}/page-{page}.json", page, pageCount, limit);
    }

    /// <summary>Consecutive <c>page-N.json</c> files from 1: that many pages the list has.</summary>
    public static int CountPages(string key, Func<string, bool> exists)
    {
        var n = 0;
        while (exists($"{key}/page-{n + 1}.json"))
        {
            n++;
        }

        return n;
    }
}
