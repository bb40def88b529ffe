using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Files;

/// <summary>
/// Copies every file of a folder (recursively) to the same relative path under <paramref name="outputPrefix"/>.
/// Hidden files (names starting with a dot) are skipped.
/// </summary>
public sealed class CopyFiles(string folder, string outputPrefix, Func<string, string> displayPath) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(folder))
        {
            return ValueTask.FromResult(ImmutableArray<Document>.Empty);
        }

        var documents = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
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
