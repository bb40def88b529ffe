using System.Collections.Concurrent;
using Site.Engine.Documents;

namespace Site.Engine.Output;

/// <summary>
/// Writes a published text document into the new site (the staging folder) as soon as it is final, so that a build
/// holds no page's HTML from then on: the document that goes on names the file instead
/// (<see cref="TextContent.StagedFile"/>), and <see cref="OutputWriter.Write(IReadOnlyList{Document}, string, string?, int, CancellationToken)"/>
/// does not write it again. A file whose bytes are those of the live output's file is a hard link to it, as in the
/// final write. Nothing is lost by writing early: a build with an error deletes the staging folder, which leaves the
/// live output as it was. A document that cannot be written early (a path the final write rejects, a path a document
/// already took, a full disk) goes on with its text, and the final write reports it as before.
/// </summary>
public sealed class EarlyWriter(string folder, string? previous)
{
    private readonly ConcurrentDictionary<string, byte> taken = new(StringComparer.Ordinal);
    private readonly string? previous = previous is not null && Directory.Exists(previous) ? previous : null;

    /// <summary>The staging folder the documents are written to.</summary>
    public string Folder { get; } = folder;

    /// <summary>How many documents were written early.</summary>
    public int Count => taken.Count;

    /// <summary>The document with its text written and no longer held, or the document itself when it stays as it is.</summary>
    public Document Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Content is not TextContent { StagedFile: null } || document.OutputPath is not { } path || !OutputWriter.IsSafeRelativePath(path) || !taken.TryAdd(path, 0))
        {
            return document;
        }

        var target = Path.Combine(Folder, path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            OutputWriter.WriteOne(document, Folder, previous);
            return document with { Content = TextContent.Staged(target) };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            taken.TryRemove(path, out _);
            return document;
        }
    }
}
