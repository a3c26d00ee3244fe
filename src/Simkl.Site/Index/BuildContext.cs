using Simkl.Site.Model;
using Simkl.Site.Settings;

namespace Simkl.Site.Index;

/// <summary>
/// What every build stage reads: the catalogue, the settings, the instant the site is built
/// "as of" and the site's time zone. Immutable; shared by all render threads.
/// </summary>
public sealed record BuildContext
{
    public required SiteCatalogue Catalogue { get; init; }
    public required SiteSettings Settings { get; init; }

    /// <summary>The instant the site is built as of. Never DateTimeOffset.Now inside a stage.</summary>
    public required DateTimeOffset Now { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    /// <summary>Today in the site's zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);
}
