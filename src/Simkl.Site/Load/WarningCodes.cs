namespace Simkl.Site.Load;

/// <summary>
/// Every warning code the loader emits. "Dropped" codes mean records were lost (listed one by
/// one, up to a cap per file); "repaired" codes mean a value was fixed and the record kept
/// (reported once per file with a count). Codes are stable: tools and tests match on them.
/// </summary>
public static class WarningCodes
{
    // Whole files.
    public const string FileMissing = "file-missing";
    public const string FileUnreadable = "file-unreadable";
    public const string SourcePathInvalid = "source-path-invalid";
    public const string MalformedJson = "malformed-json";
    public const string WrongShape = "wrong-shape";
    public const string ListSourceDuplicate = "list-source-duplicate";
    public const string ManifestEntryInvalid = "manifest-entry-invalid";

    /// <summary>Codes that mean a whole source could not be used (build and stats name them).</summary>
    public static readonly IReadOnlySet<string> UnusableSource = new HashSet<string>(StringComparer.Ordinal)
    {
        FileMissing, FileUnreadable, SourcePathInvalid, MalformedJson, WrongShape, ManifestEntryInvalid,
    };

    // Dropped records.
    public const string RowBadShape = "row-bad-shape";
    public const string RowNoId = "row-no-id";
    public const string RowNoTitle = "row-no-title";
    public const string RowBadDate = "row-bad-date";
    public const string RowDateOutOfRange = "row-date-out-of-range";
    public const string MetadataBadShape = "metadata-bad-shape";
    public const string NoTitleData = "no-title-data";
    public const string DuplicateAiring = "duplicate-airing";
    public const string ListDuplicate = "list-duplicate";

    // Repaired records (kept).
    public const string MetadataMissing = "metadata-missing";
    public const string MetadataIdMismatch = "metadata-id-mismatch";
    public const string RankUnranked = "rank-unranked";
    public const string GenreDuplicate = "genre-duplicate";
    public const string IdNumeric = "id-numeric";
    public const string FinaleInvalid = "finale-invalid";
    public const string AnimeSeasonDropped = "anime-season-dropped";
    public const string MovieEpisodeDropped = "movie-episode-dropped";
    public const string EpisodeInvalid = "episode-invalid";
    public const string DateNoOffset = "date-no-offset";
    public const string DateInvalid = "date-invalid";
    public const string DateMissing = "date-missing";
    public const string ReleaseDateInvalid = "release-date-invalid";
    public const string RuntimeUnparsed = "runtime-unparsed";
    public const string UrlRejected = "url-rejected";
    public const string DropRateInvalid = "drop-rate-invalid";
    public const string FieldWrongType = "field-wrong-type";
    public const string ValueOutOfRange = "value-out-of-range";
    public const string DateOutOfRange = "date-out-of-range";
    public const string TextTooLong = "text-too-long";
    public const string TextBadEscape = "text-bad-escape";

    /// <summary>What each code means, for summaries and the README.</summary>
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FileMissing] = "the manifest names a stored file that does not exist; source skipped",
        [FileUnreadable] = "the stored file could not be read; source skipped",
        [SourcePathInvalid] = "the manifest path is absolute or leaves the snapshot folder; source skipped",
        [MalformedJson] = "the file is not valid JSON (or is empty); the whole file is skipped",
        [WrongShape] = "valid JSON but not the expected shape (e.g. an error object instead of a list); file skipped",
        [ListSourceDuplicate] = "two stored files claim the same list page; the later one is ignored",
        [ManifestEntryInvalid] = "a snapshot.json entry is invalid (unknown outcome, unsafe path, control characters); dropped until the next fetch rewrites the manifest",
        [RowBadShape] = "a row is not a JSON object; dropped",
        [RowNoId] = "a row has no usable Simkl id; dropped",
        [RowNoTitle] = "a row has no title text; dropped",
        [RowBadDate] = "a calendar row has no parsable date; dropped",
        [RowDateOutOfRange] = "a calendar row dated before 1900 or after 2100; dropped",
        [MetadataBadShape] = "a v2 metadata entry is unusable (not an object, no id or no title); dropped",
        [NoTitleData] = "a v2 calendar row has no metadata and no other source knows the title; dropped",
        [DuplicateAiring] = "the same episode (or release) twice in one file; the earliest kept",
        [ListDuplicate] = "the same title twice in one list; the first kept",
        [MetadataMissing] = "a v2 calendar row has no metadata in its file; kept with title data from another source",
        [MetadataIdMismatch] = "a v2 metadata key differs from its ids.simkl_id; the key (the join key) is used",
        [RankUnranked] = "rank 0 or negative; stored as unranked",
        [GenreDuplicate] = "duplicate genres removed",
        [IdNumeric] = "an external id arrived as a JSON number; stored as text",
        [FinaleInvalid] = "finale_type outside 1-3; treated as no finale",
        [AnimeSeasonDropped] = "an anime row carried a season; anime use absolute numbering so it was dropped",
        [MovieEpisodeDropped] = "a movie row carried an episode object; ignored",
        [EpisodeInvalid] = "an episode object without a usable episode number; kept as an episode-less row",
        [DateNoOffset] = "a timestamp without Z or an offset; read as UTC",
        [DateInvalid] = "a list item's date is not a timestamp; the item is kept without a date",
        [DateMissing] = "a list item's date is null; the item is kept and shown as \"date to be announced\"",
        [ReleaseDateInvalid] = "a release date that is not YYYY-MM-DD, MM/DD/YYYY or ISO; ignored",
        [RuntimeUnparsed] = "a runtime text that is not like 25m / 1h 40m / 2h; minutes unknown, text kept",
        [UrlRejected] = "a URL that is not a simkl.com link; the canonical Simkl URL is used instead",
        [DropRateInvalid] = "a drop rate that is not a percentage; ignored",
        [FieldWrongType] = "an optional field had the wrong JSON type; ignored",
        [ValueOutOfRange] = "a number outside its sensible range (negative count, year outside 1850-2200, runtime over 100000 minutes, rating outside 0-10); ignored",
        [DateOutOfRange] = "a release or list date before 1900 or after 2100; ignored (the record is kept without it)",
        [TextBadEscape] = "a text with a lone UTF-16 surrogate escape (e.g. half an emoji); U+FFFD put in its place",
        [TextTooLong] = "a text longer than its field allows (e.g. a 300 KB network); cut to the limit",
    };

    /// <summary>Codes whose records were lost (whole files or rows); every other code is a repair.</summary>
    public static readonly IReadOnlySet<string> Dropped = new HashSet<string>(StringComparer.Ordinal)
    {
        FileMissing, FileUnreadable, SourcePathInvalid, MalformedJson, WrongShape, ListSourceDuplicate, ManifestEntryInvalid,
        RowBadShape, RowNoId, RowNoTitle, RowBadDate, RowDateOutOfRange, MetadataBadShape, NoTitleData, DuplicateAiring, ListDuplicate,
    };

    public static string Describe(string code) => Descriptions.TryGetValue(code, out var d) ? d : code;
}
