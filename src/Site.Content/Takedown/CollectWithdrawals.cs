using System.Collections.Immutable;
using Site.Content.Sources;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Takedown;

/// <summary>
/// Works out once per build which stories are withdrawn (<see cref="Withdrawal.From"/>) and passes them on as one
/// document with a <see cref="Withdrawals"/> facet, for every step that must take them out of the site. Made again
/// only when a story changed.
/// </summary>
public sealed class CollectWithdrawals(string storiesPipeline) : IModule
{
    public const string Id = "withdrawals";

    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        ValueTask.FromResult(ImmutableArray.Create(new Document(Id).With(new Withdrawals(Withdrawal.From(ContentFailed.Without(context.OutputsOf(storiesPipeline)))))));

    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) => Signature.Of(Signature.By(context.OutputsOf(storiesPipeline), d => d));
}
