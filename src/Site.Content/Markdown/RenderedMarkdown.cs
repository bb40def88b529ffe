namespace Site.Content.Markdown;

/// <summary>A document facet: the HTML of the Markdown body and its outline of headings.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Outline);
