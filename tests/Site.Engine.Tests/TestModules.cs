using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Engine.Tests;

/// <summary>Small modules for engine tests.</summary>
internal sealed class Emit(params string[] paths) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        ValueTask.FromResult(inputs.AddRange(paths.Select(p => new Document(p) { OutputPath = p, Content = DocumentContent.FromText(p) })));
}

internal sealed class Delegated(Func<Document, PipelineContext, IEnumerable<Document>> body) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context) => body(input, context);
}

internal sealed class WholeSet(Func<ImmutableArray<Document>, PipelineContext, Task<ImmutableArray<Document>>> body) : IModule
{
    public async ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        await body(inputs, context);
}

internal sealed record Marker(string Value);
