using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Sources;

/// <summary>
/// Lists the Markdown files of a content folder (recursively, in ordinal order) as documents to parse. Under a
/// preview's memo, an unchanged file gives the same document as last time, so nothing made from it is redone.
/// </summary>
public sealed class ReadContentFiles(string folder, Func<string, string> displayPath) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(folder))
        {
            return ValueTask.FromResult(ImmutableArray<Document>.Empty);
        }

        var documents = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => SourceFile.List(context, file, stamp =>
            {
                var display = displayPath(file);
                return new Document(display) { SourcePath = display }.With(stamp);
            }))
            .ToImmutableArray();
        return ValueTask.FromResult(documents);
    }
}
