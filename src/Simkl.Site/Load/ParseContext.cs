using System.Globalization;
using Simkl.Site.Model;

namespace Simkl.Site.Load;

/// <summary>What a parser needs while it walks one file: its kind, the shared string pool, its warnings, the current row.</summary>
internal sealed class ParseContext
{
    public ParseContext(string file, MediaKind kind, StringPool pool)
    {
        File = file;
        Kind = kind;
        Pool = pool;
        Warnings = new WarningSink(file);
    }

    /// <summary>Snapshot-relative path of the file (also the warnings' source).</summary>
    public string File { get; }

    public MediaKind Kind { get; }
    public StringPool Pool { get; }
    public WarningSink Warnings { get; }

    /// <summary>1-based index of the row being read (0 outside rows).</summary>
    public int Row { get; set; }

    /// <summary>The Simkl id of the row being read, once known (for warning examples).</summary>
    public long RowId { get; set; }

    /// <summary>What a row is called in messages: "row" or "metadata entry".</summary>
    public string RowLabel { get; set; } = "row";

    public string Where => RowId > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{RowLabel} {Row} (simkl {RowId})")
        : string.Create(CultureInfo.InvariantCulture, $"{RowLabel} {Row}");

    /// <summary>Starts the next row: advances the counter and forgets the previous id.</summary>
    public void NextRow()
    {
        Row++;
        RowId = 0;
    }

    /// <summary>Data text for a message: bounded, so a hostile value cannot blow up the warnings.</summary>
    public static string Quote(string? text) => text switch
    {
        null => "null",
        { Length: > 60 } => "'" + text[..60] + "…'",
        _ => "'" + text + "'",
    };

    /// <summary>The load's metadata cache (null when parsing a lone body, e.g. in tests).</summary>
    public MetadataCache? Metadata { get; init; }

    /// <summary>While set, every repair is also recorded here (to replay it for a cached record).</summary>
    public List<(string Code, string Field)>? RepairLog { get; set; }

    /// <summary>Counts a repair; the example text is only built for the first of its code in the file.</summary>
    public void Repair(string code, string field)
    {
        RepairLog?.Add((code, field));
        if (Warnings.CountRepair(code))
        {
            Warnings.SetExample(code, $"{Where} {field}");
        }
    }

    public void Repair(string code, string prefix, ReadOnlySpan<char> field)
    {
        RepairLog?.Add((code, prefix + field.ToString()));
        if (Warnings.CountRepair(code))
        {
            Warnings.SetExample(code, $"{Where} {prefix}{field}");
        }
    }
}
