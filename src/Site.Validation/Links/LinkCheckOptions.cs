using Site.Validation.External;

namespace Site.Validation.Links;

/// <summary>How to check: the site's own address (absolute links to it count as internal) and the external check, off by default.</summary>
public sealed record LinkCheckOptions
{
    /// <summary>The production address of the site, such as https://stories.example.org; null when unknown.</summary>
    public string? SiteUrl { get; init; }

    /// <summary>Options for checking http and https links on other sites; null (the default) skips them.</summary>
    public ExternalLinkOptions? External { get; init; }

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// When set, a page may load nothing (script, style, image, frame, media, object) from another origin, and may
    /// hold no inline script or event handler attribute: what the site's Content-Security-Policy would block.
    /// Links (<c>a href</c>) are not loads. Our build sets it; <c>site check</c> does with <c>--first-party</c>.
    /// </summary>
    public bool FirstPartyOnly { get; init; }

    /// <summary>Scans and resolutions kept from earlier checks of the same session (the preview's); null for none.</summary>
    public LinkCheckCache? Cache { get; init; }
}
