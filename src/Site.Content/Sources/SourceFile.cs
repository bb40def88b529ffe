namespace Site.Content.Sources;

/// <summary>The file a document is read from (a document facet).</summary>
public sealed record SourceFile(string FullPath);
