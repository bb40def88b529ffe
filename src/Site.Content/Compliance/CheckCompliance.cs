using System.Globalization;
using Site.Content.Builds;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Content.Sources;
using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Compliance;

/// <summary>
/// The rules that depend on today (in the site's time zone): an authorization cannot be signed in the future;
/// a story is published only while its authorization is signed and not expired (otherwise it gets a
/// <see cref="ConsentDecision"/> that keeps it out of every page, feed and listing); a medical review past its
/// date is a warning naming the date (an authorization expiring soon is warned of by <c>WarnOfExpiringStories</c>,
/// which knows the pages that link to the story). The same rules hold in every deploy
/// context: a deploy preview is public too.
/// </summary>
public sealed class CheckCompliance(BuildContext build) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var parsed = input.Get<ParsedContent>();
        var diagnostics = context.Diagnostics;
        var today = build.Today;
        switch (parsed.FrontMatter)
        {
            case StoryFrontMatter story:
                WarnIfReviewOverdue(input, story.Review, parsed, diagnostics);
                if (story.Consent.SignedOn > today)
                {
                    diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SignedInFuture, parsed.Locations["consent.signed_on"], $"'consent.signed_on' is {Dates.Iso(story.Consent.SignedOn)}, after today ({Dates.Iso(today)}); an authorization is signed before it is used"));
                    return [ContentFailed.Mark(input.With(Decide(story.Consent, today)))];
                }

                return [input.With(Decide(story.Consent, today))];
            case ArticleFrontMatter article:
                WarnIfReviewOverdue(input, article.Review, parsed, diagnostics);
                return [input];
            default:
                return [input];
        }
    }

    public static ConsentDecision Decide(Consent consent, DateOnly today) => consent switch
    {
        { Status: ConsentStatus.Revoked } => new(false, ConsentDecision.Withdrawn, $"authorization {consent.AuthorizationId} revoked on {Dates.Iso(consent.RevokedOn ?? today)}"),
        { Status: ConsentStatus.Pending } => new(false, ConsentDecision.Pending, $"authorization {consent.AuthorizationId} is not signed yet (status: pending)"),
        _ when consent.Expires < today => new(false, ConsentDecision.Withdrawn, $"authorization {consent.AuthorizationId} expired on {Dates.Iso(consent.Expires)}"),
        _ => new(true, ConsentDecision.Published, $"authorization {consent.AuthorizationId} signed on {Dates.Iso(consent.SignedOn)}, valid until {Dates.Iso(consent.Expires)}"),
    };

    private void WarnIfReviewOverdue(Document input, MedicalReview review, ParsedContent parsed, DiagnosticBag diagnostics)
    {
        if (review.NextReview < build.Today && !ContentFailed.AboutStandIn(input, parsed.Locations["review.next_review"]))
        {
            diagnostics.Report(Diagnostic.Warning(DiagnosticCodes.ReviewOverdue, parsed.Locations["review.next_review"], $"the medical review was due on {Dates.Iso(review.NextReview)}; ask {review.ReviewedBy} (or another clinician) to review it and update 'review'"));
        }
    }

}
