namespace Site.Content.Views;

/// <summary>
/// The brand as templates see it (<c>site.brand</c>): the logo (null without one), the link to the main site and the
/// call to action (null when not given) and the social profiles, in the order site.yml lists them.
/// </summary>
public sealed record BrandView(LogoView? Logo, LinkView? MainSite, LinkView? CallToAction, IReadOnlyList<SocialLinkView> Social)
{
    public static readonly BrandView None = new(null, null, null, []);
}

/// <summary>The logo: its URL, its text (the organization's name) and, for an SVG that says it, its size in pixels.</summary>
public sealed record LogoView(string Url, string Alt, int? Width, int? Height);

/// <summary>A social profile link: the network's key (for its icon, such as <c>linkedin</c>), its name as written (LinkedIn) and the profile's address.</summary>
public sealed record SocialLinkView(string Network, string Name, string Url);

/// <summary>A phone number as people read it in the site's national format, and its <c>tel:</c> link (E.164); <c>tel</c> is null for a text that is no number.</summary>
public sealed record PhoneView(string Text, string? Tel);
