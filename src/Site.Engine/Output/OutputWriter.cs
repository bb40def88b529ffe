using System.Text;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Engine.Output;

/// <summary>
/// Writes documents into a folder: text as UTF-8 without a byte order mark, files copied as they are.
/// Rejects output paths that would leave the folder, and two documents writing the same path.
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
    public static void Write(IReadOnlyList<Document> documents, string folder, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
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
            Parallel.ForEach(documents, options, document => Attempt(document.OutputPath!, document.SourcePath, () => WriteOne(document, folder)));
        }
        catch (AggregateException aggregate) when (aggregate.Flatten().InnerExceptions.Any(e => e is OutputWriteException))
        {
            // Every failure of a full disk is the same failure; the first one, ordered by path, says it.
            throw aggregate.Flatten().InnerExceptions.OfType<OutputWriteException>().OrderBy(e => e.OutputPath, StringComparer.Ordinal).First();
        }
    }

    private static void WriteOne(Document document, string folder)
    {
        var target = Path.Combine(folder, document.OutputPath!);
        switch (document.Content)
        {
            case TextContent text:
                WriteText(target, text.Text);
                break;
            case FileContent file:
                File.Copy(file.FullPath, target, overwrite: true);
                break;
            case BytesContent bytes:
                File.WriteAllBytes(target, bytes.Bytes.Span);
                break;
            default:
                throw new InvalidOperationException($"Document '{document.Id}' has no content to write.");
        }
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

    private static void WriteText(string target, string text) => File.WriteAllBytes(target, Utf8.GetBytes(text));

    private static bool IsSafeRelativePath(string path) =>
        path.Length > 0
        && !Path.IsPathRooted(path)
        && !path.Contains('\\')
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
}
