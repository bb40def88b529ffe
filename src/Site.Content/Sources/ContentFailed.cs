using Site.Engine.Diagnostics;
using Site.Engine.Documents;

namespace Site.Content.Sources;

/// <summary>
/// A document facet: this content file has an error, so it is never published, but it goes on through the steps of
/// its kind (consent, the PHI guard, Markdown, media, and its page for the link check) so that one build reports all
/// of its problems. Steps that make the site (listings, feeds, redirects, withdrawals, related stories) leave it
/// out, as if the file were not there. <see cref="StandInLines"/> are the front matter lines whose value was wrong
/// and was replaced by a stand-in to read the rest: what a later check says about those lines is not reported again.
/// </summary>
public sealed record ContentFailed(IReadOnlySet<int> StandInLines)
{
    public static readonly ContentFailed Plain = new(new HashSet<int>());

    public static bool Is(Document document) => document.TryGet<ContentFailed>(out _);

    /// <summary>The document, marked as failed (keeping the stand-in lines it has).</summary>
    public static Document Mark(Document document) => Is(document) ? document : document.With(Plain);

    /// <summary>Leaves out the failed documents.</summary>
    public static IEnumerable<Document> Without(IEnumerable<Document> documents) => documents.Where(d => !Is(d));

    /// <summary>Whether a finding at <paramref name="at"/> is about a stand-in value of this document (and so not reported).</summary>
    public static bool AboutStandIn(Document document, SourceLocation at) =>
        document.TryGet<ContentFailed>(out var failed) && at.Path == document.SourcePath && failed.StandInLines.Contains(at.Line);
}
