using Site.Content.Formats;
using Site.Content.FrontMatter;
using Site.Content.Model;

namespace Site.Content.Sources;

/// <summary>
/// A document facet: a content file's kind, front matter (and where each field is), body, slug and URL, and the
/// whole text of the file (which the PHI guard scans line by line).
/// </summary>
/// <remarks>
/// The body is usually the end of the text: then it is not kept twice (a story's Markdown would otherwise be held as
/// the file's text and again as its body for the whole build, measured as a tenth of the heap at 10,000 stories), and
/// <see cref="Body"/> cuts it from the text when asked (the renderer asks once).
/// </remarks>
public sealed record ParsedContent(
    ContentKind Kind,
    IContentFrontMatter FrontMatter,
    FieldLocations Locations,
    string Body,
    int BodyLine,
    string Slug,
    string Url,
    string Text)
{
    private readonly string? body = Text.EndsWith(Body, StringComparison.Ordinal) ? null : Body;
    private readonly int bodyStart = Text.Length - Body.Length;

    // Every story's text is kept to the end of the build: as UTF-8, half the memory.
    private readonly PackedText text = new(Text);

    /// <summary>The Markdown after the front matter.</summary>
    public string Body => body ?? (bodyStart == 0 ? Text : Text[bodyStart..]);

    /// <summary>The whole text of the file (a new string each time it is asked for); a copy with another text keeps the same body.</summary>
    public string Text
    {
        get => text.ToString();
        init
        {
            body ??= Body;
            text = new(value);
        }
    }
}
