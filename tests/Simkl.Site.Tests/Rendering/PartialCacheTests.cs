using Simkl.Site.Rendering;

namespace Simkl.Site.Tests.Rendering;

public sealed class PartialCacheTests
{
    [Fact]
    public void Equal_models_share_a_key_and_a_full_cache_renders_instead_of_growing()
    {
        var cache = new PartialCache(capacity: 1);
        var renders = 0;
        string Render() => (++renders).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var a = cache.Key("p", new { Name = "a" })!;
        Assert.Equal(a, cache.Key("p", new { Name = "a" }));
        Assert.NotEqual(a, cache.Key("q", new { Name = "a" }));
        var b = cache.Key("p", new { Name = "b" })!;

        Assert.Equal("1", cache.GetOrAdd(a, Render));
        Assert.Equal("1", cache.GetOrAdd(a, Render));
        Assert.Equal("2", cache.GetOrAdd(b, Render));
        Assert.Equal("3", cache.GetOrAdd(b, Render));
    }

    [Fact]
    public void A_model_without_a_content_hash_is_not_cached()
    {
        Assert.Null(new PartialCache().Key("p", new { Run = new Action(() => { }) }));
    }
}
