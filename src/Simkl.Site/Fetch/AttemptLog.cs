using Polly;

namespace Simkl.Site.Fetch;

/// <summary>
/// What the retry strategy did for one request, carried in its Polly context so that
/// <see cref="SimklClient"/> can report attempts and why retrying stopped.
/// </summary>
internal sealed class AttemptLog
{
    private static readonly ResiliencePropertyKey<AttemptLog> Key = new("simkl.attempts");

    public int Retries { get; set; }

    public int Attempts => Retries + 1;

    /// <summary>The wait before the retry the strategy just decided on.</summary>
    public TimeSpan NextWait { get; set; }

    /// <summary>Why the retries ended before the attempts were used up (the retry budget), if they did.</summary>
    public string? GaveUp { get; set; }

    public void AttachTo(ResilienceContext context) => context.Properties.Set(Key, this);

    /// <summary>The request's log; a throwaway one when the request carries none.</summary>
    public static AttemptLog Of(ResilienceContext context) => context.Properties.GetValue(Key, null!) ?? new AttemptLog();
}
