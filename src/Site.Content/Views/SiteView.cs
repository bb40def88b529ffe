namespace Site.Content.Views;

/// <summary>The site as templates see it: its name, navigation, organization and deploy context.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string OrganizationName,
    string OrganizationAddress,
    string OrganizationPhone,
    IReadOnlyList<LinkView> Nav,
    IReadOnlyList<LinkView> ServiceLines,
    IReadOnlyList<LinkView> FooterLinks,
    string FeedUrl,
    bool Noindex,
    int Year);
