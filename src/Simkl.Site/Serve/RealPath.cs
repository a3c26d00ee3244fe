namespace Simkl.Site.Serve;

/// <summary>
/// The path a file really lives at, with every symbolic link (or junction) on the way followed, the
/// way the OS follows them when the file is opened. Lets the preview refuse a link inside the site
/// folder that leads out of it, however many links the way goes through.
/// </summary>
internal static class RealPath
{
    // The OS gives up after 40 links (ELOOP); a longer chain is treated as unresolvable.
    private const int MaxLinks = 40;

    /// <summary>The resolved absolute path, or null when the links loop or go too deep.</summary>
    public static string? Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string? Resolve(string full, ref int links)
    {
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // A relative target is relative to the folder holding the link, itself already resolved.
            var resolved = Resolve(Path.GetFullPath(target, current), ref links);
            if (resolved is null)
            {
                return null;
            }

            current = resolved;
        }

        return current;
    }
}
