namespace Site.Content.Markdown;

/// <summary>A link or image written in Markdown: its URL as written, where (1-based line and column of the file), and whether it is an image.</summary>
public sealed record SourceLink(string Url, int Line, int Column, bool IsImage = false);
