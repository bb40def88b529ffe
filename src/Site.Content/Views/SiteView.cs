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
    /// <summary>The logo, main-site link, call to action and social profiles of <c>brand:</c> in site.yml.</summary>
    public BrandView Brand { get; init; } = BrandView.None;

    /// <summary>The organization's phone in the site's national format, with its <c>tel:</c> link (as written and without a link until the build formats it).</summary>
    public PhoneView Phone { get; init; } = new(OrganizationPhone, null);
    /// <summary>The site's default share image (its title on the theme's colour), for pages without one of their own.</summary>
    public ShareImageView? ShareImage { get; init; }
    /// <summary>The language assistance page and its taglines, linked from every footer; null when site.yml has no <c>language_assistance</c>.</summary>
    public LanguageAssistanceView? LanguageAssistance { get; init; }
}
