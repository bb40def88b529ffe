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
        if (!IsReadable(fullPath, displayPath, diagnostics))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            // The limit counts the bytes read: a file's reported length can be wrong (0 for /proc files and devices).
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBytes)
                {
                    var length = stream.CanSeek ? stream.Length : 0;
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileTooLarge, start, $"the file is {(length >= buffer.Length ? FormatSize(length) : "more than " + FormatSize(MaxBytes))}; the limit is {FormatSize(MaxBytes)}. Split it into smaller files, or move large media to input/media/"));
                    return null;
                }
            }

            bytes = buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable, start, $"the file cannot be read: {exception.Message}"));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>
    /// True for a regular file. A symbolic link (SG1022) or a named pipe, socket or device (SG1023) is reported and
    /// never opened: a link can lead outside the site's folders, and a pipe or device can block or never end.
    /// </summary>
    public static bool IsReadable(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(displayPath);
        switch (FileKinds.Of(fullPath))
        {
            case FileKind.File:
                return true;
            case FileKind.SymbolicLink:
                diagnostics.Report(LinkRefused(fullPath, displayPath));
                return false;
            case FileKind.Special:
                diagnostics.Report(NotAFile(fullPath, displayPath));
                return false;
            case FileKind.Folder:
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable, start, "the file cannot be read: it is a folder"));
                return false;
            default:
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable, start, "the file cannot be read: it does not exist"));
                return false;
        }
    }

    /// <summary>The error for a symbolic link found among the sources.</summary>
    public static Diagnostic LinkRefused(string fullPath, string displayPath)
    {
        var target = new FileInfo(fullPath).LinkTarget;
        return Diagnostic.Error(
            DiagnosticCodes.SymbolicLink,
            new SourceLocation(displayPath),
            $"this is a symbolic link{(target is null ? string.Empty : $" to '{target}'")}; the site is built only from what is inside its folders, so put the file or folder itself here instead of a link");
    }

    /// <summary>The error for a named pipe, socket or device found among the sources.</summary>
    public static Diagnostic NotAFile(string fullPath, string displayPath) =>
        Diagnostic.Error(DiagnosticCodes.NotARegularFile, new SourceLocation(displayPath), $"this is {FileKinds.Describe(fullPath)}, not a file; the build reads only regular files, so delete it");

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
            var text = StrictUtf8.GetString(bytes);
            if (ReportControlCharacters(text, displayPath, diagnostics))
            {
                // Reported once here; later readers (YAML, Markdown) see a space in its place, at the same position.
                text = string.Create(text.Length, text, static (span, source) =>
                {
                    for (var i = 0; i < span.Length; i++)
                    {
                        span[i] = IsControl(source[i]) ? ' ' : source[i];
                    }
                });
            }

            return new SourceText(displayPath, text);
        }
        catch (DecoderFallbackException)
        {
            var (line, column, offset) = FindInvalidUtf8(bytes);
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.FileNotUtf8, new SourceLocation(displayPath, line, column), $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset}); save it with UTF-8 encoding in your editor"));
            return null;
        }
    }

    /// <summary>
    /// Control characters other than tab, line feed and carriage return (NUL, escape, form feed, DEL, the C1 range)
    /// are invisible in editors and either vanish or turn into a replacement sign on the page: each line holding one
    /// is an error at its first, up to <see cref="MaxControlReports"/> lines a file.
    /// </summary>
    private static bool ReportControlCharacters(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u0008') && !text.AsSpan().ContainsAnyInRange('\u000B', '\u000C')
            && !text.AsSpan().ContainsAnyInRange('\u000E', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            return false;
        }

        var (line, lineStart, reported, reports) = (1, 0, 0, 0);
        for (var i = 0; i < text.Length && reports < MaxControlReports; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, lineStart) = (line + 1, i + 1);
            }
            else if (IsControl(c) && line != reported)
            {
                (reported, reports) = (line, reports + 1);
                diagnostics.Report(Diagnostic.Error(
                    DiagnosticCodes.ControlCharacter,
                    new SourceLocation(displayPath, line, i - lineStart + 1),
                    $"an invisible control character (U+{(int)c:X4}) is here; delete it (it usually comes from pasting out of another program), since a page cannot show it"));
            }
        }

        return true;
    }

    private const int MaxControlReports = 20;

    /// <summary>A control character a page cannot show: any but tab, line feed and carriage return.</summary>
    public static bool IsControl(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F';

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
