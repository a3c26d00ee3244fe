namespace Simkl.Site.Write;

/// <summary>
/// Keeps every output path inside the output folder: relative, '/'-separated, no empty, "." or
/// ".." segments, no drive letters, backslashes or control characters.
/// </summary>
public static class OutputPaths
{
    public const int MaxLength = 1024;

    /// <summary>Returns <paramref name="path"/> when it is a safe site-relative file path; throws otherwise.</summary>
    public static string Validate(string? path)
    {
        if (!IsSafe(path, out var reason))
        {
            throw new SiteException($"Refusing to write output path '{path}': {reason}.");
        }

        return path!;
    }

    public static bool IsSafe(string? path, out string reason)
    {
        reason = string.Empty;
        if (string.IsNullOrEmpty(path))
        {
            reason = "it is empty";
            return false;
        }

        if (path.Length > MaxLength)
        {
            reason = "it is too long";
            return false;
        }

        if (path[0] == '/')
        {
            reason = "it is rooted";
            return false;
        }

        foreach (var c in path)
        {
            if (c is '\\' or ':' || char.IsControl(c))
            {
                reason = "it contains a backslash, colon or control character";
                return false;
            }
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                reason = "it has an empty, '.' or '..' segment";
                return false;
            }
        }

        return true;
    }

    /// <summary>The absolute file path of <paramref name="path"/> under <paramref name="root"/>, checked to stay inside it.</summary>
    public static string Resolve(string root, string path)
    {
        Validate(path);
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine(fullRoot, path));
        var prefix = Path.EndsInDirectorySeparator(fullRoot) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new SiteException($"Refusing to write output path '{path}': it resolves outside the output folder.");
        }

        return full;
    }
}
