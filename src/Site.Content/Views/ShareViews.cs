namespace Site.Content.Views;

/// <summary>A page's share image (Open Graph and Twitter card) as templates see it: an absolute URL, its text alternative and size.</summary>
public sealed record ShareImageView(string Url, string Alt, int Width, int Height);

/// <summary>
/// The share links at the end of a story or an article: the page's canonical URL and a plain link per service, each
/// with the URL (and the title where the service takes one) already encoded. Nothing is loaded until a link is followed.
/// </summary>
public sealed record ShareLinksView(string Url, string Facebook, string LinkedIn, string X, string Email);
