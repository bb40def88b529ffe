using Site.Content.FrontMatter;
using Site.Content.Model;

namespace Site.Content.Sources;

/// <summary>
/// A document facet: a content file's kind, front matter (and where each field is), body, slug and URL, and the
/// whole text of the file (which the PHI guard scans line by line).
/// </summary>
public sealed record ParsedContent(
    ContentKind Kind,
    IContentFrontMatter FrontMatter,
    FieldLocations Locations,
    string Body,
    int BodyLine,
    string Slug,
    string Url,
    string Text);
