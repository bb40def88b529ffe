namespace Site.Content.Views;

/// <summary>
/// The site as templates see it: its name, navigation, organization and deploy context, and <c>Assets</c>, the
/// fingerprinted folder of the theme's assets (such as <c>/assets/v-3f2a9c1e0b</c>).
/// </summary>
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
    string Assets,
    bool Noindex,
    int Year)
{
    /// <summary>The site's default share image (its title on the theme's colour), for pages without one of their own.</summary>
    public ShareImageView? ShareImage { get; init; }
}
