namespace Site.Content.Model;

/// <summary>The organization that publishes the site, and the phone numbers and domains that are its own.</summary>
public sealed record Organization(
    string Name,
    string Address,
    string Phone,
    IReadOnlyList<string> OwnDomains,
    IReadOnlyList<string> OwnPhones);
