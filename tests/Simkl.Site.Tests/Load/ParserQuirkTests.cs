using System.Text.Json.Nodes;
using Simkl.Site.Model;
using Simkl.Site.Snapshots;

namespace Simkl.Site.Tests.Load;

/// <summary>
/// One case per data quirk, as data: <c>Fixtures/Load/quirks/&lt;case&gt;.input.json</c> is the raw
/// body exactly as Simkl (or a broken server) would send it; <c>&lt;case&gt;.expect.json</c> beside it
/// names the source (type, kind, month, variant) and the expected airings, titles, list entries and
/// warning counts after loading that one file. Warning counts are compared exactly, so every repair
/// and drop must be accounted for.
/// </summary>
public class ParserQuirkTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(LoadHarness.Fixture("quirks"), "*.expect.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".expect.json".Length]);
        }

        return data;
    }

    [Fact]
    public void There_is_a_case_per_quirk()
    {
        Assert.True(Cases().Count >= 25, "the quirk fixtures are missing");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quirk_case_loads_as_expected(string name)
    {
        var spec = JsonNode.Parse(File.ReadAllText(LoadHarness.Fixture("quirks", name + ".expect.json")))!.AsObject();
        var source = spec["source"]!.AsObject();
        Assert.True(MediaKindNames.TryParseSection((string?)source["kind"], out var kind), "source.kind");
        var type = (string?)source["type"] switch
        {
            "calendar-v2" => SourceType.CalendarV2,
            "calendar-v1" => SourceType.CalendarV1,
            "trending" => SourceType.Trending,
            "premieres" => SourceType.Premieres,
            "airing" => SourceType.Airing,
            "best" => SourceType.Best,
            var other => throw new InvalidOperationException($"unknown source.type '{other}'"),
        };
        var record = LoadHarness.Record(type, kind, $"quirks/{name}.input.json",
            month: (string?)source["month"], variant: (string?)source["variant"] ?? (type >= SourceType.Trending ? "today" : null));

        var parsed = LoadHarness.Parse(File.ReadAllBytes(LoadHarness.Fixture("quirks", name + ".input.json")), record);
        var actual = LoadHarness.Project(LoadHarness.Merge(parsed));
        var expect = spec["expect"]!.AsObject();

        foreach (var (part, value) in expect)
        {
            if (part == "warnings")
            {
                // Exact: every code and count, nothing more.
                Assert.True(JsonNode.DeepEquals(value, actual["warnings"]),
                    $"warnings: expected {value?.ToJsonString()}, got {actual["warnings"]!.ToJsonString()}");
            }
            else
            {
                LoadHarness.AssertSubset(value, actual[part], part);
            }
        }

        Assert.True(expect.ContainsKey("warnings"), "every case states its warnings (use {} for none)");
    }
}
