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

    /// <summary>
    /// Each airing's revision by <see cref="Airing.Key"/>, from the schedule state. An airing not in
    /// it (no state kept, or a first build) counts as first seen in this snapshot.
    /// </summary>
    public IReadOnlyDictionary<string, AiringRevision> Revisions { get; init; } = new Dictionary<string, AiringRevision>();

    /// <summary>The revision of <paramref name="airingKey"/>: from <see cref="Revisions"/>, else first seen in this snapshot.</summary>
    public AiringRevision RevisionOf(string airingKey) =>
        Revisions.TryGetValue(airingKey, out var revision) ? revision : new AiringRevision(Catalogue.Snapshot.CapturedAt, 0);

    /// <summary>When each output's content last changed (kept with the schedule state); null: none kept, every stamp is the capture time.</summary>
    public ContentStamps? Stamps { get; init; }

    /// <summary>
    /// The stamp of <paramref name="key"/> whose content (without its stamp) hashes to
    /// <paramref name="hash"/>: the capture time of the snapshot since which it is unchanged, or this
    /// capture's time. Never the build clock.
    /// </summary>
    public DateTimeOffset StampOf(string key, string? hash) =>
        Stamps is null || hash is null ? Catalogue.Snapshot.CapturedAt.ToUniversalTime() : Stamps.Of(key, hash);

    /// <summary>Today in the site's zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);
}
