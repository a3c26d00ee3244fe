using System.Text.Json;

namespace Simkl.Site.Load;

/// <summary>
/// One format's rows, for <see cref="RowReader"/>: the fields only this format has and what a
/// row becomes. <typeparamref name="TSelf"/> holds those fields for one row. The members are
/// static and the type a struct, so the generic row loop is compiled once per format with these
/// calls inlined: no interface dispatch and no allocation per row.
/// </summary>
internal interface IRowFormat<TSelf>
    where TSelf : struct, IRowFormat<TSelf>
{
    /// <summary>
    /// True when rows carry their own title data (ids, title, poster…): it is read into a draft,
    /// a row without a title is dropped, and the first row of a title creates its draft.
    /// </summary>
    static abstract bool RowsCarryTitles { get; }

    /// <summary>Reads a field only this format has (the reader on its value); false, reading nothing, when it is not one.</summary>
    static abstract bool TryReadField(scoped ReadOnlySpan<char> name, ref Utf8JsonReader r, ParseContext c, ref TSelf own, ref RowFields row);

    /// <summary>
    /// Whether a row with an id (and, where rows carry titles, a title) is kept: false after
    /// dropping it with a warning. Runs before the episode is normalised.
    /// </summary>
    static abstract bool Keep(in TSelf own, in RowFields row, TitleDraft? title, ParseContext c);

    /// <summary>Adds a kept row (its episode normalised) to the result.</summary>
    static abstract void Add(in TSelf own, in RowFields row, TitleDraft? title, ParseContext c, ParsedSource result);
}
