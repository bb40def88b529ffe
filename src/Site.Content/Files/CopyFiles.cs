using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Files;

/// <summary>
/// Copies every file of a folder (recursively) to the same relative path under <paramref name="outputPrefix"/>.
/// Only regular files are copied; links, hidden files and litter are left out (<see cref="SourceTree"/>).
/// </summary>
public sealed class CopyFiles(string folder, string outputPrefix, Func<string, string> displayPath) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var documents = SourceTree.Files(folder)
            .Select(entry =>
            {
                var (file, relative) = (entry.FullPath, entry.RelativePath);
                var display = displayPath(file);
                return new Document(display)
                {
                    SourcePath = display,
                    OutputPath = outputPrefix.Length == 0 ? relative : $"{outputPrefix.TrimEnd('/')}/{relative}",
                    Content = DocumentContent.FromFile(file),
                };
            })
            .ToImmutableArray();
        return ValueTask.FromResult(documents);
    }

    /// <summary>A file copied in the last run of a session is the same document (the session forgets the files it is told changed).</summary>
    public bool Same(Document before, Document now) => before.OutputPath == now.OutputPath;
}
