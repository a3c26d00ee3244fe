namespace Simkl.Site.Fetch;

/// <summary>
/// Whether API requests may be sent at all: not without a client id, and not after the API refused
/// the id once (401/403/412) — more requests with a refused key only burn its limits.
/// </summary>
internal sealed class ApiAccess(string? clientId)
{
    public const string NoClientId = "SIMKL_CLIENT_ID is not set (API lists need a client id; CDN files do not)";

    private string? refusal;

    /// <summary>Why API requests are skipped now, or null when they may go ahead.</summary>
    public string? SkipReason => clientId is null ? NoClientId : Volatile.Read(ref refusal);

    public void Refused(string sourceId, int? status) =>
        Interlocked.CompareExchange(ref refusal, $"the API refused {sourceId} (HTTP {status}), so no further API requests were sent", null);
}
