using System.Security.Cryptography;

namespace Simkl.Site.FakeSimkl;

/// <summary>A served file: bytes plus the validators a CDN would send for them.</summary>
internal sealed record FakeFile(byte[] Content, string ETag, DateTimeOffset LastModified)
{
    public static FakeFile Create(byte[] content, DateTimeOffset lastModified) =>
        new(content, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..20]}\"", TruncateToSeconds(lastModified));

    /// <summary>HTTP dates carry whole seconds; comparing If-Modified-Since needs the same precision.</summary>
    public static DateTimeOffset TruncateToSeconds(DateTimeOffset t) =>
        new(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), t.Offset);
}
