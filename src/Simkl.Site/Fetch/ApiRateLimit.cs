using System.Threading.RateLimiting;
using Polly;
using Polly.RateLimiting;

namespace Simkl.Site.Fetch;

/// <summary>
/// Simkl allows 10 GET/s per client id. API attempts hold the single permit of a concurrency limiter,
/// so they go one at a time in arrival order, and give it back only <c>interval</c> after they
/// finished, so the next starts at least that long after the previous answer whatever the latency.
/// The library's time-window limiters count from when a permit is taken instead: measured at the
/// server, a slow first request (connection setup) then arrived within a few ms of the next.
/// </summary>
internal sealed class ApiRateLimit(TimeSpan interval) : IDisposable
{
    private readonly ConcurrencyLimiter oneAtATime = new(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = int.MaxValue });

    /// <summary>For Polly's rate limiter strategy, which takes the lease before an attempt and disposes it after.</summary>
    public RateLimiterStrategyOptions Strategy() => new()
    {
        RateLimiter = async args => new ReleasedLater(await oneAtATime.AcquireAsync(1, args.Context.CancellationToken), interval),
    };

    public void Dispose() => oneAtATime.Dispose();

    /// <summary>A lease whose permit goes back <c>delay</c> after it is disposed.</summary>
    private sealed class ReleasedLater(RateLimitLease lease, TimeSpan delay) : RateLimitLease
    {
        public override bool IsAcquired => lease.IsAcquired;

        public override IEnumerable<string> MetadataNames => lease.MetadataNames;

        public override bool TryGetMetadata(string metadataName, out object? metadata) => lease.TryGetMetadata(metadataName, out metadata);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (lease.IsAcquired)
                {
                    _ = Task.Delay(delay).ContinueWith(_ => lease.Dispose(), TaskScheduler.Default);
                }
                else
                {
                    lease.Dispose();
                }
            }

            base.Dispose(disposing);
        }
    }
}
