namespace Simkl.Site.Check;

/// <summary>
/// Splits a <c>srcset</c> value into its URLs the way the HTML standard does: a URL runs to the next
/// whitespace (so commas inside a URL, as in image-proxy query strings, are kept), trailing commas
/// end a candidate, and descriptors ("2x", "300w") run to the next comma outside parentheses.
/// </summary>
internal static class Srcset
{
    public static IEnumerable<string> Urls(string srcset)
    {
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }
            if (i >= srcset.Length)
            {
                yield break;
            }
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }
            var url = srcset[start..i];
            if (url.EndsWith(','))
            {
                yield return url.TrimEnd(',');
                continue;
            }
            yield return url;

            var depth = 0;
            while (i < srcset.Length && (srcset[i] != ',' || depth > 0))
            {
                depth += srcset[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
                i++;
            }
        }
    }
}
