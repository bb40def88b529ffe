namespace Site.Engine.Files;

/// <summary>The text of a source file, read once, with its path relative to the working folder.</summary>
public sealed record SourceText(string Path, string Text);
