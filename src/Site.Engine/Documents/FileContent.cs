namespace Site.Engine.Documents;

/// <summary>A file copied byte for byte from <see cref="FullPath"/>.</summary>
public sealed record FileContent(string FullPath) : DocumentContent;
