using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Simkl.Site.Build;
using Simkl.Site.Model;
using Simkl.Site.Outputs;
using Simkl.Site.Settings;
using Simkl.Site.Snapshots;
using Simkl.Site.Tests.Write;

namespace Simkl.Site.Tests.TestSupport;

/// <summary>
/// Describes a small site inline (titles, airings, lists, manifest), builds it with the real theme
/// into a fresh temp folder, and reads chosen output files back (Hugo-style integration tests).
/// </summary>
public sealed class TestSite : IDisposable
{
    private readonly Dictionary<(MediaKind, long), Title> _titles = [];
    private readonly List<Airing> _airings = [];
    private readonly List<TitleList> _lists = [];
    private readonly List<SourceRecord> _sources = [];

    public TestSite()
    {
        Root = Directory.CreateTempSubdirectory("simkl-site-test-").FullName;
        Output = Path.Combine(Root, "_site");
        InputDir = Path.Combine(Root, "input");
        Directory.CreateDirectory(Path.Combine(InputDir, "pages"));
    }

    public string Root { get; }
    public string Output { get; set; }
    public string InputDir { get; }
    public DateTimeOffset CapturedAt { get; set; } = DateTimeOffset.Parse("2026-11-27T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    public bool Synthetic { get; set; }

    public SiteSettings Settings { get; set; } = new() { BaseUrl = "https://cal.example.org", Title = "Test Calendar" };

    public IList<IOutputGenerator> Generators { get; } = [];

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ThemeDir => Path.Combine(RepoRoot, "theme");

    public Title Show(long id, string name, MediaKind kind = MediaKind.Tv, Func<Title, Title>? with = null)
    {
        var slug = Simkl.Site.Urls.Slugs.Sanitise(name);
        var title = new Title
        {
            SimklId = id,
            Kind = kind,
            Slug = slug,
            Name = name,
            SimklUrl = Simkl.Site.Urls.SimklLinks.TitleUrl(kind, id, slug),
            PosterPath = "37/3791c0de4a55e1f2b",
            Ids = new Dictionary<string, string> { ["tmdb"] = (id + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Year = 2026,
        };
        title = with?.Invoke(title) ?? title;
        _titles[(kind, id)] = title;
        return title;
    }

    public Title Movie(long id, string name, Func<Title, Title>? with = null) => Show(id, name, MediaKind.Movie, with);

    public Airing Episode(Title title, string instant, int? season, int episode, string? episodeTitle = null, FinaleKind finale = FinaleKind.None, string? url = null)
    {
        var airing = new Airing
        {
            SimklId = title.SimklId,
            Kind = title.Kind,
            When = AiringTime.At(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)),
            Season = title.Kind == MediaKind.Tv ? season : null,
            Episode = episode,
            EpisodeTitle = episodeTitle,
            Finale = finale,
            EpisodeUrl = url,
            SourceFile = "test",
        };
        _airings.Add(airing);
        return airing;
    }

    public Airing Release(Title title, string date)
    {
        var airing = new Airing
        {
            SimklId = title.SimklId,
            Kind = title.Kind,
            When = AiringTime.On(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)),
            SourceFile = "test",
        };
        _airings.Add(airing);
        return airing;
    }

    public void List(ListFamily family, MediaKind kind, string variant, params ListEntry[] entries) =>
        _lists.Add(new TitleList(new ListId(family, kind, variant), entries));

    /// <summary>A list whose data was last confirmed good at <paramref name="asOf"/>.</summary>
    public void ListAsOf(ListFamily family, MediaKind kind, string variant, DateTimeOffset asOf, params ListEntry[] entries) =>
        _lists.Add(new TitleList(new ListId(family, kind, variant), entries, asOf));

    public void Source(SourceRecord record) => _sources.Add(record);

    public SiteCatalogue Catalogue() => new(
        new Dictionary<(MediaKind, long), Title>(_titles),
        [.. _airings.OrderBy(a => a.When.SortKey).ThenBy(a => a.SimklId).ThenBy(a => a.Season).ThenBy(a => a.Episode)],
        [.. _lists],
        [],
        new SnapshotManifest { CapturedAt = CapturedAt, Synthetic = Synthetic, Sources = [.. _sources] });

    public BuildOptions Options(DateTimeOffset? now = null) => new()
    {
        Catalogue = Catalogue(),
        Settings = Settings,
        OutputDir = Output,
        ThemeDir = ThemeDir,
        InputDir = InputDir,
        Now = now,
        Generators = [.. Generators],
    };

    public BuildResult Build(DateTimeOffset? now = null) => SiteBuilder.Build(Options(now));

    public string Text(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool Exists(string path) => File.Exists(Path.Combine(Output, path));

    public IDocument Html(string path) => new HtmlParser().ParseDocument(Text(path));

    /// <summary>Staging or old folders beside the output (there must be none after a build, failed or not).</summary>
    public IReadOnlyList<string> Leftovers()
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(Output))!;
        var name = Path.GetFileName(Output);
        return Directory.Exists(parent)
            ? [.. Directory.GetDirectories(parent).Select(Path.GetFileName).Where(n => n!.StartsWith(name + ".", StringComparison.Ordinal))!]
            : [];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simkl.Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Simkl.Site.sln) not found above " + AppContext.BaseDirectory);
    }
}
