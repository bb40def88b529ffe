using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>The front matter of a patient story (<c>input/stories/*.md</c>).</summary>
[Site.Content.FrontMatter.ContentFile("a story", "/stories/")]
public sealed record StoryFrontMatter(
    string Id,
    string Title,
    string Summary,
    DateOnly Date,
    [NonEmpty] IReadOnlyList<string> ServiceLines,
    PatientInfo Patient,
    Consent Consent,
    MedicalReview Review,
    Approvals Approvals,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> RedirectFrom,
    IReadOnlyList<PhiException> PhiExceptions,
    DateOnly? Updated = null,
    string? Lang = null,
    string? Slug = null,
    string? Layout = null,
    ImageRef? Image = null,
    VideoRef? Video = null,
    IReadOnlyList<GalleryPhoto>? Gallery = null,
    bool Comments = true,
    bool Draft = false,
    string? TranslationOf = null) : IContentFrontMatter
{
    DateOnly? IContentFrontMatter.Date => Date;

    IReadOnlyList<GalleryPhoto> IContentFrontMatter.Gallery => Gallery ?? [];
}
