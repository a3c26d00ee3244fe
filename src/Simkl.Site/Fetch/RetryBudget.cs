namespace Simkl.Site.Fetch;

/// <summary>
/// The time one fetch may spend waiting between retries, shared by all its sources: without it a
/// run of long Retry-After answers (each source waiting minutes, several times) could hold the
/// schedule for hours. Waits are reserved before they start, so parallel sources cannot overdraw.
/// </summary>
internal sealed class RetryBudget(TimeSpan total)
{
    private readonly Lock gate = new();
    private TimeSpan left = total;

    /// <summary>
    /// Reserves <paramref name="wait"/> when what the server asked for (<paramref name="asked"/>) fits
    /// in what is left; otherwise reserves nothing. <paramref name="remaining"/> is what was left before.
    /// </summary>
    public bool TryTake(TimeSpan asked, TimeSpan wait, out TimeSpan remaining)
    {
        lock (gate)
        {
            remaining = left;
            if (asked > left || wait > left)
            {
                return false;
            }

            left -= wait;
            return true;
        }
    }
}
