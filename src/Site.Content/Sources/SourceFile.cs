namespace Site.Content.Sources;

/// <summary>A document facet: the file a content document is read from.</summary>
public sealed record SourceFile(string FullPath);
