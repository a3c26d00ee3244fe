using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Simkl.Site.FakeSimkl;

/// <summary>Writes one response: injected fault, 404, 412, 304 or the file.</summary>
internal static class FakeResponder
{
    private const string HtmlPage = "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>";

    public static async Task RespondAsync(HttpContext context, FakeRoute? route, FakeSimklServer server, FakeFault? fault)
    {
        var response = context.Response;
        if (route is null)
        {
            response.StatusCode = 404;
            return;
        }

        if (route.Host == "api" && !server.ClientIdAccepted(context.Request))
        {
            await WriteAsync(response, 412, """{"error":"client_id_failed","message":"Missing or wrong client_id"}""");
            return;
        }

        if (fault is not null && fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, context.RequestAborted);
        }

        var file = server.Lookup(route.FixturePath);
        if (fault is not null && fault.Kind != FakeFaultKind.Slow)
        {
            await WriteFaultAsync(context, fault, file);
            return;
        }

        if (file is null)
        {
            if (route.Page is not null)
            {
                // Past the last page: the list is simply empty.
                AddPagination(response, route, server);
                await WriteAsync(response, 200, "[]");
                return;
            }

            await WriteAsync(response, 404, route.Host == "api" ? """{"error":"not_found"}""" : null);
            return;
        }

        response.Headers.ETag = file.ETag;
        response.Headers.LastModified = file.LastModified.ToString("R", CultureInfo.InvariantCulture);
        AddPagination(response, route, server);
        if (IsNotModified(context.Request, file))
        {
            response.StatusCode = 304;
            return;
        }

        response.StatusCode = 200;
        response.ContentType = "application/json";
        response.ContentLength = file.Content.Length;
        await response.Body.WriteAsync(file.Content, context.RequestAborted);
    }

    private static bool IsNotModified(HttpRequest request, FakeFile file)
    {
        // RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only counts without it.
        var inm = request.Headers.IfNoneMatch.ToString();
        if (!string.IsNullOrEmpty(inm))
        {
            return inm.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == file.ETag || t == "W/" + file.ETag);
        }

        var ims = request.Headers.IfModifiedSince.ToString();
        return HeaderUtilities.TryParseDate(ims, out var since) && file.LastModified <= since;
    }

    private static async Task WriteFaultAsync(HttpContext context, FakeFault fault, FakeFile? file)
    {
        var response = context.Response;
        var content = file?.Content ?? """{"calendar":[{"simkl_id":1,"date":"2026-11-01T00:00:00Z"}],"metadata":{}}"""u8.ToArray();
        switch (fault.Kind)
        {
            case FakeFaultKind.Html:
                response.ContentType = "text/html; charset=utf-8";
                await WriteAsync(response, 200, HtmlPage, json: false);
                break;
            case FakeFaultKind.ErrorObject:
                await WriteAsync(response, 200, fault.Body);
                break;
            case FakeFaultKind.Truncated:
                response.StatusCode = 200;
                response.ContentType = "application/json";
                response.ContentLength = content.Length / 2;
                await response.Body.WriteAsync(content.AsMemory(0, content.Length / 2), context.RequestAborted);
                break;
            case FakeFaultKind.Disconnect:
                response.StatusCode = 200;
                response.ContentType = "application/json";
                response.ContentLength = content.Length;
                await response.Body.WriteAsync(content.AsMemory(0, content.Length / 2), context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
                break;
            case FakeFaultKind.Redirect:
                response.StatusCode = fault.StatusCode;
                response.Headers.Location = fault.Location + context.Request.Path.Value![(context.Request.Path.Value!.IndexOf('/', 1))..] + context.Request.QueryString.Value;
                break;
            case FakeFaultKind.Huge:
                await StreamHugeAsync(context, fault);
                break;
            default:
                if (fault.RetryAfter is not null)
                {
                    response.Headers.RetryAfter = fault.RetryAfter;
                }

                await WriteAsync(response, fault.StatusCode, fault.Body);
                break;
        }
    }

    /// <summary>"[0,0,...,0]" of exactly <see cref="FakeFault.Size"/> bytes (at least 2), written in 64 KB chunks until done or the client leaves.</summary>
    private static async Task StreamHugeAsync(HttpContext context, FakeFault fault)
    {
        var response = context.Response;
        var size = Math.Max(2, fault.Size);
        response.StatusCode = 200;
        response.ContentType = "application/json";
        if (fault.AnnounceLength)
        {
            response.ContentLength = size;
        }

        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0,", 32 * 1024)));
        await response.Body.WriteAsync("["u8.ToArray(), context.RequestAborted);
        long sent = 1;

        // Body between the brackets: "0,0,...,0" — filler pairs, then one last "0" (or a space for even sizes).
        while (sent < size - 1 && !context.RequestAborted.IsCancellationRequested)
        {
            var n = (int)Math.Min(chunk.Length, size - 1 - sent);
            var last = sent + n == size - 1;
            if (last)
            {
                var tail = chunk[..n];
                tail[^1] = n % 2 == 1 ? (byte)'0' : (byte)' ';
                if (n % 2 == 0 && n >= 2)
                {
                    tail[^2] = (byte)'0';
                }

                await response.Body.WriteAsync(tail, context.RequestAborted);
            }
            else
            {
                await response.Body.WriteAsync(chunk.AsMemory(0, n), context.RequestAborted);
            }

            sent += n;
        }

        await response.Body.WriteAsync("]"u8.ToArray(), context.RequestAborted);
    }

    private static void AddPagination(HttpResponse response, FakeRoute route, FakeSimklServer server)
    {
        if (route.PageCount is not { } count)
        {
            return;
        }

        var listKey = route.FixturePath[..route.FixturePath.LastIndexOf('/')];
        var items = Enumerable.Range(1, count).Sum(n => ItemCount(server.Lookup($"{listKey}/page-{n}.json")));
        response.Headers["X-Pagination-Page"] = route.Page!.Value.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Pagination-Limit"] = route.Limit!.Value.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Pagination-Page-Count"] = count.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Pagination-Item-Count"] = items.ToString(CultureInfo.InvariantCulture);
    }

    private static int ItemCount(FakeFile? file)
    {
        try
        {
            using var doc = JsonDocument.Parse(file?.Content ?? []);
            return doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.GetArrayLength() : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static async Task WriteAsync(HttpResponse response, int status, string? body, bool json = true)
    {
        response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        if (json)
        {
            response.ContentType = "application/json";
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
