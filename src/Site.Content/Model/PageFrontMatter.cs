namespace Site.Content.Model;

/// <summary>The front matter of a plain page (<c>input/pages/*.md</c>), such as the about page.</summary>
[Site.Content.FrontMatter.ContentFile("a page", "/")]
public sealed record PageFrontMatter(
    string Title,
    string Summary,
    IReadOnlyList<string> RedirectFrom,
    string? Id = null,
    DateOnly? Updated = null,
    string? Lang = null,
    string? Slug = null,
    string? Layout = null,
    bool Draft = false) : IContentFrontMatter
{
    DateOnly? IContentFrontMatter.Date => null;

    IReadOnlyList<string> IContentFrontMatter.ServiceLines => [];

    IReadOnlyList<string> IContentFrontMatter.Tags => [];

    ImageRef? IContentFrontMatter.Image => null;

    IReadOnlyList<GalleryPhoto> IContentFrontMatter.Gallery => [];
}
