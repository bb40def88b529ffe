using System.Runtime.InteropServices;

namespace Site.Engine.Output;

/// <summary>
/// A second name for an existing file (<c>link(2)</c> on Linux and macOS; .NET has no call for it). Both names share
/// one inode, so the file keeps its bytes, its modification time and its permissions. Where the system cannot make one
/// (another file system, Windows, a file system without links), <see cref="TryCreate"/> says so and the caller copies.
/// </summary>
internal static partial class HardLink
{
    /// <summary>Makes <paramref name="link"/> a new name of <paramref name="existing"/>; false when it cannot (nothing is made then).</summary>
    public static bool TryCreate(string existing, string link)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        return Link(existing, link) == 0;
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);
}
