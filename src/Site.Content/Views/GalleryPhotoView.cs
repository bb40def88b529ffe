namespace Site.Content.Views;

/// <summary>
/// A photo of a gallery as templates see it: the image shown in the grid, the root-relative URL of the full-size
/// file (the link that enlarges it, with or without JavaScript), and its caption (plain text, or null).
/// </summary>
public sealed record GalleryPhotoView(ImageView Image, string FullUrl, string? Caption);
