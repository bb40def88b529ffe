namespace Site.Content.Model;

/// <summary>
/// How raster images are prepared for visitors (<c>images:</c> in site.yml): the widths each photo is resized to
/// (never enlarged: a photo narrower than a width is also offered at its own width), the encoder quality for JPEG and
/// WebP, and the <c>sizes</c> attribute for an image whose template gives none (the width of the text column).
/// </summary>
public sealed record ImageSettings(IReadOnlyList<int>? Widths = null, int Quality = 80, string? Sizes = null)
{
    public static readonly IReadOnlyList<int> DefaultWidths = [480, 800, 1200, 1600];

    /// <summary>The width of the story column (42rem, with the page's 1.25rem margins on a narrow screen).</summary>
    public const string DefaultSizes = "(min-width: 44.5rem) 42rem, calc(100vw - 2.5rem)";

    public const int MinWidth = 16;
    public const int MaxWidth = 8192;

    public static readonly ImageSettings Default = new();

    public IReadOnlyList<int> EffectiveWidths => Widths is { Count: > 0 } widths ? widths.Distinct().Order().ToList() : DefaultWidths;

    public string EffectiveSizes => string.IsNullOrWhiteSpace(Sizes) ? DefaultSizes : Sizes.Trim();
}
