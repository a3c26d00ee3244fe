namespace Simkl.Site.Fetch;

/// <summary>
/// A clock whose timers wait through a given function, for the retry strategy when
/// <see cref="FetchOptions.RetryDelay"/> is set: Polly still decides and performs every wait, and
/// the function (a test's recorder) says how long it really takes. Everything else is <c>time</c>'s.
/// </summary>
internal sealed class DelegatedWaits(Func<TimeSpan, CancellationToken, Task> wait, TimeProvider time) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

    public override long GetTimestamp() => time.GetTimestamp();

    public override long TimestampFrequency => time.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WaitTimer();

        // Fires on the thread pool, never inside CreateTimer: the caller has not stored the timer yet.
        wait(dueTime, timer.Token).ContinueWith(
            _ =>
            {
                if (!timer.Token.IsCancellationRequested)
                {
                    callback(state);
                }
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return timer;
    }

    /// <summary>One wait; disposing it (a cancelled delay) stops the callback. The source has no timer, so it needs no disposing.</summary>
    private sealed class WaitTimer : ITimer
    {
        private readonly CancellationTokenSource stop = new();

        public CancellationToken Token => stop.Token;

        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose() => stop.Cancel();

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
