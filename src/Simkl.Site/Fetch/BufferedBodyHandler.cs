namespace Simkl.Site.Fetch;

/// <summary>
/// Reads the body inside the attempt, so the attempt's timeout covers it and a connection dropped
/// mid-body is a network error the retry strategy sees. A 200 body is read up to the cap
/// (<see cref="FetchOptions.MaxBodyBytes"/>; a larger one fails the attempt, not retried); the body of a
/// 401/403/412 only up to <see cref="MaxErrorBodyBytes"/>, for its error code; other bodies are not read.
/// </summary>
internal sealed class BufferedBodyHandler(long maxBodyBytes) : DelegatingHandler
{
    /// <summary>Error bodies of 401/403/412 are only read for their error code.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        long? limit = status switch
        {
            200 => maxBodyBytes,
            401 or 403 or 412 => MaxErrorBodyBytes,
            _ => null,
        };
        if (limit is null)
        {
            return response;
        }

        try
        {
            var body = await CappedBody.ReadAsync(response.Content, limit.Value, cancellationToken);
            if (body is null && status == 200)
            {
                throw new AttemptFailedException(200, $"the body is larger than the {CappedBody.Describe(maxBodyBytes)} limit (--max-body-mb); not stored");
            }

            var buffered = new ByteArrayContent(body ?? []);
            foreach (var header in response.Content.Headers.Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
