namespace Simkl.Site.Outputs;

/// <summary>
/// One file of the built site: a site-relative, '/'-separated path (e.g. <c>calendar/index.html</c>,
/// never starting with '/', never containing '..') and its bytes.
/// </summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    public static OutputFile Text(string path, string text) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
