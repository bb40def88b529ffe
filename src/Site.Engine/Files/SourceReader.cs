using System.Text;
using Site.Engine.Diagnostics;

namespace Site.Engine.Files;

/// <summary>
/// Reads text sources strictly: a file must be valid UTF-8 (an optional byte order mark is dropped), not empty,
/// and not larger than <see cref="MaxBytes"/>. Each problem is a diagnostic at the exact line and column.
/// Thread-safe.
/// </summary>
public sealed class SourceReader(long maxBytes = SourceReader.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public long MaxBytes { get; } = maxBytes;

    /// <param name="fullPath">Where to read the file.</param>
    /// <param name="displayPath">How to name the file in diagnostics (relative, forward slashes).</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public SourceText? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(displayPath);
        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaxBytes)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileTooLarge, start, $"the file is {FormatSize(length)}; the limit is {FormatSize(MaxBytes)}. Split it into smaller files, or move large media to input/media/"));
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable, start, $"the file cannot be read: {exception.Message}"));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>Decodes bytes already in memory with the same rules as <see cref="Read"/>.</summary>
    public static SourceText? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(displayPath);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileEmpty, start, "the file is empty; write the front matter between two '---' lines, then the text, or delete the file"));
            return null;
        }

        try
        {
            return new SourceText(displayPath, StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var (line, column, offset) = FindInvalidUtf8(bytes);
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileNotUtf8, new SourceLocation(displayPath, line, column), $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); save it with UTF-8 encoding in your editor"));
            return null;
        }
    }

    private static (int Line, int Column, int Offset) FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var column = 1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return (line, column, offset);
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            offset += consumed;
        }

        return (line, column, Math.Max(0, bytes.Length - 1));
    }

    private static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024
            ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
            : $"{bytes / 1024.0:0.#} KB";
}
