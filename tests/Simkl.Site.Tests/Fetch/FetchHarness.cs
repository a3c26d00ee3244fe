using Simkl.Site.FakeSimkl;
using Simkl.Site.Fetch;
using Simkl.Site.Settings;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Fetch;

/// <summary>A clock stuck at <see cref="Now"/> for dates; timers and timestamps stay real.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// A fake Simkl serving the basic fixtures, a fresh snapshot folder, and fetch options pointing at
/// the fake with tiny recorded retry delays. "Now" is 2026-11-15, the window 2026-10..2026-12.
/// </summary>
internal sealed class FetchHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 15, 10, 0, 0, TimeSpan.Zero);

    private readonly List<TimeSpan> delays = [];

    private FetchHarness(FakeSimklServer fake, string? clientId)
    {
        Fake = fake;
        Dir = Directory.CreateTempSubdirectory("simkl-fetch-").FullName;
        Options = new FetchOptions
        {
            DataBase = fake.DataBase,
            ApiBase = fake.ApiBase,
            ClientId = clientId,
            Timeout = TimeSpan.FromSeconds(10),
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),

            // Keeps the suite quick; tests of the pacing itself restore the real interval.
            ApiInterval = TimeSpan.FromMilliseconds(15),
            RetryDelay = (wait, _) =>
            {
                lock (delays)
                {
                    delays.Add(wait);
                }

                return Task.CompletedTask;
            },
        };
    }

    public FakeSimklServer Fake { get; }
    public string Dir { get; }
    public FixedClock Clock { get; } = new(DefaultNow);
    public FetchOptions Options { get; set; }
    public SiteSettings Settings { get; set; } = new() { MonthsBack = 1, MonthsAhead = 1 };

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (delays)
            {
                return [.. delays];
            }
        }
    }

    public static async Task<FetchHarness> StartAsync(string? clientId = "test-client") =>
        new(await FakeSimklServer.StartAsync(FetchFixtures.Basic), clientId);

    public Task<FetchResult> FetchAsync() =>
        FetchSnapshot.RunAsync(new FetchRequest(Settings, Options, Dir) { Time = Clock });

    public SnapshotManifest Manifest => SnapshotJson.ReadManifest(Dir);

    public SourceRecord Record(string id) => Manifest.Sources.Single(s => s.Id == id);

    public byte[] Stored(string contractPath) => File.ReadAllBytes(Path.Combine(Dir, contractPath));

    public byte[] Fixture(string contractPath) => File.ReadAllBytes(Path.Combine(FetchFixtures.Basic, contractPath));

    /// <summary>Every file in the snapshot folder, relative, '/'-separated, sorted.</summary>
    public IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(Dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Dir, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        await Fake.DisposeAsync();
        Directory.Delete(Dir, recursive: true);
    }
}
