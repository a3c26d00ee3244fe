using System.Runtime.InteropServices;

namespace Simkl.Site.Write;

/// <summary>
/// Hard-links an unchanged file from the previous output into the staging folder, so it keeps
/// its inode and modification time (CDN uploaders and rsync see it as untouched). Falls back to a
/// copy that keeps the modification time where links are not possible.
/// </summary>
internal static partial class HardLinks
{
    public static void LinkOrCopy(string source, string destination)
    {
        if (TryLink(source, destination))
        {
            return;
        }

        File.Copy(source, destination, overwrite: false);
        File.SetLastWriteTimeUtc(destination, File.GetLastWriteTimeUtc(source));
    }

    private static bool TryLink(string source, string destination)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? CreateHardLinkW(destination, source, IntPtr.Zero)
                : link(source, destination) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable CA5392, SYSLIB1054 // libc/kernel32 are system libraries; a plain DllImport keeps the project free of unsafe code.
    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int link(string oldpath, string newpath);

    [DllImport("kernel32", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string newFileName, string existingFileName, IntPtr securityAttributes);
#pragma warning restore CA5392, SYSLIB1054
}
