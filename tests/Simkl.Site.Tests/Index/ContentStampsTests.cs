using Simkl.Site.Index;

namespace Simkl.Site.Tests.Index;

/// <summary>
/// The content stamps kept beside the schedule state: a key keeps its stamp while its hash stays the
/// same, gets the capture time when the hash changes or the key is new, and a damaged file costs
/// only the stamps it cannot give (the build goes on, stamping those keys anew).
/// </summary>
public sealed class ContentStampsTests : IDisposable
{
    private static readonly DateTimeOffset First = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = First.AddHours(6);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("simkl-stamps-");

    [Fact]
    public void A_key_keeps_its_stamp_while_its_content_hash_stays_the_same()
    {
        var path = Path.Combine(_root.FullName, "state", "schedule.stamps.json");
        var first = ContentStamps.Read(path, First);
        Assert.Equal(First, first.Of("about/index.html", "aaa"));
        Assert.Equal(First, first.Of("feed.xml", "bbb"));
        Assert.Equal(First, first.Of("gone/index.html", "ccc"));
        first.Write(path);

        var next = ContentStamps.Read(path, Later);
        Assert.Equal(First, next.Of("about/index.html", "aaa"));
        Assert.Equal(Later, next.Of("feed.xml", "changed"));
        Assert.Equal(Later, next.Of("new/index.html", "ddd"));

        // Only the keys this build asked for are kept for the next one.
        Assert.Equal(["about/index.html", "feed.xml", "new/index.html"], next.Current().Keys);
    }

    public static TheoryData<string> DamagedFiles() => new()
    {
        "not json",
        "[]",
        """{"about/index.html":null}""",
        """{"about/index.html":{"Hash":null,"At":"2026-11-27T12:00:00+00:00"}}""",
        """{"about/index.html":{"Hash":"aaa","At":"yesterday"}}""",
    };

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void A_damaged_file_stamps_anew_instead_of_failing(string text)
    {
        var path = Path.Combine(_root.FullName, "schedule.stamps.json");
        File.WriteAllText(path, text);

        var stamps = ContentStamps.Read(path, Later);

        Assert.Equal(Later, stamps.Of("about/index.html", "aaa"));
    }

    [Fact]
    public void A_damaged_entry_costs_only_its_own_stamp()
    {
        var path = Path.Combine(_root.FullName, "schedule.stamps.json");
        File.WriteAllText(path, """{"about/index.html":{"Hash":"aaa","At":"2026-11-27T12:00:00+00:00"},"faq/index.html":null}""");

        var stamps = ContentStamps.Read(path, Later);

        Assert.Equal(First, stamps.Of("about/index.html", "aaa"));
        Assert.Equal(Later, stamps.Of("faq/index.html", "aaa"));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
