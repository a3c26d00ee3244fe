using System.Globalization;
using Simkl.Site.IO;
using Simkl.Site.Tests.TestSupport;

namespace Simkl.Site.Tests.IO;

/// <summary>The per-folder lock that keeps a second build or fetch out of a folder in use.</summary>
public sealed class FolderLockTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("simkl-lock-").FullName;

    private string Folder => Path.Combine(root, "_site");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_second_holder_is_refused_with_who_holds_the_lock()
    {
        using var first = FolderLock.Acquire(Folder, "build", TimeSpan.Zero);

        var busy = Assert.Throws<FolderBusyException>(() => FolderLock.Acquire(Folder, "build", TimeSpan.Zero));

        Assert.Contains($"pid {Environment.ProcessId}", busy.Message, StringComparison.Ordinal);
        Assert.Contains(FolderLock.PathFor(Folder), busy.Message, StringComparison.Ordinal);
        Assert.Null(first.StaleHolder);
    }

    [Fact]
    public void The_lock_file_names_the_holder_while_held_and_is_empty_after()
    {
        using (FolderLock.Acquire(Folder, "fetch", TimeSpan.Zero))
        {
            var text = File.ReadAllText(FolderLock.PathFor(Folder));
            Assert.Contains($"pid={Environment.ProcessId}\n", text, StringComparison.Ordinal);
            Assert.Contains($"host={Environment.MachineName}\n", text, StringComparison.Ordinal);
            Assert.Contains("purpose=fetch\n", text, StringComparison.Ordinal);
            Assert.Matches(@"started=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", text);
        }

        Assert.Equal(0, new FileInfo(FolderLock.PathFor(Folder)).Length);
        using var again = FolderLock.Acquire(Folder, "fetch", TimeSpan.Zero);
        Assert.Null(again.StaleHolder);
    }

    [Fact]
    public void A_lock_left_by_a_dead_process_is_taken_over_and_named()
    {
        File.WriteAllText(FolderLock.PathFor(Folder), "pid=2147483000\nhost=old-runner\nstarted=2026-11-30T10:00:00Z\npurpose=build\n");

        using var taken = FolderLock.Acquire(Folder, "build", TimeSpan.Zero);

        Assert.Equal("a build (pid 2147483000, host old-runner, started 2026-11-30T10:00:00Z)", taken.StaleHolder);
        Assert.Contains($"pid={Environment.ProcessId}", File.ReadAllText(FolderLock.PathFor(Folder)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_waiting_process_gets_the_lock_when_the_holder_finishes()
    {
        var first = FolderLock.Acquire(Folder, "build", TimeSpan.Zero);
        var waiter = Task.Run(() => FolderLock.Acquire(Folder, "build", TimeSpan.FromMinutes(1)));
        Assert.False(waiter.IsCompleted);

        first.Dispose();
        using var second = await waiter.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Null(second.StaleHolder);
    }

    [Fact]
    public async Task Another_process_holding_the_lock_keeps_this_one_out_until_it_dies()
    {
        using var build = CliBuild.Start(root, Folder);
        await build.WaitUntilLockedAsync();
        var pid = string.Create(CultureInfo.InvariantCulture, $"pid {build.Pid}");

        var busy = Assert.Throws<FolderBusyException>(() => FolderLock.Acquire(Folder, "build", TimeSpan.FromMilliseconds(300)));
        Assert.Contains($"a build ({pid}", busy.Message, StringComparison.Ordinal);

        build.Kill();
        using var taken = FolderLock.Acquire(Folder, "build", TimeSpan.FromSeconds(30));
        Assert.Contains(pid, taken.StaleHolder, StringComparison.Ordinal);
    }
}
