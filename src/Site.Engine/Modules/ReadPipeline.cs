using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Pipelines;

namespace Site.Engine.Modules;

/// <summary>Adds the output of a pipeline this one depends on to the documents flowing through.</summary>
public sealed class ReadPipeline(string pipeline) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        ValueTask.FromResult(inputs.AddRange(context.OutputsOf(pipeline)));
}
