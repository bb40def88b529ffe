using System.Collections.Immutable;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Compliance;

/// <summary>
/// A story's translation (<c>translation_of</c>) is about the same patient, so it never outlives the original's
/// authorization: when the original may not be published today (withdrawn, expired, or not signed yet), the
/// translation gets the original's <see cref="ConsentDecision"/>, with a reason naming the original. From there on
/// it is one more withdrawn (or pending) story to every step that reads the decision: it is left out of pages,
/// listings, feeds and the sitemap, its address answers 410, its media are dropped and no page may mention it. A
/// translation whose own authorization forbids publishing keeps its own decision (it is withdrawn by itself, and the
/// original simply no longer links to it). Runs over one kind's documents after <see cref="CheckCompliance"/>; the
/// other kinds have no decision and pass as they are.
/// </summary>
public sealed class FollowOriginalConsent : IModule
{
    public ValueTask<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var decisions = new Dictionary<string, ConsentDecision>(StringComparer.Ordinal);
        foreach (var document in inputs)
        {
            if (!ContentFailed.Is(document) && document.TryGet<ConsentDecision>(out var decision) && document.Get<ParsedContent>().FrontMatter is { Id: { } id, TranslationOf: null })
            {
                decisions.TryAdd(id, decision);
            }
        }

        return ValueTask.FromResult(inputs.Select(d => Follow(d, decisions)).ToImmutableArray());
    }

    /// <summary>The translation's decision given its original's: the stricter one (withdrawn over pending over published).</summary>
    public static ConsentDecision Combine(ConsentDecision own, string originalId, ConsentDecision original) =>
        original.Publishable || (!own.Publishable && (own.IsWithdrawn || !original.IsWithdrawn))
            ? own
            : new ConsentDecision(false, original.Status, $"it translates {originalId}, whose {original.Reason}");

    private static Document Follow(Document document, Dictionary<string, ConsentDecision> decisions)
    {
        if (!document.TryGet<ConsentDecision>(out var own)
            || document.Get<ParsedContent>().FrontMatter.TranslationOf is not { } originalId
            || !decisions.TryGetValue(originalId, out var original))
        {
            return document;
        }

        var combined = Combine(own, originalId, original);
        return ReferenceEquals(combined, own) ? document : document.With(combined);
    }
}
