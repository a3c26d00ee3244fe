using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Simkl.Site.Model;

namespace Simkl.Site.Changes;

/// <summary>
/// One airing's history as the schedule state keeps it between builds: when what it shows last
/// changed (or was first seen), how often its time moved, and the fingerprints those are decided
/// by. All times are snapshot capture times, never build clocks.
/// </summary>
public sealed record AiringHistoryEntry
{
    public required string Key { get; init; }

    /// <summary>When it was first seen or its time or content last changed (the event's DTSTAMP and LAST-MODIFIED).</summary>
    public required DateTimeOffset Modified { get; init; }

    /// <summary>How often its time (start or runtime) moved: the event's SEQUENCE.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Sequence { get; init; }

    /// <summary>Start and runtime: <c>2026-12-01T01:00:00Z|45</c>.</summary>
    public required string Time { get; init; }

    /// <summary>A hash of everything else an event shows about it (names, episode title, finale, links).</summary>
    public required string Content { get; init; }

    /// <summary>When it was first missing from the data; null while it is there.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? GoneSince { get; init; }
}

/// <summary>
/// Updates the airing history for one snapshot. A pure function of (previous history, catalogue,
/// capture time): an airing whose time moved gets its sequence incremented and
/// <see cref="AiringHistoryEntry.Modified"/> set to this capture time; one whose content changed
/// gets a new Modified only; one that did not change keeps both, so its events keep their bytes.
/// An airing missing from the data (a failed source, a removal) is remembered for
/// <see cref="GoneRetentionDays"/> days, so one that comes back keeps its history.
/// </summary>
public static class AiringHistory
{
    public const int GoneRetentionDays = 30;

    /// <param name="previous">The previous build's history (empty on a first build).</param>
    /// <param name="firstSeen">When airings the history does not know were first seen: this
    /// capture time, or when tracking started for a state written before history was kept.</param>
    public static IReadOnlyList<AiringHistoryEntry> Update(
        IReadOnlyList<AiringHistoryEntry> previous,
        DateTimeOffset firstSeen,
        SiteCatalogue catalogue,
        DateTimeOffset seen)
    {
        var known = new Dictionary<string, AiringHistoryEntry>(previous.Count, StringComparer.Ordinal);
        foreach (var entry in previous)
        {
            known.TryAdd(entry.Key, entry);
        }

        var result = new Dictionary<string, AiringHistoryEntry>(catalogue.Airings.Count, StringComparer.Ordinal);
        var titleSeeds = new Dictionary<(MediaKind, long), ulong>();
        foreach (var airing in catalogue.Airings)
        {
            var key = airing.Key;
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(result, key, out var exists);
            if (exists)
            {
                continue;
            }

            var title = catalogue.FindTitle(airing.Kind, airing.SimklId);
            var time = TimeFingerprint(airing, title);
            if (!titleSeeds.TryGetValue((airing.Kind, airing.SimklId), out var seed))
            {
                seed = titleSeeds[(airing.Kind, airing.SimklId)] = TitleSeed(title);
            }

            var content = ContentFingerprint(airing, seed);
            if (!known.TryGetValue(key, out var before))
            {
                slot = new AiringHistoryEntry { Key = key, Modified = firstSeen, Time = time, Content = content };
            }
            else if (!string.Equals(before.Time, time, StringComparison.Ordinal))
            {
                slot = before with { Modified = seen, Sequence = before.Sequence + 1, Time = time, Content = content, GoneSince = null };
            }
            else if (!string.Equals(before.Content, content, StringComparison.Ordinal))
            {
                slot = before with { Modified = seen, Content = content, GoneSince = null };
            }
            else
            {
                slot = before.GoneSince is null ? before : before with { GoneSince = null };
            }
        }

        var cutoff = seen.AddDays(-GoneRetentionDays);
        foreach (var (key, entry) in known)
        {
            if (!result.ContainsKey(key))
            {
                var gone = entry.GoneSince ?? seen;
                if (gone >= cutoff)
                {
                    result[key] = entry.GoneSince is null ? entry with { GoneSince = gone } : entry;
                }
            }
        }

        return [.. result.Values.OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    /// <summary>The revisions feeds read, by airing key (airings gone from the data are left out).</summary>
    public static IReadOnlyDictionary<string, AiringRevision> Revisions(IReadOnlyList<AiringHistoryEntry> history)
    {
        var revisions = new Dictionary<string, AiringRevision>(history.Count, StringComparer.Ordinal);
        foreach (var entry in history)
        {
            if (entry.GoneSince is null)
            {
                revisions[entry.Key] = new AiringRevision(entry.Modified, entry.Sequence);
            }
        }

        return revisions;
    }

    /// <summary>Start and runtime: what a calendar app's DTSTART and DTEND come from.</summary>
    public static string TimeFingerprint(Airing airing, Title? title) =>
        string.Create(CultureInfo.InvariantCulture, $"{airing.When.MachineValue}|{title?.RuntimeMinutes}");

    /// <summary>
    /// A 64-bit FNV-1a hash (hex) of the data an event shows besides its time: the title's name,
    /// slug, network, year and ids (links), the episode's numbers, title, finale flag and URL.
    /// </summary>
    public static string ContentFingerprint(Airing airing, Title? title) => ContentFingerprint(airing, TitleSeed(title));

    private static string ContentFingerprint(Airing airing, ulong titleSeed)
    {
        var hash = new Fnv1a(titleSeed);
        hash.Add(airing.Season);
        hash.Add(airing.Episode);
        hash.Add(airing.EpisodeTitle);
        hash.Add((int)airing.Finale);
        hash.Add(airing.EpisodeUrl);
        return hash.Value.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>The title's part of <see cref="ContentFingerprint(Airing, Title?)"/>, computed once per title.</summary>
    private static ulong TitleSeed(Title? title)
    {
        var hash = new Fnv1a(Fnv1a.Offset);
        hash.Add(title?.Name);
        hash.Add(title?.Slug);
        hash.Add(title?.Network);
        hash.Add(title?.Year);
        hash.Add(title?.AnimeType);
        if (title is not null)
        {
            foreach (var id in title.Ids.OrderBy(i => i.Key, StringComparer.Ordinal))
            {
                hash.Add(id.Key);
                hash.Add(id.Value);
            }
        }

        return hash.Value;
    }

    private struct Fnv1a(ulong start)
    {
        public const ulong Offset = 14695981039346656037;
        private const ulong Prime = 1099511628211;

        public ulong Value { get; private set; } = start;

        public void Add(string? text)
        {
            if (text is null)
            {
                Mix(0xFFFF);
                return;
            }

            foreach (var c in text)
            {
                Mix(c);
            }

            // A separator, so ("ab", "c") and ("a", "bc") differ.
            Mix(0xFFFE);
        }

        public void Add(int? number) => Add(number?.ToString(CultureInfo.InvariantCulture));

        private void Mix(int value)
        {
            Value = (Value ^ (byte)value) * Prime;
            Value = (Value ^ (byte)(value >> 8)) * Prime;
        }
    }
}
