namespace Site.Content.Model;

/// <summary>
/// The organization's brand on every page (<c>brand:</c> in site.yml): its logo (a file under <c>input/media/</c>,
/// given by its site path, shown in the header with the organization's name as its text), a link to the main
/// hospital site, one call to action in the header (such as "Find a doctor"), and its social profiles, shown in
/// the footer as plain links with the theme's own icons. Nothing is loaded from another site.
/// </summary>
public sealed record Brand(
    string? Logo = null,
    BrandLink? MainSite = null,
    BrandLink? CallToAction = null,
    IReadOnlyList<SocialProfile>? Social = null);

/// <summary>A link of the brand: the words to show and the address.</summary>
public sealed record BrandLink(string Title, string Url);

/// <summary>A social profile: the network's name (facebook, instagram, linkedin, youtube, x) and the profile's https address on it.</summary>
public sealed record SocialProfile(string Network, string Url);

/// <summary>The name a tag is shown by (<c>tags:</c> in site.yml); its slug stays in front matter and URLs.</summary>
public sealed record TagName(string Slug, string Name);
