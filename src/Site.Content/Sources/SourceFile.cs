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

    /// <summary>Under a session's memo: the document listed for the same unchanged file last time, else this one.</summary>
    public static Engine.Documents.Document Reuse(Engine.Pipelines.PipelineContext context, Engine.Documents.Document candidate) =>
        context.Memo is { } memo
            ? memo.Reuse(KeyFor(candidate.Get<SourceFile>().FullPath), candidate, (old, now) => old.Get<SourceFile>() == now.Get<SourceFile>() && old.OutputPath == now.OutputPath)
            : candidate;

    /// <summary>The memo key of a listed file, which the preview forgets when the watcher sees the file change.</summary>
    public static string KeyFor(string fullPath) => "file:" + fullPath;
}
