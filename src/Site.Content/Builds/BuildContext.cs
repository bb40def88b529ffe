using Site.Content.Alerts;
using Site.Content.Images;
using Site.Content.Model;
using Site.Content.Views;

namespace Site.Content.Builds;

/// <summary>
/// What every module of a build shares: the settings, the base URL, the deploy context, "today" in the site's
/// time zone, whether drafts are built, where the input is, and how to name files in messages. Immutable.
/// </summary>
public sealed record BuildContext(
    SiteSettings Settings,
    string BaseUrl,
    DeployContext Context,
    DateOnly Today,
    bool IncludeDrafts,
    string InputRoot,
    Func<string, string> DisplayPath,
    SiteView Site)
{
    /// <summary>The build's moment in the site's time zone (alerts start and end at a time, not a date).</summary>
    public DateTime Now { get; init; } = Today.ToDateTime(new TimeOnly(12, 0));

    /// <summary>
    /// Only in <c>site preview</c> (on this computer, never deployed): stories waiting for a signed authorization are
    /// shown, each with a notice that it cannot be published yet, so an editor sees the story while writing it.
    /// </summary>
    public bool ShowPending { get; init; }

    /// <summary>The site's time zone (<c>time_zone</c> in site.yml), in which every local time of the content is read.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The alerts active at <see cref="Now"/> for this deploy context.</summary>
    public IReadOnlyList<AlertBanner> Alerts { get; init; } = [];

    /// <summary>The photos of input/media as published (sizes, WebP, no metadata); without a cache folder unless the build gives one.</summary>
    public ImageCatalog Images
    {
        get => LazyInitializer.EnsureInitialized(ref images, () => new ImageCatalog(Path.Combine(InputRoot, "media"), Settings.EffectiveImages, null));
        init => images = value;
    }

    private ImageCatalog? images;

    /// <summary>Whether this build makes a search index (the Pagefind binary is there), so the search page can search.</summary>
    public bool SearchIndex { get; init; }
    /// <summary>The share images of the pages (Open Graph, Twitter cards); without the theme's look or a cache unless the build gives them.</summary>
    public ShareImages Shares
    {
        get => LazyInitializer.EnsureInitialized(ref shares, () => new ShareImages(Path.Combine(InputRoot, "media"), ShareLook.Default, null, Settings.Title, Settings.Organization.Name));
        init => shares = value;
    }

    private ShareImages? shares;

    public string AbsoluteUrl(string rootRelative) => BaseUrl.TrimEnd('/') + rootRelative;
}
