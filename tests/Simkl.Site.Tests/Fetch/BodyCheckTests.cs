using System.Text;
using Simkl.Site.Fetch;

namespace Simkl.Site.Tests.Fetch;

public sealed class BodyCheckTests
{
    [Theory]
    [InlineData("""{"calendar":[],"metadata":{}}""")]
    [InlineData("""  {"metadata":{"1":{"title":"x"}},"calendar":[{"simkl_id":1}]}  """)]
    [InlineData("\uFEFF{\"calendar\":[],\"metadata\":{}}")]
    public void Accepts_v2_calendar_objects(string body) =>
        Assert.Null(BodyCheck.Problem(BodyShape.CalendarV2, Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"title":"<script>alert(1)</script>","ids":{"simkl_id":1}}]""")]
    public void Accepts_arrays(string body) => Assert.Null(BodyCheck.Problem(BodyShape.Array, Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData(BodyShape.CalendarV2, "", "empty body")]
    [InlineData(BodyShape.Array, " \r\n ", "empty body")]
    [InlineData(BodyShape.CalendarV2, "<!DOCTYPE html><html>Just a moment</html>", "HTML")]
    [InlineData(BodyShape.Array, "\n<html><body>502</body></html>", "HTML")]
    [InlineData(BodyShape.CalendarV2, """{"calendar":[{"simkl_id":1,"date":"2026-""", "incomplete or invalid JSON")]
    [InlineData(BodyShape.Array, """[{"title":"a"},""", "incomplete or invalid JSON")]
    [InlineData(BodyShape.Array, """[] trailing""", "incomplete or invalid JSON")]
    [InlineData(BodyShape.Array, """{"error":"client_id_failed","message":"x"}""", "error object (error: client_id_failed)")]
    [InlineData(BodyShape.CalendarV2, """{"error":"rate_limit"}""", "error object (error: rate_limit)")]
    [InlineData(BodyShape.CalendarV2, """{"calendar":[]}""", "'metadata'")]
    [InlineData(BodyShape.CalendarV2, """{"calendar":{},"metadata":{}}""", "'calendar'")]
    [InlineData(BodyShape.CalendarV2, """[{"title":"v1 shape"}]""", "array where a calendar object")]
    [InlineData(BodyShape.Array, """{}""", "object where an array")]
    [InlineData(BodyShape.Array, """null""", "null where an array")]
    public void Rejects_bodies_that_are_not_data(BodyShape shape, string body, string expected)
    {
        var problem = BodyCheck.Problem(shape, Encoding.UTF8.GetBytes(body));
        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
