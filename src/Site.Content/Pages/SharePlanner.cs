using Site.Content.Builds;
using Site.Content.Images;
using Site.Content.Views;

namespace Site.Content.Pages;

/// <summary>
/// What a page offers to whoever shares it: its own share image when it has a hero photo (else the site's, which
/// templates fall back to), and, on stories and articles, the share links. Every link is a plain address built from
/// the page's canonical URL (and title), percent-encoded; none loads anything until it is followed.
/// </summary>
public static class SharePlanner
{
    public static PageView Apply(PageView page, BuildContext build)
    {
        var image = ImageOf(page, build);
        var photo = image?.HeroFile is not null ? page.Image?.Alt : null;
        var alt = (build.Shares.HasFont, photo) switch
        {
            (true, { } described) => $"{page.Title}, {build.Site.Title}. Photo: {described}",
            (true, null) => $"{page.Title}, {build.Site.Title}",
            (false, { } described) => described,
            _ => build.Site.Title,
        };
        return page with
        {
            ShareImage = image is null ? null : ViewOf(image, alt, build.BaseUrl),
            Share = page.Kind is "story" or "article" ? LinksFor(page.CanonicalUrl, page.Title) : null,
        };
    }

    /// <summary>The page's own share image: over its hero photo, or on the theme's colour for a story, an article or an event; null: the site's.</summary>
    public static ShareImage? ImageOf(PageView page, BuildContext build) =>
        build.Shares.For(page.Url, page.Title, page.Image?.Url, always: page.Kind is "story" or "article" or "event");

    /// <summary>The site's default share image as templates see it.</summary>
    public static ShareImageView DefaultView(ShareImages shares, string baseUrl, string organizationName) =>
        ViewOf(shares.Default, shares.HasFont ? $"{shares.SiteTitle}, {organizationName}" : shares.SiteTitle, baseUrl);

    public static ShareLinksView LinksFor(string canonicalUrl, string title)
    {
        var url = Uri.EscapeDataString(canonicalUrl);
        var text = Uri.EscapeDataString(title);
        return new ShareLinksView(
            canonicalUrl,
            $"https://www.facebook.com/sharer/sharer.php?u={url}",
            $"https://www.linkedin.com/sharing/share-offsite/?url={url}",
            $"https://x.com/intent/post?url={url}&text={text}",
            $"mailto:?subject={text}&body={Uri.EscapeDataString(title + "\n\n" + canonicalUrl)}");
    }

    private static ShareImageView ViewOf(ShareImage image, string alt, string baseUrl) =>
        new(baseUrl.TrimEnd('/') + image.Url, alt, ShareImageRenderer.Width, ShareImageRenderer.Height);
}
