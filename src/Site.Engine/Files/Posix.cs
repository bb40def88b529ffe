using System.Runtime.InteropServices;

namespace Site.Engine.Files;

/// <summary>
/// The two Linux system calls .NET does not expose: <c>statx</c> without following a link (to tell a regular file
/// from a named pipe, socket or device before opening it) and <c>renameat2</c> with <c>RENAME_EXCHANGE</c> (to swap
/// two folders in one step). <c>struct statx</c> has the same layout on every Linux architecture.
/// </summary>
internal static unsafe partial class Posix
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint RenameExchange = 0x2;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;

    /// <summary>The file type bits of a path's own status (a link is not followed), or null when it cannot be read.</summary>
    public static int? TypeOf(string path)
    {
        var buffer = stackalloc byte[256];
        if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            return null;
        }

        return *(ushort*)(buffer + ModeOffset) & TypeMask;
    }

    /// <summary>Swaps two existing paths in one step; returns the error number, or 0.</summary>
    public static int Exchange(string first, string second) =>
        RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0 ? 0 : Marshal.GetLastPInvokeError();

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
