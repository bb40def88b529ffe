namespace Site.Content.Model;

/// <summary>The front matter of a health and wellness article (<c>input/articles/*.md</c>).</summary>
[Site.Content.FrontMatter.ContentFile("an article", "/articles/")]
public sealed record ArticleFrontMatter(
    string Id,
    string Title,
    string Summary,
    DateOnly Date,
    string Author,
    MedicalReview Review,
    IReadOnlyList<string> ServiceLines,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> RedirectFrom,
    DateOnly? Updated = null,
    string? Lang = null,
    string? Slug = null,
    string? Layout = null,
    ImageRef? Image = null,
    VideoRef? Video = null,
    IReadOnlyList<GalleryPhoto>? Gallery = null,
    bool Draft = false,
    string? TranslationOf = null) : IContentFrontMatter
{
    DateOnly? IContentFrontMatter.Date => Date;

    IReadOnlyList<GalleryPhoto> IContentFrontMatter.Gallery => Gallery ?? [];
}
