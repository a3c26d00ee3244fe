namespace Simkl.Site.Model;

/// <summary>Which Simkl list a <see cref="TitleList"/> holds.</summary>
public enum ListFamily
{
    Trending,
    Premieres,
    Airing,
    Best,
}

/// <summary>
/// Names one list: family, kind and variant. Variants: trending <c>today|week|month</c>;
/// premieres <c>new|soon</c>; airing <c>today|tomorrow</c>; best the filter (<c>year</c>, <c>month</c>, <c>all</c>, <c>voted</c>, <c>watched</c>).
/// </summary>
public readonly record struct ListId(ListFamily Family, MediaKind Kind, string Variant)
{
    public override string ToString() => $"{Family.ToString().ToLowerInvariant()}/{Kind.Section()}/{Variant}";
}

/// <summary>One entry of a list, pointing at a title in the catalogue, with the list's own fields.</summary>
public sealed record ListEntry
{
    public required long SimklId { get; init; }
    public required MediaKind Kind { get; init; }

    /// <summary>1-based position in the list as Simkl ordered it.</summary>
    public required int Position { get; init; }

    /// <summary>Premiere or airing time when the list gives one.</summary>
    public AiringTime? When { get; init; }

    /// <summary>Airing lists: the episode that airs.</summary>
    public int? Season { get; init; }
    public int? Episode { get; init; }
    public string? EpisodeUrl { get; init; }

    public int? Watched { get; init; }
    public int? PlanToWatch { get; init; }
    public int? Votes { get; init; }

    /// <summary>Drop rate as a fraction (0.071 for "7.1%").</summary>
    public double? DropRate { get; init; }
}

/// <summary>
/// One Simkl list. <paramref name="AsOf"/> is when its data was last confirmed good (the oldest of
/// its pages), so pages built later can tell when the list is older than the build; null when unknown.
/// </summary>
public sealed record TitleList(ListId Id, IReadOnlyList<ListEntry> Entries, DateTimeOffset? AsOf = null);
