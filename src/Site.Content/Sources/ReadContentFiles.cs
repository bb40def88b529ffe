using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Sources;

/// <summary>
/// Lists the Markdown files (<c>*.md</c>) of a content folder (recursively, in ordinal order, through
/// <see cref="SourceTree"/>, so links and litter are never read) as documents to parse. A file listed
/// in the last run of a session stands for the same document (the session forgets the files it is told changed), so
/// nothing made from an unchanged file is redone.
/// </summary>
public sealed class ReadContentFiles(string folder, Func<string, string> displayPath) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var documents = SourceTree.Files(folder)
            .Where(e => e.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            .Select(e =>
            {
                var file = e.FullPath;
                var display = displayPath(file);
                return new Document(display) { SourcePath = display }.With(new SourceFile(file));
            })
            .ToImmutableArray();
        return ValueTask.FromResult(documents);
    }

    public bool Same(Document before, Document now) => before.SourcePath == now.SourcePath;
}
