using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Pages;

/// <summary>
/// A step of the pages made only to check content files with errors (<see cref="ReadFailedContent"/>). Such a file
/// breaks a rule its page may rely on (a video address that does not parse, a value read as a stand-in), so a step
/// that fails on it is not a bug: the page is left out, and a note says that its links and images are checked once
/// the file's errors are fixed.
/// </summary>
public sealed class ForFailedContent(IDocumentModule module) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        try
        {
            return module.Execute(input, context).ToList();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Diagnostics.Report(new Diagnostic(
                DiagnosticCodes.NotCheckedYet,
                Severity.Info,
                "the links and images of this file were not checked, since its page cannot be made until this file's errors are fixed",
                new SourceLocation(input.SourcePath ?? input.Id)));
            return [];
        }
    }

    public Signature DependsOn(Document input, PipelineContext context) => module.DependsOn(input, context);
}
