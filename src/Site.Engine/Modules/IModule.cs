using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Pipelines;

namespace Site.Engine.Modules;

/// <summary>
/// A whole-set module: receives every document of the step before it and returns the documents of the next. In a
/// session of runs (a preview), a module that says what its output depends on (<see cref="DependsOn"/>) is not run
/// again while that is unchanged: the engine gives the last run's outputs and diagnostics instead.
/// </summary>
public interface IModule
{
    ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context);

    /// <summary>What the output depends on (its inputs, other pipelines' outputs, settings); null: it runs every time.</summary>
    Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) => null;

    /// <summary>
    /// Whether a document made in this run stands for the same thing as the one with the same id made in the last run
    /// (a listing with the same entries, a file not reported changed). Then the engine keeps the earlier document, so
    /// the steps after this one can reuse what they made from it. False by default.
    /// </summary>
    bool Same(Document before, Document now) => false;
}
