using System.Collections.Concurrent;

namespace Simkl.Site.Rendering;

/// <summary>
/// The texts of <c>include_cached</c> partials, by partial name and model content, for one
/// renderer (one build). Bounded: a partial cached with a different model on every page would
/// otherwise keep every page's text; past the bound it is rendered as a plain include.
/// </summary>
internal sealed class PartialCache(int capacity = 1024)
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The key of <paramref name="partial"/> with <paramref name="model"/>, or null when the model has no content hash.</summary>
    public string? Key(string partial, object? model) => ModelHash.Of(model) is { } hash ? partial + "\n" + hash : null;

    public string GetOrAdd(string key, Func<string> render)
    {
        if (_texts.TryGetValue(key, out var text))
        {
            return text;
        }

        text = render();
        if (_texts.Count < capacity)
        {
            _texts.TryAdd(key, text);
        }

        return text;
    }
}
