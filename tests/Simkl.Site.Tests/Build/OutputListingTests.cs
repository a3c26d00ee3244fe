using Simkl.Site.Build;

namespace Simkl.Site.Tests.Build;

/// <summary>
/// The listing hash of a folder (walked two levels down, then in parallel) equals the hash of the
/// same paths and sizes as a manifest lists them, in any order, and changes with any path or size.
/// </summary>
public sealed class OutputListingTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-listing-");

    private static readonly (string Path, string Text)[] Site =
    [
        ("index.html", "home"),
        (".hidden", "h"),
        ("tv/index.html", "tv list"),
        ("tv/1-alpha/index.html", "alpha"),
        ("tv/1-alpha/feed/all.ics", "BEGIN:VCALENDAR"),
        ("tv/2-beta/index.html", "beta page"),
        ("calendar/2026/11/30/index.html", "day"),
        ("calendar/2026/12/01/index.html", "next day"),
        ("assets/app.css", "body{}"),
        ("assets/deep/er/still/x.js", "x"),
        ("ünïcode/ページ.html", "utf-8 path"),
    ];

    public OutputListingTests()
    {
        foreach (var (path, text) in Site)
        {
            var file = Path.Combine(_root.FullName, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        Directory.CreateDirectory(Path.Combine(_root.FullName, "empty", "folders"));
    }

    private static IEnumerable<(string, long)> Listed(IEnumerable<(string Path, string Text)> files) =>
        files.Select(f => (f.Path, (long)System.Text.Encoding.UTF8.GetByteCount(f.Text)));

    [Fact]
    public void A_folder_hashes_as_the_listing_of_its_files_in_any_order()
    {
        var folder = OutputListing.OfFolder(_root.FullName);

        Assert.Equal(OutputListing.Of(Listed(Site)), folder);
        Assert.Equal(OutputListing.Of(Listed(Site.Reverse())), folder);
    }

    [Theory]
    [InlineData("tv/1-alpha/feed/all.ics", "BEGIN:VCALENDAR!")]
    [InlineData("assets/deep/er/still/y.js", "x")]
    [InlineData(".hidden2", "h")]
    public void Any_other_size_or_path_gives_another_hash(string path, string text)
    {
        var before = OutputListing.OfFolder(_root.FullName);
        var file = Path.Combine(_root.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);

        Assert.NotEqual(before, OutputListing.OfFolder(_root.FullName));
    }

    [Fact]
    public void A_file_moved_to_another_folder_gives_another_hash()
    {
        var before = OutputListing.OfFolder(_root.FullName);
        File.Move(Path.Combine(_root.FullName, "tv", "1-alpha", "index.html"), Path.Combine(_root.FullName, "tv", "2-beta", "index2.html"));
        File.Move(Path.Combine(_root.FullName, "tv", "2-beta", "index.html"), Path.Combine(_root.FullName, "tv", "1-alpha", "index.html"));

        Assert.NotEqual(before, OutputListing.OfFolder(_root.FullName));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
