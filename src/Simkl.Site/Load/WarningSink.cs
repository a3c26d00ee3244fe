using System.Globalization;
using System.Runtime.InteropServices;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>
/// Warnings of one source file, gathered without locks while the file is parsed. Dropped records
/// are listed one by one up to <see cref="ListedPerCode"/> per code, the rest summed in one
/// warning; repairs are counted and reported once per code with the first example. So a hostile
/// file cannot flood memory, yet every record is accounted for.
/// </summary>
internal sealed class WarningSink
{
    public const int ListedPerCode = 20;

    private readonly string _source;
    private readonly List<LoadWarning> _listed = [];
    private readonly Dictionary<string, int> _dropsPerCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, string? Example)> _repairs = new(StringComparer.Ordinal);

    public WarningSink(string source) => _source = source;

    /// <summary>A whole file was skipped (one warning, never capped).</summary>
    public void File(string code, string message) => _listed.Add(new LoadWarning(_source, code, message));

    /// <summary>One record was dropped.</summary>
    public void Drop(string code, string message)
    {
        _dropsPerCode.TryGetValue(code, out var n);
        _dropsPerCode[code] = n + 1;
        if (n < ListedPerCode)
        {
            _listed.Add(new LoadWarning(_source, code, message));
        }
    }

    /// <summary>One record was repaired; <paramref name="example"/> names it (kept for the first only).</summary>
    public void Repair(string code, string example)
    {
        if (CountRepair(code))
        {
            SetExample(code, example);
        }
    }

    /// <summary>Counts one repair; true when it is the first of its code (the caller then sets the example).</summary>
    public bool CountRepair(string code)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_repairs, code, out var exists);
        entry.Count++;
        return !exists;
    }

    public void SetExample(string code, string example)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_repairs, code);
        entry.Example = example;
    }

    public void Clear()
    {
        _listed.Clear();
        _dropsPerCode.Clear();
        _repairs.Clear();
    }

    public void FlushTo(LoadWarnings target)
    {
        foreach (var w in _listed)
        {
            target.Add(w);
        }

        foreach (var (code, n) in _dropsPerCode)
        {
            if (n > ListedPerCode)
            {
                var more = n - ListedPerCode;
                target.Add(_source, code, string.Create(CultureInfo.InvariantCulture,
                    $"{more} more record(s) dropped: {WarningCodes.Describe(code)}"), more);
            }
        }

        foreach (var (code, (count, example)) in _repairs)
        {
            target.Add(_source, code, string.Create(CultureInfo.InvariantCulture,
                $"{count} record(s): {WarningCodes.Describe(code)} (first: {example})"), count);
        }
    }
}
