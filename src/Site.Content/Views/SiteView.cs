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
    /// <summary>The language assistance page and its taglines, linked from every footer; null when site.yml has no <c>language_assistance</c>.</summary>
    public LanguageAssistanceView? LanguageAssistance { get; init; }
}
