using Simkl.Site.Snapshots;

namespace Simkl.Site.Model;

/// <summary>
/// Everything the site is built from, normalised and merged: titles by id, airings in time order,
/// lists, and what the load repaired or dropped. Immutable once built.
/// </summary>
public sealed class SiteCatalogue
{
    public SiteCatalogue(
        IReadOnlyDictionary<(MediaKind Kind, long SimklId), Title> titles,
        IReadOnlyList<Airing> airings,
        IReadOnlyList<TitleList> lists,
        IReadOnlyList<LoadWarning> warnings,
        SnapshotManifest snapshot)
    {
        Titles = titles;
        Airings = airings;
        Lists = lists;
        Warnings = warnings;
        Snapshot = snapshot;
    }

    /// <summary>Titles keyed by (kind, Simkl id): Simkl ids are unique per kind, not across kinds.</summary>
    public IReadOnlyDictionary<(MediaKind Kind, long SimklId), Title> Titles { get; }

    /// <summary>All airings, merged and de-duplicated, ordered by time then title id then episode.</summary>
    public IReadOnlyList<Airing> Airings { get; }

    public IReadOnlyList<TitleList> Lists { get; }

    public IReadOnlyList<LoadWarning> Warnings { get; }

    /// <summary>The snapshot this was loaded from: capture time and per-source outcomes.</summary>
    public SnapshotManifest Snapshot { get; }

    public Title? FindTitle(MediaKind kind, long simklId) =>
        Titles.TryGetValue((kind, simklId), out var t) ? t : null;

    public TitleList? FindList(ListId id) => Lists.FirstOrDefault(l => l.Id == id);
}
