namespace Simkl.Site.Catalogue;

/// <summary>One dropped or repaired record, so nothing is lost silently.</summary>
public sealed record LoadWarning(string Source, string Code, string Message);

/// <summary>Collects warnings while loading; thread-safe so files can be parsed in parallel.</summary>
public sealed class LoadWarnings
{
    private readonly List<LoadWarning> _items = [];
    private readonly Lock _lock = new();

    public void Add(string source, string code, string message)
    {
        lock (_lock)
        {
            _items.Add(new LoadWarning(source, code, message));
        }
    }

    /// <summary>Warnings in a deterministic order (by source, code, message).</summary>
    public IReadOnlyList<LoadWarning> ToList()
    {
        lock (_lock)
        {
            return [.. _items.OrderBy(w => w.Source, StringComparer.Ordinal)
                .ThenBy(w => w.Code, StringComparer.Ordinal)
                .ThenBy(w => w.Message, StringComparer.Ordinal)];
        }
    }

    /// <summary>Counts per warning code, for summaries.</summary>
    public IReadOnlyDictionary<string, int> CountByCode()
    {
        lock (_lock)
        {
            return _items.GroupBy(w => w.Code)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count());
        }
    }
}
