namespace Site.Content.Model;

/// <summary>The front matter of an event (<c>input/events/*.md</c>); times are local to the site's time zone.</summary>
public sealed record EventFrontMatter(
    string Id,
    string Title,
    string Summary,
    DateOnly Date,
    DateTime Starts,
    DateTime Ends,
    string Location,
    IReadOnlyList<string> ServiceLines,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> RedirectFrom,
    string? Registration = null,
    DateOnly? Updated = null,
    string? Lang = null,
    string? Slug = null,
    string? Layout = null,
    ImageRef? Image = null,
    bool Draft = false) : IContentFrontMatter
{
    DateOnly? IContentFrontMatter.Date => Date;
}
