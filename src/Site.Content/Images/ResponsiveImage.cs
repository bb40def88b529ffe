namespace Site.Content.Images;

/// <summary>One published size of a photo: its root-relative URL (fingerprinted), pixel size and MIME type.</summary>
public sealed record ImageVariant(string Url, int Width, int Height, string MimeType, bool WebP);

/// <summary>
/// A raster image of <c>input/media/</c> as the site publishes it: its upright size, the sizes it is offered at (in its
/// own format and as WebP, fingerprinted by the hash of its bytes and the image settings), the file a browser without
/// <c>srcset</c> gets, and whether the original holds a GPS position.
/// </summary>
public sealed record ResponsiveImage(string Source, int Width, int Height, string Key, IReadOnlyList<ImageVariant> Variants, bool HasGpsPosition)
{
    public IEnumerable<ImageVariant> Original => Variants.Where(v => !v.WebP);

    public IEnumerable<ImageVariant> WebP => Variants.Where(v => v.WebP);

    /// <summary>The <c>src</c>: the original format's size nearest to 800 pixels without going past 1200.</summary>
    public ImageVariant Fallback => Original.Where(v => v.Width <= 1200).DefaultIfEmpty(Original.First()).MaxBy(v => v.Width)!;

    public static string Srcset(IEnumerable<ImageVariant> variants) => string.Join(", ", variants.Select(v => $"{v.Url} {v.Width}w"));
}
