namespace Site.Content.Sources;

/// <summary>The file a document is read from (a document facet).</summary>
public sealed record SourceFile(string FullPath)
{
    /// <summary>
    /// Lists a file as a document. Under a session's memo, a file listed before and not reported changed since
    /// (the preview's watcher makes the memo forget every file it sees change) gives the same document as last time,
    /// so nothing made from it is redone.
    /// </summary>
    public static Engine.Documents.Document List(Engine.Pipelines.PipelineContext context, string fullPath, Func<SourceFile, Engine.Documents.Document> create)
    {
        if (context.Memo is not { } memo)
        {
            return create(new SourceFile(fullPath));
        }

        var key = KeyFor(fullPath);
        return memo.TryGetReused(key, out var known) ? known : memo.Reuse(key, create(new SourceFile(fullPath)), (_, _) => false);
    }

    /// <summary>The memo key of a listed file, which the preview forgets when the watcher sees the file change.</summary>
    public static string KeyFor(string fullPath) => "file:" + fullPath;
}
