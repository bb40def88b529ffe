using Site.Content.Builds;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Compliance;

/// <summary>
/// Lets through only what may be published today: a story whose <see cref="ConsentDecision"/> allows it (or, in a
/// build that shows pending stories, one still waiting for its signature); every other kind passes.
/// </summary>
public sealed class KeepPublishable(BuildContext build) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context) =>
        !input.TryGet<ConsentDecision>(out var consent) || consent.Publishable || (build.ShowPending && consent.Status == ConsentDecision.Pending)
            ? [input]
            : [];
}
