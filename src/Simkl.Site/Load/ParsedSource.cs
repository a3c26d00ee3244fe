using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Load;

/// <summary>How a stored file was read (sniffed from its first byte for calendars).</summary>
internal enum SourceFormat
{
    None,
    CalendarV1,
    CalendarV2,
    List,
}

/// <summary>A calendar row; <see cref="MetadataMissing"/> when a v2 row had no metadata in its own file.</summary>
internal readonly record struct AiringRow(Airing Airing, bool MetadataMissing);

/// <summary>Everything one stored file contributed, before merging. Only <see cref="Usable"/> results are merged.</summary>
internal sealed class ParsedSource
{
    public ParsedSource(SourceRecord source, ParseContext context)
    {
        Source = source;
        Context = context;
    }

    public SourceRecord Source { get; }
    public ParseContext Context { get; }
    public SourceFormat Format { get; set; }

    /// <summary>True once the whole file was read without a file-level failure.</summary>
    public bool Usable { get; set; }

    public List<TitleDraft> Titles { get; } = [];
    public List<AiringRow> Airings { get; } = [];

    /// <summary>List entries in file order; positions are assigned when pages are joined.</summary>
    public List<ListEntry> Entries { get; } = [];

    public bool IsRolling => Source.Month is null;

    /// <summary>
    /// The file is unusable: forgets its partial results and row warnings (they no longer
    /// apply; nothing of the file is used) and records one warning for the whole file.
    /// </summary>
    public void Fail(string code, string message)
    {
        Usable = false;
        Titles.Clear();
        Airings.Clear();
        Entries.Clear();
        Context.Warnings.Clear();
        Context.Warnings.File(code, $"source '{Source.Id}': {message}");
    }
}
