namespace Site.Content.Compliance;

/// <summary>
/// A story facet: whether its authorization allows publishing today, and if not, why. A withdrawn story (revoked,
/// or expired) answers 410 Gone; a pending one was never published.
/// </summary>
public sealed record ConsentDecision(bool Publishable, string Status, string Reason)
{
    public const string Published = "published";
    public const string Withdrawn = "withdrawn";
    public const string Pending = "pending";

    public bool IsWithdrawn => Status == Withdrawn;
}
