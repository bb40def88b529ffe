namespace Site.Content.Markdown;

/// <summary>A link or image written in Markdown: its URL as written and where (1-based line and column of the file).</summary>
public sealed record SourceLink(string Url, int Line, int Column);
