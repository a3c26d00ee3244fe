using System.Collections.Concurrent;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// v2 monthly archives repeat a title's metadata record in every month it airs (a dozen copies
/// of the same bytes is normal). Within one load, the first parse of a record is kept here with
/// its raw bytes; a later record for the same title with byte-identical JSON reuses that draft and
/// replays its repair counts instead of being parsed again. Exact, not heuristic: identical bytes
/// give an identical draft, so the merged result and the warnings do not depend on which file got
/// there first. Shared drafts are never mutated (<see cref="TitleDraft.Shared"/>).
/// </summary>
internal sealed class MetadataCache
{
    internal sealed record Entry(byte[] Raw, TitleDraft Draft, (string Code, string Field)[] Repairs);

    private readonly ConcurrentDictionary<(MediaKind Kind, long SimklId), Entry> _entries = new();

    private int _hits;

    public int Count => _entries.Count;

    /// <summary>How many records were reused instead of parsed (for tests and benchmarks).</summary>
    public int Hits => Volatile.Read(ref _hits);

    public bool TryGet(MediaKind kind, long simklId, ReadOnlySpan<byte> raw, out Entry entry)
    {
        if (_entries.TryGetValue((kind, simklId), out entry!) && raw.SequenceEqual(entry.Raw))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        entry = null!;
        return false;
    }

    public bool Contains(MediaKind kind, long simklId) => _entries.ContainsKey((kind, simklId));

    /// <summary>Offers a parsed record; the first one per title is kept (later different versions are simply parsed each time).</summary>
    public void Offer(MediaKind kind, long simklId, ReadOnlySpan<byte> raw, TitleDraft draft, List<(string Code, string Field)> repairs)
    {
        var entry = new Entry(raw.ToArray(), draft, [.. repairs]);
        if (_entries.TryAdd((kind, simklId), entry))
        {
            draft.Shared = true;
        }
    }
}
