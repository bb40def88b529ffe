using System.Collections.Immutable;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Files;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Sources;

/// <summary>
/// Looks once at everything under the input and theme folders, the way every module that lists files sees it
/// (<see cref="SourceTree"/>): a symbolic link is an error (SG1022) and so is a named pipe, socket or device
/// (SG1023), at its path, since nothing behind them is read; a folder that cannot be listed is SG1013; and a file in a
/// content folder that looks like Markdown under another extension or capitalisation (<c>story.markdown</c>,
/// <c>STORY.MD</c>) is a warning (SG1024), because it is not read.
/// </summary>
public sealed class CheckSourceTree(string inputRoot, string themeRoot, Func<string, string> displayPath) : IModule
{
    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdtxt", ".mdtext",
    };

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var input = SourceTree.Walk(inputRoot);
        foreach (var entry in input.Concat(SourceTree.Walk(themeRoot)).Where(e => !e.IsFile || e.Problem is not null))
        {
            context.Diagnostics.Report(Problem(entry));
        }

        var contentFolders = ContentKinds.All.Select(k => k.Folder + "/").ToArray();
        foreach (var entry in input.Where(e => e.IsFile))
        {
            var extension = Path.GetExtension(entry.RelativePath);
            if (MarkdownExtensions.Contains(extension) && extension != ".md" && contentFolders.Any(f => entry.RelativePath.StartsWith(f, StringComparison.Ordinal)))
            {
                var name = Path.GetFileNameWithoutExtension(entry.RelativePath) + ".md";
                context.Diagnostics.Report(Diagnostic.Warning(
                    DiagnosticCodes.MarkdownNotRead,
                    new SourceLocation(displayPath(entry.FullPath)),
                    $"this file is not read: only files ending in '.md' (lower case) are content; rename it to '{name}'"));
            }
        }

        return ValueTask.FromResult(ImmutableArray<Document>.Empty);
    }

    private Diagnostic Problem(SourceEntry entry)
    {
        var display = displayPath(entry.FullPath);
        return entry switch
        {
            { Problem: { } problem } => Diagnostic.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(display), $"the folder cannot be read: {problem}"),
            { Kind: FileKind.SymbolicLink } => SourceReader.LinkRefused(entry.FullPath, display),
            _ => SourceReader.NotAFile(entry.FullPath, display),
        };
    }
}
