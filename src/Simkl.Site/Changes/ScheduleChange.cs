using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Simkl.Site.Model;
using Simkl.Site.Urls;

namespace Simkl.Site.Changes;

/// <summary>What happened to one airing between two builds.</summary>
public enum ChangeType
{
    /// <summary>A new airing inside the part of the window both builds covered.</summary>
    Added,

    /// <summary>The airing is on another day (in the site zone).</summary>
    MovedDate,

    /// <summary>Same day, another time (or a time was announced for a date-only airing).</summary>
    MovedTime,

    /// <summary>An airing that was still upcoming and inside both windows is gone.</summary>
    Removed,

    /// <summary>A known airing is now marked as a mid-season, season or series finale.</summary>
    Finale,
}

/// <summary>
/// One detected schedule change. <see cref="Id"/> is derived from what changed (key, type,
/// previous and new time), never from the build time, so re-rendering the log keeps feed ids stable.
/// </summary>
public sealed record ScheduleChange
{
    public required string Id { get; init; }
    public required ChangeType Type { get; init; }
    public required string Key { get; init; }
    public required MediaKind Kind { get; init; }
    public required long SimklId { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public int? Season { get; init; }
    public int? Episode { get; init; }

    /// <summary>The old time (moved, removed, finale); null for added.</summary>
    public AiringTime? PreviousWhen { get; init; }

    /// <summary>The new time (added, moved, finale); null for removed.</summary>
    public AiringTime? NewWhen { get; init; }

    public FinaleKind Finale { get; init; }

    /// <summary>Capture time of the snapshot in which the change was first seen.</summary>
    public required DateTimeOffset DetectedAt { get; init; }

    /// <summary>Stable id: a name-based hash of what changed, as hex (used as urn:uuid and page anchor).</summary>
    public static string MakeId(string key, ChangeType type, string? previousWhen, string? newWhen, FinaleKind finale)
    {
        var text = string.Join('|', key, type.ToString(), previousWhen ?? "", newWhen ?? "", finale.ToString());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>The Atom id: a urn:uuid built from <see cref="Id"/>.</summary>
    public string AtomId => string.Create(CultureInfo.InvariantCulture,
        $"urn:uuid:{Id[..8]}-{Id[8..12]}-{Id[12..16]}-{Id[16..20]}-{Id[20..32]}");

    /// <summary>"S02E05", "E12" or "" for movies and episode-less rows.</summary>
    public string EpisodeLabel => Episode is { } e
        ? Season is { } s ? string.Create(CultureInfo.InvariantCulture, $"S{s:00}E{e:00}") : string.Create(CultureInfo.InvariantCulture, $"E{e}")
        : "";

    /// <summary>Our title page: <c>/{section}/{id}/{slug}/</c>.</summary>
    public string TitlePath => SiteUrls.Title(Kind, SimklId, Slug);
}
