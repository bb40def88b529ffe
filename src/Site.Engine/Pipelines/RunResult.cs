using System.Collections.Immutable;
using Site.Engine.Documents;

namespace Site.Engine.Pipelines;

/// <summary>The sorted outputs of every pipeline of a run, and the documents to publish.</summary>
public sealed record RunResult(ImmutableDictionary<string, ImmutableArray<Document>> Outputs, ImmutableArray<Document> Published)
{
    public static readonly RunResult Empty = new(ImmutableDictionary<string, ImmutableArray<Document>>.Empty, []);
}
