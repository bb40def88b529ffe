namespace Site.Content.Sources;

/// <summary>
/// The file a document is read from, with its size and last write time when it was listed: a preview reuses the
/// document (and everything made from it) while both stay the same.
/// </summary>
public sealed record SourceFile(string FullPath, long Length = -1, long LastWriteTicks = -1)
{
    public static SourceFile Stat(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? new SourceFile(fullPath, info.Length, info.LastWriteTimeUtc.Ticks) : new SourceFile(fullPath);
    }

    /// <summary>
    /// Lists a file as a document. Under a session's memo, a file listed before and not reported changed since
    /// (the preview's watcher makes the memo forget every file it sees change) gives the same document as last time.
    /// </summary>
    public static Engine.Documents.Document List(Engine.Pipelines.PipelineContext context, string fullPath, Func<SourceFile, Engine.Documents.Document> create)
    {
        if (context.Memo is not { } memo)
        {
            return create(Stat(fullPath));
        }

        var key = KeyFor(fullPath);
        return memo.TryGetReused(key, out var known) ? known : memo.Reuse(key, create(Stat(fullPath)), (_, _) => false);
    }

    /// <summary>The memo key of a listed file, which the preview forgets when the watcher sees the file change.</summary>
    public static string KeyFor(string fullPath) => "file:" + fullPath;
}
