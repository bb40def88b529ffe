using System.Text;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Engine.Output;

/// <summary>
/// Writes documents into a folder: text as UTF-8 without a byte order mark, files copied as they are.
/// Rejects output paths that would leave the folder, and two documents writing the same path. Given the previous
/// output, a file whose new bytes equal the previous file's is not written again: the new folder gets a hard link to
/// the previous file (the same inode, so the same bytes and modification time), and only the others are written. The
/// previous folder is only read and linked to, never opened for writing, and a linked file is never written to.
/// </summary>
public static class OutputWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Checks the output paths; returns false after reporting duplicates or paths that escape the folder.</summary>
    public static bool Validate(IReadOnlyList<Document> documents, DiagnosticBag diagnostics)
    {
        var valid = true;
        var seen = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var path = document.OutputPath!;
            var location = new SourceLocation(document.SourcePath ?? path);
            if (!IsSafeRelativePath(path))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.InvalidOutputPath, location, $"output path '{path}' must be a relative path inside the output folder"));
                valid = false;
            }
            else if (!seen.TryAdd(path, document))
            {
                var first = seen[path];
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.DuplicateOutputPath, location, $"'{path}' is written by both {first.SourcePath ?? first.Id} and {document.SourcePath ?? document.Id}"));
                valid = false;
            }
        }

        return valid;
    }

    /// <summary>
    /// Writes every document under <paramref name="folder"/>. A failure is thrown as an <see cref="OutputWriteException"/>
    /// naming the document (never wrapped in an <see cref="AggregateException"/>); an
    /// <see cref="UnauthorizedAccessException"/> becomes one too.
    /// </summary>
    public static void Write(IReadOnlyList<Document> documents, string folder, int maxDegreeOfParallelism, CancellationToken cancellationToken) =>
        Write(documents, folder, null, maxDegreeOfParallelism, cancellationToken);

    /// <summary>
    /// Writes every document under <paramref name="folder"/>, linking to the file of <paramref name="previous"/> (the
    /// live output, or null) whose bytes are the same instead of writing it; returns how many files were linked. A
    /// failure is thrown as in <see cref="Write(IReadOnlyList{Document}, string, int, CancellationToken)"/>.
    /// </summary>
    public static int Write(IReadOnlyList<Document> documents, string folder, string? previous, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        if (previous is not null && !Directory.Exists(previous))
        {
            previous = null;
        }

        Attempt(folder, null, () => Directory.CreateDirectory(folder));
        var directories = documents
            .Where(d => !string.IsNullOrEmpty(Path.GetDirectoryName(d.OutputPath!)))
            .DistinctBy(d => Path.GetDirectoryName(d.OutputPath!), StringComparer.Ordinal)
            .OrderBy(d => Path.GetDirectoryName(d.OutputPath!), StringComparer.Ordinal);
        foreach (var document in directories)
        {
            Attempt(document.OutputPath!, document.SourcePath, () => Directory.CreateDirectory(Path.Combine(folder, Path.GetDirectoryName(document.OutputPath!)!)));
        }

        // Measured on the 2-core machine: one writer per core is fastest; more writers contend in the kernel.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism), CancellationToken = cancellationToken };
        try
        {
            var linked = 0;
            Parallel.ForEach(documents, options, document => Attempt(document.OutputPath!, document.SourcePath, () =>
            {
                if (WriteOne(document, folder, previous))
                {
                    Interlocked.Increment(ref linked);
                }
            }));
            return linked;
        }
        catch (AggregateException aggregate) when (aggregate.Flatten().InnerExceptions.Any(e => e is OutputWriteException))
        {
            // Every failure of a full disk is the same failure; the first one, ordered by path, says it.
            throw aggregate.Flatten().InnerExceptions.OfType<OutputWriteException>().OrderBy(e => e.OutputPath, StringComparer.Ordinal).First();
        }
    }

    /// <summary>Writes one document, or links the previous file when its bytes are the same; true when it linked.</summary>
    internal static bool WriteOne(Document document, string folder, string? previous)
    {
        var target = Path.Combine(folder, document.OutputPath!);
        var before = previous is null ? null : Path.Combine(previous, document.OutputPath!);
        switch (document.Content)
        {
            case TextContent { StagedFile: { } staged } when staged == target:
                // Written early (EarlyWriter), at this very path.
                return false;
            case TextContent text:
                var encoded = Utf8.GetBytes(text.Text);
                if (before is not null && Unchanged.Same(before, encoded) && HardLink.TryCreate(before, target))
                {
                    return true;
                }

                File.WriteAllBytes(target, encoded);
                return false;
            case FileContent file:
                if (before is not null && Unchanged.SameFile(before, file.FullPath) && HardLink.TryCreate(before, target))
                {
                    return true;
                }

                // A file of the build's cache is never changed in place: the output may share it rather than copy it.
                if (!file.Shareable || !HardLink.TryCreate(file.FullPath, target))
                {
                    File.Copy(file.FullPath, target, overwrite: true);
                }

                return false;
            case BytesContent bytes:
                if (before is not null && Unchanged.Same(before, bytes.Bytes.Span) && HardLink.TryCreate(before, target))
                {
                    return true;
                }

                File.WriteAllBytes(target, bytes.Bytes.Span);
                return false;
            default:
                throw new InvalidOperationException($"Document '{document.Id}' has no content to write.");
        }
    }

    /// <summary>
    /// Replaces each file under <paramref name="folder"/> whose bytes equal the file at the same path under
    /// <paramref name="previous"/> by a hard link to that file (made under a temporary name, then renamed over it), for
    /// files another program wrote into the new site (the search index). Returns how many were replaced; a file that
    /// cannot be linked is left as it is.
    /// </summary>
    public static int KeepUnchanged(string folder, string previous)
    {
        if (!Directory.Exists(folder) || !Directory.Exists(previous))
        {
            return 0;
        }

        var kept = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var before = Path.Combine(previous, Path.GetRelativePath(folder, file));
            if (!Unchanged.SameFile(before, file))
            {
                continue;
            }

            var temporary = file + ".link-" + Guid.NewGuid().ToString("N")[..8];
            if (!HardLink.TryCreate(before, temporary))
            {
                continue;
            }

            try
            {
                File.Move(temporary, file, overwrite: true);
                kept++;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
            }
        }

        return kept;
    }

    private static void Attempt(string outputPath, string? sourcePath, Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException && exception is not OutputWriteException)
        {
            throw new OutputWriteException(outputPath, sourcePath, exception);
        }
    }

    internal static bool IsSafeRelativePath(string path) =>
        path.Length > 0
        && !Path.IsPathRooted(path)
        && !path.Contains('\\')
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
}
