namespace Site.Content.Model;

/// <summary>
/// A crisis or closure alert (<c>input/alerts/*.yml</c>), with the fields of CAP 1.2. Times are local to the site's
/// time zone. <c>applies_to</c> limits the banner to pages whose URL starts with one of its paths, or that belong to
/// one of its service lines; empty means every page.
/// </summary>
public sealed record AlertFile(
    string Id,
    AlertStatus Status,
    AlertMessageType MsgType,
    AlertCategory Category,
    string Event,
    AlertSeverity Severity,
    AlertUrgency Urgency,
    AlertCertainty Certainty,
    DateTime Effective,
    DateTime Expires,
    string Headline,
    string Description,
    DateTime Updated,
    string Contact,
    IReadOnlyList<string> References,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> AppliesTo,
    string? Instruction = null,
    string? Url = null);
