using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Pipelines;

namespace Site.Engine.Modules;

/// <summary>A whole-set module: receives every document of the step before it and returns the documents of the next.</summary>
public interface IModule
{
    ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context);
}
