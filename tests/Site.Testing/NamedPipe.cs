namespace Site.Testing;

/// <summary>Makes a named pipe (FIFO) for tests that must show the build never opens one.</summary>
public static class NamedPipe
{
    /// <summary>Creates a named pipe at <paramref name="path"/>; Linux and macOS only.</summary>
    public static void Create(string path)
    {
        if (Mkfifo(path, 0x1B6) != 0)
        {
            throw new IOException($"mkfifo failed for '{path}' (error {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()})");
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int Mkfifo(string path, uint mode);
}
