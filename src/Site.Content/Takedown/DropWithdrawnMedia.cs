using System.Collections.Immutable;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Takedown;

/// <summary>
/// Leaves out of the site every media file that a withdrawn story used: a patient's photo must go with the story.
/// A published page that still uses one of these files then fails the build with a message naming the withdrawn
/// story (an illustration shared by several stories must be copied under another name for the others).
/// </summary>
public sealed class DropWithdrawnMedia(string withdrawalsPipeline) : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var withdrawn = Withdrawals.In(context, withdrawalsPipeline).SelectMany(w => w.Media).ToHashSet(StringComparer.Ordinal);
        return ValueTask.FromResult(withdrawn.Count == 0 ? inputs : inputs.Where(d => !withdrawn.Contains("/" + d.OutputPath)).ToImmutableArray());
    }
}
