using Simkl.Site.IO;
using System.Text;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Fetch;

public sealed class AtomicWriteTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("simkl-atomic-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public async Task A_crash_mid_write_leaves_the_old_file_and_no_temp_file()
    {
        var target = Path.Combine(dir, "data", "calendar", "v2", "tv.json");
        await AtomicFile.WriteAllBytesAsync(target, "old good copy"u8.ToArray());

        var crash = await Assert.ThrowsAsync<IOException>(() => AtomicFile.WriteAsync(target, async (stream, ct) =>
        {
            await stream.WriteAsync("{\"calendar\":[{\"simkl_id\":1,"u8.ToArray(), ct);
            await stream.FlushAsync(ct);
            throw new IOException("disk gone mid-write");
        }));

        Assert.Equal("disk gone mid-write", crash.Message);
        Assert.Equal("old good copy", await File.ReadAllTextAsync(target));
        Assert.Equal(["tv.json"], Directory.GetFiles(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_completed_write_replaces_the_file()
    {
        var target = Path.Combine(dir, "snapshot.json");
        await AtomicFile.WriteAllBytesAsync(target, "one"u8.ToArray());
        await AtomicFile.WriteAllBytesAsync(target, "two"u8.ToArray());
        Assert.Equal("two", await File.ReadAllTextAsync(target));
        Assert.Single(Directory.GetFiles(dir));
    }

    [Fact]
    public async Task Opening_a_store_sweeps_temp_files_a_killed_process_left_behind()
    {
        var folder = Path.Combine(dir, "data", "calendar");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "tv.json"), "[]");
        await File.WriteAllTextAsync(Path.Combine(folder, ".tv.json.0123abcd.partial"), "[{\"tit");

        var store = SnapshotStore.Open(dir);

        Assert.Equal(1, store.SweptTempFiles);
        Assert.Equal(["tv.json"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../outside.json")]
    [InlineData("data/../../outside.json")]
    [InlineData("/etc/passwd")]
    [InlineData("data//x.json")]
    [InlineData("data\\x.json")]
    public void Store_paths_never_leave_the_snapshot_folder(string path)
    {
        var store = SnapshotStore.Open(dir);
        Assert.Throws<SnapshotException>(() => store.FullPath(path));
        Assert.False(store.HasBody(path));
    }

    [Fact]
    public async Task An_unreadable_manifest_is_reported_not_fatal()
    {
        await File.WriteAllTextAsync(Path.Combine(dir, SnapshotManifest.FileName), "{\"capturedAt\": ", Encoding.UTF8);
        var store = SnapshotStore.Open(dir);
        Assert.Null(store.Previous);
        Assert.Contains("not a valid snapshot manifest", store.ManifestProblem, StringComparison.Ordinal);
    }
}
