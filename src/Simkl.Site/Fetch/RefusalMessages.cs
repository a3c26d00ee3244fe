using System.Text.Json;
using Simkl.Site.Text;

namespace Simkl.Site.Fetch;

/// <summary>Words for 401/403/412 that point at the likely cause instead of a bare status.</summary>
internal static class RefusalMessages
{
    public static string For(SimklHost host, int status, byte[]? body)
    {
        var code = PlainText.Clean(ErrorCode(body));
        var detail = code is null ? $"HTTP {status}" : $"HTTP {status} {(code.Length <= 60 ? code : code[..60])}";
        if (host == SimklHost.Data)
        {
            return $"{detail}: the CDN denied access (blocked or rate limited); try again later.";
        }

        return status switch
        {
            401 => $"{detail}: Simkl refused the request. Check SIMKL_CLIENT_ID; bursts of requests can also cause this for a few minutes.",
            403 => $"{detail}: Simkl denied access. SIMKL_CLIENT_ID is invalid or the app is not approved, or its request limits are used up.",
            _ => $"{detail}: Simkl rejected the client id. SIMKL_CLIENT_ID is missing or wrong, or the total request limit was exceeded.",
        };
    }

    /// <summary>The <c>error</c> field of a Simkl error object, if the body is one.</summary>
    public static string? ErrorCode(byte[]? body)
    {
        if (body is null || body.Length == 0 || body.Length > 64 * 1024)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("error", out var e)
                && e.ValueKind == JsonValueKind.String
                ? e.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
