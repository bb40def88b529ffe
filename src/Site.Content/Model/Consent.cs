namespace Site.Content.Model;

/// <summary>
/// The patient's written authorization to publish, mirrored from the signed form (which is never in the repository):
/// its opaque id, status, signature, expiry and the identifiers the patient agreed to show.
/// </summary>
public sealed record Consent(
    string AuthorizationId,
    ConsentStatus Status,
    DateOnly SignedOn,
    Signer SignedBy,
    DateOnly Expires,
    [Site.Content.FrontMatter.NonEmpty] IReadOnlyList<string> Identifiers,
    string? RepresentativeAuthority = null,
    DateOnly? RevokedOn = null);
