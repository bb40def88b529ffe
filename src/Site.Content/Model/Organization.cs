namespace Site.Content.Model;

/// <summary>
/// The organization that publishes the site, and the phone numbers and domains that are its own. <c>phone_region</c>
/// (a region code such as US or CA, US by default) is the country whose national format phone numbers are shown in.
/// </summary>
public sealed record Organization(
    string Name,
    string Address,
    string Phone,
    IReadOnlyList<string> OwnDomains,
    IReadOnlyList<string> OwnPhones,
    string PhoneRegion = Formats.Phones.DefaultRegion);
