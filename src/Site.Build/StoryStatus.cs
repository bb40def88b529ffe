using Site.Content.Model;

namespace Site.Build;

/// <summary>
/// Where one story stands after a build, for the compliance officer: published, withdrawn, pending, draft,
/// scheduled (its <c>date</c> is after the build's today) or error, why, and the dates that decide it.
/// </summary>
public sealed record StoryStatus(
    string Source,
    string Id,
    string Title,
    string Url,
    string Status,
    string Reason,
    string AuthorizationId,
    DateOnly Expires,
    DateOnly ReviewedOn,
    DateOnly NextReview,
    IReadOnlyList<PhiException> PhiExceptions);
