using System.Text.Json;

namespace Simkl.Site.Settings;

/// <summary>
/// Reads <c>input/site.json</c> strictly: unknown keys and bad values are errors that name the
/// key, so a typo never silently falls back to a default.
/// </summary>
public static class SiteSettingsLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads settings from <paramref name="path"/> (defaults when the file does not exist) and the environment.</summary>
    public static SiteSettings Load(string? path, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var settings = new SiteSettings();
        if (path is not null && File.Exists(path))
        {
            try
            {
                settings = JsonSerializer.Deserialize<SiteSettings>(File.ReadAllBytes(path), Options) ?? settings;
            }
            catch (JsonException e)
            {
                throw new SiteException($"{path}: {e.Message}", e);
            }
        }

        var clientId = environment("SIMKL_CLIENT_ID");
        settings = settings with { ClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId.Trim() };
        Validate(settings, path ?? "settings");
        return settings;
    }

    public static void Validate(SiteSettings s, string origin)
    {
        void Fail(string message) => throw new SiteException($"{origin}: {message}");

        if (!Uri.TryCreate(s.BaseUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != "https" && baseUri.Scheme != "http"))
        {
            Fail($"baseUrl '{s.BaseUrl}' must be an absolute http(s) URL.");
        }

        if (s.BaseUrl.EndsWith('/'))
        {
            Fail("baseUrl must not end with '/'.");
        }

        ResolveZone(s.TimeZone, origin);
        if (s.UpcomingDays is < 1 or > 60)
        {
            Fail("upcomingDays must be between 1 and 60.");
        }

        if (s.HomeDays is < 1 or > 14)
        {
            Fail("homeDays must be between 1 and 14.");
        }

        if (s.BingeThreshold < 1)
        {
            Fail("bingeThreshold must be at least 1.");
        }

        if (s.MonthsBack is < 0 or > 12 || s.MonthsAhead is < 0 or > 6)
        {
            Fail("monthsBack must be 0-12 and monthsAhead 0-6 (Simkl keeps 12 months of archives).");
        }

        if (s.UserAgent is { } ua && (string.IsNullOrWhiteSpace(ua) || ua.Length > 200 || ua.Any(c => c is < ' ' or > '~')))
        {
            Fail("userAgent must be 1-200 printable ASCII characters (an HTTP header value), e.g. \"Simkl.Site/1.0 (+https://my-site.example)\".");
        }

        if (s.Lists.TrendingSize is not (100 or 500))
        {
            Fail("lists.trendingSize must be 100 or 500 (the sizes Simkl publishes).");
        }
    }

    /// <summary>Finds an IANA (or Windows) zone by id, or fails with a message naming it.</summary>
    public static TimeZoneInfo ResolveZone(string id, string origin = "timeZone")
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw new SiteException($"{origin}: unknown time zone '{id}' (use an IANA id such as 'Europe/Berlin').", e);
        }
    }
}
