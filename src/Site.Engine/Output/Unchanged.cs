namespace Site.Engine.Output;

/// <summary>
/// Whether a file of the previous output holds exactly the bytes a new file would: the lengths first (most changed
/// files differ in length, and that costs no read), then the bytes. A file that cannot be read is taken to differ.
/// </summary>
internal static class Unchanged
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Whether the file at <paramref name="path"/> holds exactly <paramref name="bytes"/>.</summary>
    public static bool Same(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null)
            {
                return false;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min(ChunkSize, Math.Max(1, bytes.Length))];
            var offset = 0;
            while (offset < bytes.Length)
            {
                var read = stream.Read(buffer, 0, Math.Min(buffer.Length, bytes.Length - offset));
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return stream.Read(buffer, 0, 1) == 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether the files at <paramref name="path"/> and <paramref name="other"/> hold the same bytes.</summary>
    public static bool SameFile(string path, string other)
    {
        try
        {
            var first = new FileInfo(path);
            var second = new FileInfo(other);
            if (!first.Exists || !second.Exists || first.Length != second.Length || first.LinkTarget is not null)
            {
                return false;
            }

            using var a = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var b = new FileStream(other, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var left = new byte[ChunkSize];
            var right = new byte[ChunkSize];
            while (true)
            {
                var read = a.ReadAtLeast(left, left.Length, throwOnEndOfStream: false);
                var readOther = b.ReadAtLeast(right, right.Length, throwOnEndOfStream: false);
                if (read != readOther || !left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, readOther)))
                {
                    return false;
                }

                if (read < left.Length)
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
