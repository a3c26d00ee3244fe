namespace Simkl.Site.Fetch;

/// <summary>
/// Lets one API request run at a time and starts the next only <c>interval</c> after the previous
/// one finished, so we stay under Simkl's 10 GET/s per client id whatever the latency.
/// </summary>
internal sealed class RequestPacer(TimeSpan interval, TimeProvider time)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long? lastDone;

    public async Task<T> RunAsync<T>(Func<Task<T>> request, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (lastDone is { } done)
            {
                var wait = interval - time.GetElapsedTime(done);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, ct);
                }
            }

            try
            {
                return await request();
            }
            finally
            {
                lastDone = time.GetTimestamp();
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
