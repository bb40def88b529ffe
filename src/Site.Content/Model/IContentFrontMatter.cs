namespace Site.Content.Model;

/// <summary>What every kind of content's front matter has in common.</summary>
public interface IContentFrontMatter
{
    string? Id { get; }

    string Title { get; }

    string Summary { get; }

    DateOnly? Date { get; }

    DateOnly? Updated { get; }

    string? Lang { get; }

    string? Slug { get; }

    string? Layout { get; }

    IReadOnlyList<string> ServiceLines { get; }

    IReadOnlyList<string> Tags { get; }

    /// <summary>Old site paths of this page (<c>redirect_from</c>), each moved permanently to it.</summary>
    IReadOnlyList<string> RedirectFrom { get; }

    ImageRef? Image { get; }

    /// <summary>The photos of the page's <c>gallery:</c>, in order (empty without one).</summary>
    IReadOnlyList<GalleryPhoto> Gallery { get; }

    bool Draft { get; }

    /// <summary>The <c>id</c> of the story or article this one translates (<c>translation_of</c>); null for an original.</summary>
    string? TranslationOf => null;
}
