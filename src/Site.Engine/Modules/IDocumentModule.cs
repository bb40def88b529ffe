using Site.Engine.Documents;
using Site.Engine.Pipelines;

namespace Site.Engine.Modules;

/// <summary>
/// A per-document module: one document in, zero or more out. The engine runs it on many documents at once
/// (bounded by the core count), so an implementation must be thread-safe; the order of the results is the
/// order of the inputs whatever the timing.
/// </summary>
public interface IDocumentModule
{
    IEnumerable<Document> Execute(Document input, PipelineContext context);
}
