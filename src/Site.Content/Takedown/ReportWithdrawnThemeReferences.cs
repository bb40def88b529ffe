using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Takedown;

/// <summary>
/// The warnings for references to withdrawn stories that the theme or site.yml wrote (on many pages), once each
/// with the number of pages (<see cref="RemoveWithdrawnReferences.ReportFromTheme"/>), over the pages of the named
/// pipelines. Passes its input on.
/// </summary>
public sealed class ReportWithdrawnThemeReferences(string withdrawalsPipeline, IReadOnlyList<string> pagePipelines) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        RemoveWithdrawnReferences.ReportFromTheme(pagePipelines.SelectMany(p => context.OutputsOf(p)), Withdrawals.In(context, withdrawalsPipeline), context.Diagnostics);
        return ValueTask.FromResult(inputs);
    }

    public Signature? DependsOn(ImmutableArray<Document> inputs, PipelineContext context) =>
        Signature.Of(Signature.By(pagePipelines.SelectMany(p => context.OutputsOf(p)), d => d.TryGet<RemovedReferences>(out var removed) ? removed.Items : null));
}
