using System.Runtime.CompilerServices;
using System.Globalization;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// Joins the calendar rows of all sources into one de-duplicated, ordered list (docs/data-rules.md):
/// <list type="bullet">
/// <item>an airing is identified by <see cref="Airing.Key"/>: (title, season, episode), or (title, date) without an episode;</item>
/// <item>sources are visited in <see cref="SourcePrecedence"/> order and the first to claim a key wins
/// (rolling beats archive, v2 beats v1); later claims are the expected overlap, not warnings;</item>
/// <item>the same key twice in one file is a duplicate: the earliest is kept and the rest counted;</item>
/// <item>an episode-less row (movie, anime film) within 36 h of an already kept episode-less row of the
/// same title from another file is the same release written differently (a v1 local date vs a v2
/// instant) and is dropped as overlap;</item>
/// <item>a v2 row without metadata is kept only when some source knows the title, else dropped.</item>
/// </list>
/// </summary>
internal static class MergeAirings
{
    private static readonly long NearTicks = TimeSpan.FromHours(36).Ticks;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <param name="ordered">Usable sources, highest precedence first.</param>
    /// <param name="titleKnown">Whether any source has title data for (kind, Simkl id).</param>
    public static List<Airing> Run(IReadOnlyList<ParsedSource> ordered, Func<(MediaKind Kind, long SimklId), bool> titleKnown)
    {
        var capacity = 0;
        foreach (var s in ordered)
        {
            capacity += s.Airings.Count;
        }

        // Value: the airing and the rank of the source that claimed it.
        var byKey = new Dictionary<AiringKey, (Airing Airing, int Rank)>(capacity);
        var releases = new Dictionary<(MediaKind, long), List<(long Ticks, int Rank)>>();
        for (var rank = 0; rank < ordered.Count; rank++)
        {
            var source = ordered[rank];
            var c = source.Context;
            foreach (var (airing, metadataMissing) in source.Airings)
            {
                if (metadataMissing)
                {
                    if (!titleKnown((airing.Kind, airing.SimklId)))
                    {
                        c.Warnings.Drop(WarningCodes.NoTitleData, string.Create(CultureInfo.InvariantCulture,
                            $"simkl {airing.SimklId} on {airing.When}: no metadata in this file and no other source knows the title"));
                        continue;
                    }

                    c.Warnings.Repair(WarningCodes.MetadataMissing, string.Create(CultureInfo.InvariantCulture, $"simkl {airing.SimklId}"));
                }

                var key = AiringKey.Of(airing);
                if (byKey.TryGetValue(key, out var claimed))
                {
                    if (claimed.Rank == rank)
                    {
                        // Same file twice (e.g. an anime episode 1 re-listed later): keep the earliest.
                        c.Warnings.Drop(WarningCodes.DuplicateAiring, string.Create(CultureInfo.InvariantCulture,
                            $"{airing.Key} listed again ({claimed.Airing.When} and {airing.When}); the earliest kept"));
                        if (airing.When.SortKey < claimed.Airing.When.SortKey)
                        {
                            byKey[key] = (airing, rank);
                        }
                    }

                    continue;
                }

                if (airing.Episode is null)
                {
                    var ticks = airing.When.SortKey.UtcTicks;
                    var titleKey = (airing.Kind, airing.SimklId);
                    if (!releases.TryGetValue(titleKey, out var kept))
                    {
                        kept = [];
                        releases[titleKey] = kept;
                    }

                    var near = false;
                    foreach (var (t, r) in kept)
                    {
                        near |= r != rank && Math.Abs(t - ticks) < NearTicks;
                    }

                    if (near)
                    {
                        continue;
                    }

                    kept.Add((ticks, rank));
                }

                byKey[key] = (airing, rank);
            }
        }

        // Sort precomputed keys (a struct that compares inline) rather than calling a
        // comparison delegate that recomputes SortKey ~2.5 million times.
        var entries = new SortEntry[byKey.Count];
        var n = 0;
        foreach (var (airing, _) in byKey.Values)
        {
            entries[n++] = new SortEntry(airing);
        }

        Array.Sort(entries);
        var result = new List<Airing>(entries.Length);
        foreach (var e in entries)
        {
            result.Add(e.Airing);
        }

        return result;
    }

    /// <summary><see cref="CompareAirings"/> with the fields precomputed.</summary>
    private readonly struct SortEntry : IComparable<SortEntry>
    {
        private readonly long _ticks;
        private readonly long _id;
        private readonly int _kind;
        private readonly int _season;
        private readonly int _episode;
        private readonly bool _dateOnly;

        public SortEntry(Airing a)
        {
            Airing = a;
            _ticks = a.When.SortKey.UtcTicks;
            _id = a.SimklId;
            _kind = (int)a.Kind;
            _season = a.Season ?? -1;
            _episode = a.Episode ?? -1;
            _dateOnly = a.When.IsDateOnly;
        }

        public Airing Airing { get; }

        public int CompareTo(SortEntry other)
        {
            var c = _ticks.CompareTo(other._ticks);
            if (c != 0)
            {
                return c;
            }

            c = _kind.CompareTo(other._kind);
            if (c != 0)
            {
                return c;
            }

            c = _id.CompareTo(other._id);
            if (c != 0)
            {
                return c;
            }

            c = _season.CompareTo(other._season);
            return c != 0 ? c : _episode != other._episode ? _episode.CompareTo(other._episode) : _dateOnly.CompareTo(other._dateOnly);
        }
    }

    /// <summary>By time (date-only at 00:00 UTC of its date), then kind, Simkl id, season, episode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CompareAirings(Airing a, Airing b)
    {
        var c = a.When.SortKey.UtcTicks.CompareTo(b.When.SortKey.UtcTicks);
        if (c != 0)
        {
            return c;
        }

        c = a.Kind.CompareTo(b.Kind);
        if (c != 0)
        {
            return c;
        }

        c = a.SimklId.CompareTo(b.SimklId);
        if (c != 0)
        {
            return c;
        }

        c = (a.Season ?? -1).CompareTo(b.Season ?? -1);
        if (c != 0)
        {
            return c;
        }

        c = (a.Episode ?? -1).CompareTo(b.Episode ?? -1);
        if (c != 0)
        {
            return c;
        }

        // Only reachable for a timed and a date-only value at the same instant; keep it total.
        return a.When.IsDateOnly.CompareTo(b.When.IsDateOnly);
    }
}

/// <summary>
/// <see cref="Airing.Key"/> as a value (no string per row): same identity, same equality.
/// </summary>
internal readonly record struct AiringKey(MediaKind Kind, long SimklId, int Season, int Episode, int Day)
{
    public static AiringKey Of(Airing a) => a.Episode is { } e
        ? new AiringKey(a.Kind, a.SimklId, a.Season ?? 0, e, -1)
        : new AiringKey(a.Kind, a.SimklId, -1, -1, DayNumber(a.When.SortKey));

    private static int DayNumber(DateTimeOffset sortKey) => DateOnly.FromDateTime(sortKey.UtcDateTime).DayNumber;
}
