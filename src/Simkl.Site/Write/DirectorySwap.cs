using System.Runtime.InteropServices;

namespace Simkl.Site.Write;

/// <summary>
/// Puts a new folder in place of an existing one. On Linux the two are exchanged in one
/// <c>renameat2(RENAME_EXCHANGE)</c> call, so the path always names a complete site (a server
/// reading it during a rebuild sees the old files or the new, never a missing folder). Elsewhere,
/// or on a filesystem without the call, the old folder is renamed aside and the new one renamed in;
/// a build killed between the two renames leaves the old folder aside, and the next build's
/// <see cref="WriteSite"/> puts it back.
/// </summary>
internal static class DirectorySwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>
    /// Exchanges <paramref name="current"/> and <paramref name="replacement"/> and returns the path
    /// that now holds the old content (to delete); <paramref name="aside"/> is used by the fallback.
    /// </summary>
    public static string Replace(string current, string replacement, string aside)
    {
        if (OperatingSystem.IsLinux() && TryExchange(current, replacement))
        {
            return replacement;
        }

        Directory.Move(current, aside);
        try
        {
            Directory.Move(replacement, current);
        }
        catch
        {
            // Put the previous site back before reporting the failure.
            Directory.Move(aside, current);
            throw;
        }

        return aside;
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without renameat2: the two-rename fallback still works.
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(
        int oldDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
