namespace Simkl.Site.Fetch;

/// <summary>
/// An attempt that ended in a way asking again will not change (a refused redirect, a body over the
/// cap): thrown inside the handler pipeline, not retried, and reported as a failed fetch.
/// </summary>
internal sealed class AttemptFailedException(int? status, string message) : Exception(message)
{
    public int? Status { get; } = status;
}
