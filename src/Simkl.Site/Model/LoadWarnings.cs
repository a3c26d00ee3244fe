using Simkl.Site.Text;

namespace Simkl.Site.Model;

/// <summary>
/// Dropped or repaired records, so nothing is lost silently. <paramref name="Count"/> is how many
/// records the warning stands for: repairs of one kind in one file are reported once with their
/// count instead of once per row.
/// </summary>
public sealed record LoadWarning(string Source, string Code, string Message, int Count = 1);

/// <summary>
/// Collects warnings while loading; thread-safe so files can be parsed in parallel. Messages quote
/// file contents, so they are stripped of control characters here, before anything prints them.
/// </summary>
public sealed class LoadWarnings
{
    private readonly List<LoadWarning> _items = [];
    private readonly Lock _lock = new();

    public void Add(string source, string code, string message, int count = 1)
    {
        lock (_lock)
        {
            _items.Add(new LoadWarning(PlainText.CleanText(source), code, PlainText.CleanText(message), count));
        }
    }

    public void Add(LoadWarning warning)
    {
        lock (_lock)
        {
            _items.Add(warning with { Source = PlainText.CleanText(warning.Source), Message = PlainText.CleanText(warning.Message) });
        }
    }

    /// <summary>Warnings in a deterministic order (by source, code, message).</summary>
    public IReadOnlyList<LoadWarning> ToList()
    {
        lock (_lock)
        {
            return [.. _items.OrderBy(w => w.Source, StringComparer.Ordinal)
                .ThenBy(w => w.Code, StringComparer.Ordinal)
                .ThenBy(w => w.Message, StringComparer.Ordinal)
                .ThenBy(w => w.Count)];
        }
    }

    /// <summary>Records affected per warning code (sum of counts), for summaries.</summary>
    public IReadOnlyDictionary<string, int> CountByCode()
    {
        lock (_lock)
        {
            return CountByCode(_items);
        }
    }

    /// <summary>Records affected per warning code (sum of counts), ordered by code.</summary>
    public static IReadOnlyDictionary<string, int> CountByCode(IEnumerable<LoadWarning> warnings) =>
        warnings.GroupBy(w => w.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(w => w.Count));
}
