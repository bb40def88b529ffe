using Site.Engine.Documents;
using Site.Engine.Pipelines;

namespace Site.Engine.Modules;

/// <summary>
/// A per-document module: one document in, zero or more out. The engine runs it on many documents at once
/// (bounded by the core count), so an implementation must be thread-safe; the order of the results is the
/// order of the inputs whatever the timing. In a session of runs, the very same input document gives the very
/// same outputs and diagnostics as last time, unless what the module says it also depends on changed.
/// </summary>
public interface IDocumentModule
{
    IEnumerable<Document> Execute(Document input, PipelineContext context);

    /// <summary>What the output depends on besides the input document (a layout's version, the alerts in effect); nothing by default.</summary>
    Signature DependsOn(Document input, PipelineContext context) => default;

    /// <summary>
    /// Whether the module reads <see cref="PipelineContext.StepInputs"/>, every input of its step, while it handles
    /// one. Such a module starts only when the step before it is done with every document; the others of a row of
    /// per-document steps take each document through the whole row at once (see <see cref="ForEachDocument.Chain"/>).
    /// </summary>
    bool ReadsStepInputs => false;
}
