namespace Site.Content.Markdown;

/// <summary>A heading of a rendered body: its level, text, anchor id and 1-based line in the source file.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);
